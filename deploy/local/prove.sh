#!/usr/bin/env bash
# Proves on one machine that Kompetensläget runs as several stateless replicas behind a load balancer with
# PostgreSQL and a streaming standby (issue 17). Everything is temporary and on ports 18600-18699:
#   PostgreSQL primary (fresh initdb) :18601 and a standby made with pg_basebackup -R :18602,
#   three replicas of the built jar :18621-18623 (reads of shares and results go to the standby),
#   HAProxy :18610 in front, checking /q/health/ready every 500 ms.
# Then, with TAP lines (ok / not ok) and a summary:
#   1. the three replicas start at the same moment on the empty database: all ready, exactly one first administrator;
#   2. the end-to-end journey through the balancer (sign in, costs with Idempotency-Key, a respondent submits);
#   3. writers keep writing while one replica is killed (kill -9): failed requests are retried with the same key;
#   4. writers keep writing during a rolling restart of all three (SIGTERM, wait, start): no request fails;
#   5. every acknowledged write is in the primary exactly once (revision 1);
#   6. a write on the primary is read through the standby within the lag the replicas report;
#   7. the once-per-period jobs ran once across the three replicas.
# Needs: the built product (backend/target/quarkus-app), PostgreSQL's server binaries, haproxy, node, curl.
# Usage: deploy/local/prove.sh [tap-file]      exits non-zero when any check fails.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/deploy/local"
tap=${1:-/dev/null}
jar="$root/backend/target/quarkus-app/quarkus-run.jar"
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
primary_port=18601 standby_port=18602 lb_port=18610 ports=(18621 18622 18623)
work=$(mktemp -d /tmp/kl-prove.XXXXXX)
chmod 755 "$work"
admin_email="admin@prove.kompetenslaget.test" admin_password="prove-$(date +%s)-$RANDOM-lösenord"
declare -A pids=()
haproxy_pid=""
checks=0 failures=0
: > "$tap"

ok() { checks=$((checks + 1)); echo "ok $checks - $1" | tee -a "$tap"; }
not_ok() { checks=$((checks + 1)); failures=$((failures + 1)); echo "not ok $checks - $1" | tee -a "$tap"; }
check() { if [ "$1" = 0 ]; then ok "$2"; else not_ok "$2"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -qAtX -h 127.0.0.1 -p "${2:-$primary_port}" -U postgres -d kompetenslaget -c "$1"; }

