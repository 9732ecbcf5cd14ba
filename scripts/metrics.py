#!/usr/bin/env python3
"""Code-shape numbers for the redesign notes: long functions, error enums, import depth.

Reads Rust sources as text (no build needed). A function is "markup" when it is a
Leptos `#[component]` or most of its lines sit inside a `view!` macro.
Usage: scripts/metrics.py [--over N] [--top N]
"""
import os, re, sys, argparse
from collections import defaultdict

ROOTS = ["core/src", "app/src", "server/src", "search/src"]
FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(async\s+)?(const\s+)?(unsafe\s+)?fn\s+(\w+)")


def rust_files(root):
    for d, _, fs in os.walk(root):
        for f in fs:
            if f.endswith(".rs"):
                yield os.path.join(d, f)


def strip_strings(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    return line.split("//")[0]


def functions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    in_test = None
    out = []
    for i, line in enumerate(lines):
        if re.match(r"^\s*#\[cfg\(test\)\]", line):
            in_test = i
        m = FN.match(line)
        if not m:
            continue
        depth, started, end = 0, False, None
        for j in range(i, len(lines)):
            s = strip_strings(lines[j])
            if not started and ";" in s and "{" not in s:
                break
            depth += s.count("{") - s.count("}")
            if "{" in s:
                started = True
            if started and depth <= 0:
                end = j
                break
        if end is None:
            continue
        body = lines[i:end + 1]
        attrs = " ".join(lines[max(0, i - 3):i])
        view_lines = 0
        vdepth = 0
        for b in body:
            s = strip_strings(b)
            if "view!" in s or vdepth > 0:
                view_lines += 1
                vdepth += s.count("{") + s.count("(") - s.count("}") - s.count(")")
                if vdepth < 0:
                    vdepth = 0
        markup = "#[component]" in attrs or view_lines * 2 > len(body)
        test = in_test is not None and i > in_test
        out.append((len(body), m.group(6), path, i + 1, markup, test))
    return out


def core_import_depth():
    mods = {}
    for p in rust_files("core/src"):
        rel = os.path.relpath(p, "core/src")[:-3]
        name = rel.replace("/mod", "").replace("/", "::")
        if name == "lib":
            continue
        mods[name] = open(p, encoding="utf-8").read()
    names = sorted(mods, key=len, reverse=True)
    edges = defaultdict(set)
    for m, text in mods.items():
        for use in re.findall(r"(?:crate|super)::([\w:]+)", text):
            for n in names:
                if (use + "::").startswith(n + "::") and n != m and not m.startswith(n + "::"):
                    edges[m].add(n)
                    break
    memo, cycles = {}, set()

    def depth(m, stack):
        if m in memo:
            return memo[m]
        if m in stack:
            cycles.add(tuple(sorted((m, stack[-1]))))
            return 0
        d = 1 + max((depth(n, stack + [m]) for n in edges[m]), default=0)
        memo[m] = d
        return d

    deepest = max(mods, key=lambda m: depth(m, []))
    return depth(deepest, []), deepest, cycles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--over", type=int, default=80)
    ap.add_argument("--top", type=int, default=12)
    a = ap.parse_args()
    fns = [f for r in ROOTS for p in rust_files(r) for f in functions(p)]
    prod = [f for f in fns if not f[5]]
    long_code = sorted([f for f in prod if not f[4] and f[0] > a.over], reverse=True)
    long_markup = [f for f in prod if f[4] and f[0] > a.over]
    print(f"functions over {a.over} lines (outside tests): {len(long_code)} code, {len(long_markup)} markup")
    for n, name, path, line, _, _ in long_code[: a.top]:
        print(f"  {n:4} {path}:{line} {name}")
    enums = [(p, m) for p in rust_files("core/src")
             for m in re.findall(r"enum\s+(\w*Error)\b", open(p, encoding="utf-8").read())]
    print(f"error enums in core/src: {len(enums)} ({', '.join(m for _, m in enums)})")
    d, deepest, cycles = core_import_depth()
    print(f"core import depth: {d} (from {deepest}); cycles: {sorted(cycles) or 'none'}")
    print(f"core/src modules: {sum(1 for _ in rust_files('core/src')) - 1}")


if __name__ == "__main__":
    main()
