#!/usr/bin/env python3
"""A county's hired-staff shares, one row per municipality, with nothing but Python's standard library.

    KL_BASE_URL=http://localhost:8080 KL_TOKEN=klt_... python3 examples/hired_staff_shares.py --county 25 --year 2024
    ... --csv shares.csv   also writes the table as CSV (semicolon, decimal comma: opens in Swedish Excel)

The token needs the read scope (see README, "Getting a token without a browser").
"""
import argparse
import csv
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request


def get(path, **query):
    """GET an API path with the token; a problem document (RFC 9457) becomes a readable error."""
    url = os.environ.get("KL_BASE_URL", "http://localhost:8080") + path + "?" + urllib.parse.urlencode(
        {k: v for k, v in query.items() if v is not None})
    request = urllib.request.Request(url, headers={
        "Authorization": "Bearer " + os.environ["KL_TOKEN"], "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        problem = json.load(error)
        sys.exit(f"{error.code} {problem.get('title')}: {problem.get('detail')}")


def swedish(number, decimals=2):
    """1234567.5 -> '1 234 567,50' (Swedish thousands separator and decimal comma)."""
    return f"{number:,.{decimals}f}".replace(",", " ").replace(".", ",")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--county", required=True, help="two-digit SCB county code, e.g. 25")
    parser.add_argument("--year", required=True, type=int)
    parser.add_argument("--service-area", help="one service area code (listServiceAreas); all when absent")
    parser.add_argument("--csv", help="also write the table to this CSV file")
    args = parser.parse_args()

    rows = get("/api/v1/hired-staff-shares/municipalities", year=args.year, county=args.county,
               serviceArea=args.service_area)
    rows.sort(key=lambda row: (row.get("share") is None, -(row.get("share") or 0)))
    header = ["Kod", "Kommun", "Inhyrd kostnad (kr)", "Egen kostnad (kr)", "Andel inhyrd (%)"]
    table = [[row["municipalityCode"], row["municipalityName"], swedish(float(row["hiredCost"])),
              swedish(float(row["ownCost"])), "–" if row.get("share") is None else swedish(float(row["share"]))]
             for row in rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *table)]
    for line in [header, ["-" * w for w in widths], *table]:
        print("  ".join(str(cell).rjust(w) if i > 1 else str(cell).ljust(w) for i, (cell, w) in enumerate(zip(line, widths))))
    print(f"{len(table)} kommuner i län {args.county} rapporterade för {args.year}.")
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8-sig") as file:
            csv.writer(file, delimiter=";").writerows([header, *table])


if __name__ == "__main__":
    main()
