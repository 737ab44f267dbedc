#!/usr/bin/env python3
"""A county's hired-staff share per service area and its KPI series, through the Python client generated from
openapi.yaml (`mvn -f backend/pom.xml -P '!embedded-db,clients' generate-test-sources` writes it to
backend/target/generated-clients/python; put that folder on PYTHONPATH, or `pip install` it).

    PYTHONPATH=backend/target/generated-clients/python KL_BASE_URL=http://localhost:8080 KL_TOKEN=klt_... \
      python3 examples/generated_client.py --county 25 --year 2024
"""
import argparse
import os
import sys

import kompetenslaget_client as kl
from kompetenslaget_client.rest import ApiException


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--county", required=True)
    parser.add_argument("--year", required=True, type=int)
    args = parser.parse_args()

    configuration = kl.Configuration(host=os.environ.get("KL_BASE_URL", "http://localhost:8080"),
                                     access_token=os.environ["KL_TOKEN"])
    with kl.ApiClient(configuration) as client:
        costs = kl.StaffingAgencyCostsApi(client)
        try:
            shares = costs.get_hired_staff_shares(args.year, county=args.county)
            series = costs.get_hired_staff_share_series(args.year - 4, args.year, county=args.county)
        except ApiException as error:
            sys.exit(f"{error.status}: {error.body}")

    print(f"Andel inhyrd personal, län {args.county}, {args.year}")
    for area in [*shares.areas, shares.total]:
        share = "–" if area.share is None else f"{float(area.share):.2f} %"
        print(f"  {(area.service_area or 'totalt'):<22} {share:>9}  ({area.municipalities_reporting} kommuner)")
    print(f"KL_HIRED_SHARE för länet (00{args.county}), år för år")
    for value in sorted((v for v in series if v.kpi == "KL_HIRED_SHARE" and v.municipality == "00" + args.county),
                        key=lambda v: v.period):
        print(f"  {value.period}  {float(value.value):.2f} %")


if __name__ == "__main__":
    main()
