// Files grievances concurrently through the real filing form (POST /file, signed in) and
// reports grievances per second and latency percentiles. Used by bench/filing.sh.
//
//   node bench/filing.mjs BASE_URL MAIL_DIR [TOTAL] [CONCURRENCY] [USERS]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const [base, mailDir, total = '3000', concurrency = '32', users = '16'] = process.argv.slice(2);
const origin = { Origin: base, 'Accept-Language': 'en' };

function cookiesOf(res, jar = {}) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const [name, value] = pair.split('=');
    if (value) jar[name] = value;
  }
  return jar;
}
const header = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');

async function post(path, form, jar = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...origin, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: header(jar) },
    body: new URLSearchParams(form),
  });
  cookiesOf(res, jar);
  return res;
}

/** The verification token mailed to `email` (file transport: one .eml per mail). */
async function tokenFor(email) {
  for (let i = 0; i < 200; i++) {
    for (const f of readdirSync(mailDir)) {
      const text = readFileSync(join(mailDir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      if (text.includes(email)) {
        const m = text.match(/verify\?token=([A-Za-z0-9_-]+)/);
        if (m) return m[1];
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no verification mail for ${email}`);
}

async function signedInUser(i) {
  const email = `bench-${i}-${Date.now()}@example.kz`;
  const password = 'a bench password 2026';
  await post('/signup', { email, display_name: `Bench ${i}`, password });
  await post('/verify', { token: await tokenFor(email) });
  const jar = {};
  const res = await post('/signin', { email, password }, jar);
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  return jar;
}

const jars = [];
for (let i = 0; i < Number(users); i++) jars.push(await signedInUser(i));

const places = ['1132', '2340', '3548', '5552', '7113'];
const latencies = [];
let next = 0;
let failures = 0;
async function worker(w) {
  while (next < Number(total)) {
    const n = next++;
    const start = performance.now();
    const res = await post(
      '/file',
      {
        idempotency_key: randomUUID(),
        appeal_kind: 'complaint',
        category: 'utilities',
        kato: places[n % places.length],
        title: `Benchmark grievance ${n}`,
        body: 'No hot water in the building since Monday; the boiler is broken.',
        lang: 'en',
        privacy: 'public_anonymous',
      },
      jars[w % jars.length],
    );
    const page = await res.text();
    latencies.push(performance.now() - start);
    if (res.status !== 200 || !page.includes('class="code big"')) {
      if (!failures && process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, page);
      failures++;
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: Number(concurrency) }, (_, w) => worker(w)));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(
  JSON.stringify({
    filed: latencies.length - failures,
    failures,
    concurrency: Number(concurrency),
    seconds: Number(seconds.toFixed(2)),
    per_second: Math.round(latencies.length / seconds),
    p50_ms: Number(pct(50)),
    p95_ms: Number(pct(95)),
    p99_ms: Number(pct(99)),
  }),
);
if (failures) process.exit(1);