cleanup() {
  for i in "${!pids[@]}"; do kill -9 "${pids[$i]}" 2>/dev/null; done
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$work/standby" -m immediate stop > /dev/null 2>&1
  as_postgres "$pg_bin/pg_ctl" -D "$work/primary" -m immediate stop > /dev/null 2>&1
  if [ "${KEEP:-}" = "" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

fail_early() { not_ok "$1"; echo "$failures of $checks checks failed"; echo "0 passed, 1 failed"; exit 1; }
[ -f "$jar" ] || fail_early "the product is built ($jar)"
[ -x "$pg_bin/initdb" ] || fail_early "PostgreSQL server binaries (PG_BIN)"
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy" ] || fail_early "haproxy is installed"
started=$(date +%s)

echo "# PostgreSQL primary and streaming standby in $work"
chown postgres "$work" 2>/dev/null
as_postgres "$pg_bin/initdb" -D "$work/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; fail_early "initdb"; }
cat >> "$work/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$work'
max_connections = 120
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
full_page_writes = off
shared_buffers = 64MB
CONF
as_postgres "$pg_bin/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w start > /dev/null || fail_early "the primary starts"
psql -qAtX -h 127.0.0.1 -p $primary_port -U postgres -c "CREATE DATABASE kompetenslaget" > /dev/null
as_postgres "$pg_bin/pg_basebackup" -h 127.0.0.1 -p $primary_port -U postgres -D "$work/standby" -R -X stream -c fast \
  || fail_early "pg_basebackup"
echo "port = $standby_port" >> "$work/standby/postgresql.conf"
as_postgres "$pg_bin/pg_ctl" -D "$work/standby" -l "$work/standby.log" -w start > /dev/null || fail_early "the standby starts"
[ "$(psql -qAtX -h 127.0.0.1 -p $standby_port -U postgres -c 'SELECT pg_is_in_recovery()')" = "t" ] \
  && ok "a streaming standby made with pg_basebackup -R is in recovery" || not_ok "the standby is in recovery"

start_replica() { # index
  local port=${ports[$1]}
  KL_ADMIN_EMAIL="$admin_email" KL_ADMIN_PASSWORD="$admin_password" KL_SECURE_COOKIE=false \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$primary_port/kompetenslaget" QUARKUS_DATASOURCE_USERNAME=postgres \
  KL_READONLY_JDBC_URL="jdbc:postgresql://127.0.0.1:$standby_port/kompetenslaget" \
  KL_DB_POOL_SIZE=10 KL_READONLY_POOL_SIZE=5 KL_BEHIND_PROXY=true QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
  KL_SHUTDOWN_DELAY=4S KL_REQUEST_LOG=WARN PORT=$port QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S \
  java -Xmx320m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" >> "$work/replica-$1.log" 2>&1 &
  pids[$1]=$!
}
ready() { curl -fs -o /dev/null "http://127.0.0.1:${ports[$1]}/q/health/ready"; }
await_ready() { # index, seconds
  for _ in $(seq 1 $(($2 * 4))); do
    ready "$1" && return 0
    kill -0 "${pids[$1]}" 2>/dev/null || return 1
    sleep 0.25
  done
  return 1
}

echo "# three replicas started at the same moment on the empty database"
for i in 0 1 2; do start_replica $i; done
all_ready=0
for i in 0 1 2; do await_ready $i 400 || { all_ready=1; tail -30 "$work/replica-$i.log"; }; done
check $all_ready "three replicas started together on an empty database are all ready"
admins=$(sql "SELECT count(*) FROM role_grant WHERE role = 'admin'")
[ "$admins" = "1" ]; check $? "exactly one first administrator (found $admins)"
[ "$(sql "SELECT count(*) FROM flyway_schema_history WHERE NOT success")" = "0" ]; check $? "the migrations ran once, none failed"

cat > "$work/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  option redispatch
  retries 3
  retry-on conn-failure
  # a fresh connection per request: a replica that has stopped refuses it, and HAProxy retries another
  option http-server-close
  timeout check 3s
frontend kl
  bind 127.0.0.1:$lb_port
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
  server r1 127.0.0.1:${ports[0]} check
  server r2 127.0.0.1:${ports[1]} check
  server r3 127.0.0.1:${ports[2]} check
CFG
"$haproxy" -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
sleep 2

export BASE="http://127.0.0.1:$lb_port" KL_EMAIL="$admin_email" KL_PASSWORD="$admin_password"
echo "# the end-to-end journey through the balancer"
node "$here/journey.mjs" journey "$work/state.json" | sed 's/^/#   /'
check "${PIPESTATUS[0]}" "the end-to-end journey passes through the balancer"

load() { # phase, year base, out
  rm -f "$3.stop"
  YEAR_BASE=$2 WRITERS=${WRITERS:-4} node "$here/journey.mjs" load "$work/state.json" "$1" "$3" &
  load_pid=$!
}
stop_load() { touch "$1.stop"; wait "$load_pid"; }

echo "# kill -9 of one replica while writers write"
load kill 2001 "$work/kill.json"
sleep 5
kill -9 "${pids[1]}"; wait "${pids[1]}" 2>/dev/null
echo "#   replica 2 killed"
sleep 5
start_replica 1
# (a start can fail on a machine too busy to hand out a connection in time: one more try, as Kubernetes would)
await_ready 1 400 || { start_replica 1; await_ready 1 400; } || not_ok "replica 2 comes back after the kill"
sleep 2
stop_load "$work/kill.json"

echo "# rolling restart of all three while writers write"
load rolling 2051 "$work/rolling.json"
sleep 3
rolled=0
for i in 0 1 2; do
  kill -TERM "${pids[$i]}"
  wait "${pids[$i]}" 2>/dev/null
  start_replica $i
  await_ready $i 400 || { start_replica $i; await_ready $i 400; } || { rolled=1; tail -20 "$work/replica-$i.log"; }
  sleep 3 # HAProxy takes it back after two passed checks (rise 2, every 500 ms)
  echo "#   replica $((i + 1)) restarted"
done
sleep 2
stop_load "$work/rolling.json"
check $rolled "a rolling restart of all three replicas (SIGTERM, readiness down, drain, start)"

node -e '
const fs = require("fs");
const [kill, rolling, out] = process.argv.slice(1).map((f, i) => i < 2 ? JSON.parse(fs.readFileSync(f)) : f);
const q = (v) => "\x27" + String(v).replace(/\x27/g, "") + "\x27";
const rows = [...kill.acknowledged, ...rolling.acknowledged].map((a) =>
  `(${q(a.municipality)},${a.year},${a.month},${q(a.area)},${a.hired})`);
fs.writeFileSync(out, "CREATE TEMP TABLE acked (municipality text, year int, month int, area text, hired numeric);\n" +
  (rows.length ? "INSERT INTO acked VALUES " + rows.join(",\n") + ";\n" : "") +
  "SELECT count(*), count(c.id), count(*) FILTER (WHERE c.hired_cost = a.hired AND c.revision = 1) FROM acked a " +
  "LEFT JOIN cost_line c ON c.municipality_code = a.municipality AND c.year = a.year AND c.month = a.month " +
  "AND c.service_area_code = a.area AND c.profession_code IS NULL;\n");
console.log([kill.acknowledged.length, kill.failures.length, kill.retriedWrites, kill.attempted,
  rolling.acknowledged.length, rolling.failures.length, rolling.attempted].join(" "));
' "$work/kill.json" "$work/rolling.json" "$work/acked.sql" > "$work/counts.txt" 2> "$work/counts.err" \
  || cat "$work/counts.err"
read -r kill_acked kill_failed kill_retried kill_attempted rolling_acked rolling_failed rolling_attempted < "$work/counts.txt"
[ "${kill_acked:-0}" -gt 0 ] && [ "$kill_acked" = "$kill_attempted" ]
check $? "kill -9: every write ($kill_acked of $kill_attempted) was acknowledged in the end; $kill_failed failed requests were retried with the same Idempotency-Key ($kill_retried writes)"
[ "${rolling_acked:-0}" -gt 0 ] && [ "${rolling_failed:-1}" = "0" ]
check $? "rolling restart: $rolling_failed failed requests of $rolling_attempted writes"
IFS='|' read -r total found exact < <(psql -qAtX -h 127.0.0.1 -p $primary_port -U postgres -d kompetenslaget -f "$work/acked.sql")
[ "${total:-0}" -gt 0 ] && [ "$total" = "$found" ] && [ "$total" = "$exact" ]
check $? "every acknowledged write is in the primary exactly once: $found of $total found, $exact with its amount at revision 1"

echo "# reads from the standby"
standby_before=$(sql "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'kompetenslaget'" $standby_port)
node "$here/journey.mjs" standby "$work/state.json" "$work/standby.json" | sed 's/^/#   /'
seen_ms=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).seenAfterMs)' "$work/standby.json" 2>/dev/null)
lag=$(curl -fs "http://127.0.0.1:${ports[0]}/q/metrics" | awk '/^kl_readonly_replica_lag_seconds/ {print $2}')
standby_after=$(sql "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'kompetenslaget'" $standby_port)
echo "#   reported lag ${lag:-none} s; standby transactions ${standby_before} → ${standby_after}"
[ -n "$lag" ] && awk -v l="$lag" 'BEGIN { exit !(l >= 0) }'
check $? "the replicas report the standby's replay lag (kl_readonly_replica_lag_seconds = ${lag:-none})"
# Visible within the reported lag, plus one measuring interval (5 s) for the lag reading's own age.
[ -n "$seen_ms" ] && [ "$seen_ms" -ge 0 ] && awk -v s="$seen_ms" -v l="$lag" 'BEGIN { exit !(s / 1000 <= l + 5) }'
check $? "a write on the primary is read back through the standby after ${seen_ms:-?} ms (within the reported lag of ${lag:-?} s + 5 s)"
[ "${standby_after:-0}" -gt "${standby_before:-0}" ]
check $? "the share reads were answered by the standby (its transactions grew)"

jobs_ok=$(sql "SELECT count(*) FROM job_run WHERE job IN ('idempotency-cleanup', 'session-retention', 'throttle-cleanup') AND runs = 1")
echo "#   job_run: $(sql "SELECT string_agg(job || '=' || runs, ', ') FROM job_run")"
if [ "$(( $(date +%s) - started ))" -lt 130 ]; then
  echo "#   (the hourly jobs first fire 1-2 minutes after start: not checked in a run this short)"
else
  [ "$jobs_ok" = "3" ]; check $? "each hourly job ran once across the replicas"
fi

elapsed=$(( $(date +%s) - started ))
echo "# $((checks - failures)) of $checks checks passed in ${elapsed}s"
echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
