#!/usr/bin/env python3
"""Writes national-size KOSTRA files shaped like Statistics Norway's PxWebApi v2 JSON-stat 2.0 output, for the
key-figure benchmark (bench/README.md). Generated at run time, never committed; the numbers are made up.

    kostra_files.py OUT_DIR [--measures 900] [--years 10] [--tables 10] [--single]

Every municipality (357), county (15), KOSTRA group (17) and the two national aggregates (EAK, EAKUO) × the
measures × the years: about 3.5 million values. With --single one file holds everything (~35 MB, region first as
SSB orders it, so every slice of the file is open until its end); otherwise one file per table. About 5 % of the
cells carry a status sign instead of a value (.. : . -), as SSB's do; values are integers (kr) or have one decimal
(prosent).
"""
import argparse
import json
import os
import random

COUNTIES = [("03", "Oslo"), ("11", "Rogaland"), ("15", "Møre og Romsdal"), ("18", "Nordland"), ("31", "Østfold"),
            ("32", "Akershus"), ("33", "Buskerud"), ("34", "Innlandet"), ("39", "Vestfold"), ("40", "Telemark"),
            ("42", "Agder"), ("46", "Vestland"), ("50", "Trøndelag"), ("55", "Troms"), ("56", "Finnmark")]
KNOWN = {"0301": "Oslo", "4601": "Bergen", "5001": "Trondheim", "1103": "Stavanger", "3201": "Bærum", "4204": "Kristiansand",
         "3301": "Drammen", "3107": "Fredrikstad", "1108": "Sandnes", "5501": "Tromsø", "3203": "Asker", "3205": "Lillestrøm"}
MUNICIPALITIES = 357


def regions():
    out = [("EAK", "Landet"), ("EAKUO", "Landet uten Oslo")]
    out += [(f"EKG{g:02d}", f"KOSTRA-gruppe {g}") for g in range(1, 18)]
    out += [(code, name) for code, name in COUNTIES]
    codes = list(KNOWN)
    n = 0
    while len(codes) < MUNICIPALITIES:
        county = COUNTIES[n % len(COUNTIES)][0]
        code = f"{county}{(n // len(COUNTIES)) + 40:02d}"
        if code not in codes and county != "03":
            codes.append(code)
        n += 1
    out += [(c, KNOWN.get(c, f"Kommune {c}")) for c in sorted(codes)]
    return out


def write_dataset(path, table, measures, years, regions, rng):
    """Streams one dataset to disk in SSB's member order (role and id before dimension, value, then status)."""
    size = [len(regions), len(measures), len(years)]
    with open(path, "w", encoding="utf-8") as f:
        head = {
            "version": "2.0", "class": "dataset",
            "href": f"https://data.ssb.no/api/pxwebapi/v2/tables/{table}/data?lang=no",
            "label": f"{table}: Nøkkeltall (benchmark), etter region, statistikkvariabel og år",
            "source": "Statistisk sentralbyrå", "updated": "2025-06-16T06:00:00Z",
            "extension": {"px": {"tableid": table, "decimals": 0, "language": "no", "official-statistics": True,
                                 "heading": ["ContentsCode", "Tid"], "stub": ["KOKkommuneregion0000"]}},
            "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["KOKkommuneregion0000"]},
            "id": ["KOKkommuneregion0000", "ContentsCode", "Tid"], "size": size,
            "note": ["Tallene er laget for ytelsestesten og er ikke SSBs."],
            "dimension": {
                "KOKkommuneregion0000": {"label": "region", "category": {
                    "index": {code: i for i, (code, _) in enumerate(regions)},
                    "label": {code: label for code, label in regions}}},
                "ContentsCode": {"label": "statistikkvariabel", "category": {
                    "index": {code: i for i, (code, _, _) in enumerate(measures)},
                    "label": {code: label for code, label, _ in measures},
                    "unit": {code: {"base": unit, "decimals": 1 if unit == "prosent" else 0} for code, _, unit in measures}}},
                "Tid": {"label": "år", "category": {"index": {y: i for i, y in enumerate(years)},
                                                     "label": {y: y for y in years}}},
            },
        }
        text = json.dumps(head, ensure_ascii=False)
        f.write(text[:-1])
        f.write(',"value":[')
        status = {}
        position = 0
        signs = ["..", ":", ".", "-"]
        for _ in regions:
            for _, _, unit in measures:
                for _ in years:
                    if rng.random() < 0.05:
                        status[position] = signs[rng.randrange(4)]
                        f.write("null")
                    elif unit == "prosent":
                        f.write(f"{rng.randrange(0, 1000) / 10:.1f}")
                    else:
                        f.write(str(rng.randrange(100, 90000)))
                    position += 1
                    if position < size[0] * size[1] * size[2]:
                        f.write(",")
        f.write('],"status":')
        f.write(json.dumps({str(k): v for k, v in status.items()}))
        f.write("}")
    return position


def main():
    args = argparse.ArgumentParser()
    args.add_argument("out")
    args.add_argument("--measures", type=int, default=900)
    args.add_argument("--years", type=int, default=10)
    args.add_argument("--tables", type=int, default=10)
    args.add_argument("--single", action="store_true")
    args.add_argument("--seed", type=int, default=21)
    a = args.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    all_regions = regions()
    years = [str(2025 - a.years + i) for i in range(a.years)]
    per_table = max(1, a.measures // a.tables)
    tables = []
    for t in range(a.tables):
        table = str(90000 + t)
        tables.append((table, [(f"KOSB{table}M{m:03d}", f"Nøkkeltall {m + 1} i tabell {table}" + (" (prosent)" if m % 2 else " (kr)"),
                                "prosent" if m % 2 else "kr") for m in range(per_table)]))
    written = []
    if a.single:
        measures = [m for _, ms in tables for m in ms]
        path = os.path.join(a.out, "kostra-national.json")
        written.append({"file": path, "values": write_dataset(path, "90000", measures, years, all_regions, rng), "bytes": 0})
    else:
        for table, measures in tables:
            path = os.path.join(a.out, f"kostra-{table}.json")
            written.append({"file": path, "values": write_dataset(path, table, measures, years, all_regions, rng), "bytes": 0})
    for w in written:
        w["bytes"] = os.path.getsize(w["file"])
    print(json.dumps({"regions": len(all_regions), "measures": per_table * a.tables, "years": years, "files": written}))


if __name__ == "__main__":
    main()
