#!/usr/bin/env bash
# Benchmarks: starts the packaged product on a fresh PostgreSQL database, runs a load generator needing only the JDK
# against it (survey: SurveyBenchmark.java, cost: CostBenchmark.java), prints the figures, and drops the database.
# Not a test: nothing fails on a slow machine. Build first: mvn -f backend/pom.xml -P '!embedded-db' -DskipTests package
# Usage: run-benchmark.sh survey [RESPONSES] [IN_FLIGHT] [WARMUP] | run-benchmark.sh cost [PROFESSIONS_PER_AREA] [ROUNDS]
# PostgreSQL as in .ci/test (KL_TEST_PG_*); JVM options for the product in KL_BENCH_JAVA_OPTS (e.g.
# -XX:StartFlightRecording=filename=/tmp/kl.jfr to profile it).
set -euo pipefail
case "${1:-}" in
  survey) generator=SurveyBenchmark ;;
  cost) generator=CostBenchmark ;;
  *) echo "Usage: $0 survey|cost [arguments]" >&2; exit 2 ;;
esac
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
host=${KL_TEST_PG_HOST:-127.0.0.1} port=${KL_TEST_PG_PORT:-5432} user=${KL_TEST_PG_USER:-postgres}
export PGPASSWORD=${KL_TEST_PG_PASSWORD:-}
db="kl_bench_$(date +%s)_$$"
app_port=${KL_BENCH_PORT:-18090}
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "Build first: mvn -f backend/pom.xml -P '!embedded-db' -DskipTests package" >&2; exit 1; }
psql -qAt -h "$host" -p "$port" -U "$user" -d postgres -c "CREATE DATABASE $db"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -qAt -h "$host" -p "$port" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
}
trap cleanup EXIT
email="bench@kompetenslaget.test" password="bench-$(date +%s)-lösenord"
KL_ADMIN_EMAIL="$email" KL_ADMIN_PASSWORD="$password" KL_SECURE_COOKIE=false \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$host:$port/$db" QUARKUS_DATASOURCE_USERNAME="$user" \
QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" QUARKUS_LOG_LEVEL=WARN PORT="$app_port" \
  java ${KL_BENCH_JAVA_OPTS:-} -jar "$jar" > "${TMPDIR:-/tmp}/kl-bench-server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/q/health/ready" > /dev/null && break
  sleep 0.5
done
java "$here/$generator.java" "http://127.0.0.1:$app_port" "$email" "$password" "$@"
