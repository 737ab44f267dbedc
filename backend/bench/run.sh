#!/usr/bin/env bash
# The server benchmark in one command: builds the product if it is not built, then bench.py starts its own database
# and product, drives it with wrk and pgbench, and writes results/<time>.json and RESULTS.md next to this script.
# Usage: backend/bench/run.sh [--quick] [--label WORDS] [--port PORT]
# Needs wrk, pgbench, psql, python3 and a JDK; PostgreSQL as in .ci/test (KL_TEST_PG_HOST/PORT/USER, trust or
# PGPASSWORD). KL_BENCH_JAVA_OPTS passes options to the product (e.g. -XX:StartFlightRecording=filename=/tmp/kl.jfr).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -f "$root/backend/target/quarkus-app/quarkus-run.jar" ]; then
  mvn -B -q -f "$root/backend/pom.xml" -P '!embedded-db' -DskipTests package
fi
exec python3 "$here/bench.py" "$@"
