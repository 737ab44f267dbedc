#!/usr/bin/env bash
# Backs up and restores Kompetensläget's PostgreSQL database with pg_dump (custom format) and pg_restore.
# Run `backend/ops/backup.sh help` for usage.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage:
  backup.sh dump [FILE]
      Writes the whole database to FILE in pg_dump's custom format (compressed; default
      kompetenslaget-<UTC time>.dump in the current directory), readable only by you, and checks
      that pg_restore can read it back.
  backup.sh restore FILE [--into DATABASE] [--clean]
      Restores FILE into the service's database, or into DATABASE on the same server (created
      when it does not exist), in one transaction: all or nothing. A database that already holds
      tables is refused unless --clean is given, which drops the dump's objects first. Restored
      objects belong to the user who restores. Stop the service while you restore into its own
      database.
  backup.sh help

Which database: the same settings the service uses (QUARKUS_DATASOURCE_JDBC_URL,
QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD); without them the PG* variables of libpq
(PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE); without those the embedded database
(localhost, KL_EMBEDDED_DB_PORT or 54329, database postgres, user postgres).

Needs pg_dump, pg_restore and psql of at least the server's major version (pg_dump cannot dump a
newer server; the embedded database is PostgreSQL 17).

A dump holds personal data (names, e-mail addresses, answers): keep it as carefully as the
database itself, and delete old dumps by your retention rules.
EOF
}

die() { echo "backup.sh: $*" >&2; exit 1; }

# --- connection: the service's settings, else libpq's PG* variables, else the embedded database -------------
connection_from_jdbc_url() {
  local url=$1 rest hostport params
  [[ $url == jdbc:postgresql://* ]] || die "QUARKUS_DATASOURCE_JDBC_URL must start with jdbc:postgresql:// (is: $url)"
  rest=${url#jdbc:postgresql://}
  hostport=${rest%%/*}
  [[ $rest == */* ]] || die "QUARKUS_DATASOURCE_JDBC_URL names no database: $url"
  rest=${rest#*/}
  export PGDATABASE=${rest%%\?*}
  [[ $hostport == *,* ]] && die "QUARKUS_DATASOURCE_JDBC_URL names several hosts; set PGHOST and PGPORT to the primary instead"
  if [[ $hostport == \[* ]]; then                      # [::1]:5432
    export PGHOST=${hostport%%]*}; PGHOST=${PGHOST#[}
    [[ $hostport == *]:* ]] && export PGPORT=${hostport##*]:}
  elif [[ $hostport == *:* ]]; then
    export PGHOST=${hostport%%:*} PGPORT=${hostport##*:}
  else
    export PGHOST=$hostport
  fi
  [[ -n $PGPORT ]] || export PGPORT=5432
  if [[ $url == *\?* ]]; then                          # user=, password=, sslmode= in the URL
    params=${url#*\?}
    local pair
    IFS='&' read -r -a pairs <<< "$params"
    for pair in "${pairs[@]}"; do
      case $pair in
        user=*) export PGUSER=${pair#user=} ;;
        password=*) export PGPASSWORD=${pair#password=} ;;
        sslmode=*) export PGSSLMODE=${pair#sslmode=} ;;
      esac
    done
  fi
  [[ -n ${QUARKUS_DATASOURCE_USERNAME:-} ]] && export PGUSER=$QUARKUS_DATASOURCE_USERNAME
  [[ -n ${QUARKUS_DATASOURCE_PASSWORD:-} ]] && export PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
  return 0
}

resolve_connection() {
  PGPORT=${PGPORT:-}
  if [[ -n ${QUARKUS_DATASOURCE_JDBC_URL:-} ]]; then
    connection_from_jdbc_url "$QUARKUS_DATASOURCE_JDBC_URL"
  elif [[ -z ${PGHOST:-} && -z ${PGDATABASE:-} && -z ${PGPORT:-} ]]; then
    export PGHOST=localhost PGPORT=${KL_EMBEDDED_DB_PORT:-54329} PGDATABASE=postgres PGUSER=${PGUSER:-postgres}
  fi
  [[ -n ${PGPORT:-} ]] || unset PGPORT
  return 0
}

# psql without ~/.psqlrc, unaligned, tuples only, never prompting for a password, stopping at the first error.
sql() { psql -X -A -t -w -q -v ON_ERROR_STOP=1 "$@"; }

where() { echo "database ${PGDATABASE:-${PGUSER:-$(id -un)}} on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"; }

# --- versions: a client older than the server cannot dump it ----------------------------------------------
major_of_client() { # pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1) -> 15
  "$1" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/'
}

server_major() {
  local num
  num=$(sql -d "${1:-${PGDATABASE:-postgres}}" -c 'SHOW server_version_num' 2>&1) \
    || die "cannot connect to the $(where): $num"
  echo $((num / 10000))
}

check_client() { # tool, server major
  command -v "$1" > /dev/null || die "$1 is not installed (install the PostgreSQL client tools, version $2 or newer)"
  local client
  client=$(major_of_client "$1")
  if (( client < $2 )); then
    die "$1 is version $client, older than the server's PostgreSQL $2: it cannot dump this server (pg_dump refuses a newer server). Install the PostgreSQL $2 client tools (e.g. apt-get install postgresql-client-$2) or use the server's own: docker compose exec postgres $1 ..."
  fi
}

# --- dump ---------------------------------------------------------------------------------------------------
dump() {
  local file=${1:-kompetenslaget-$(date -u +%Y%m%dT%H%M%SZ).dump} major tmp
  command -v psql > /dev/null || die "psql is not installed (install the PostgreSQL client tools)"
  major=$(server_major)
  check_client pg_dump "$major"
  check_client pg_restore "$major"
  [[ -e $file ]] && die "$file exists; choose another name"
  tmp="$file.partial"
  umask 077
  echo "Dumping the $(where) (PostgreSQL $major) to $file"
  pg_dump --format=custom --no-password --file="$tmp" || { rm -f "$tmp"; die "pg_dump failed; nothing was written"; }
  pg_restore --list "$tmp" > /dev/null || { rm -f "$tmp"; die "the dump cannot be read back; nothing was written"; }
  sync "$tmp" 2> /dev/null || sync
  mv "$tmp" "$file"
  echo "Done: $file ($(du -h "$file" | cut -f1))"
}

# --- restore ------------------------------------------------------------------------------------------------
restore() {
  local file="" into="" clean=0
  while (( $# )); do
    case $1 in
      --into) into=${2:-}; [[ -n $into ]] || die "--into needs a database name"; shift 2 ;;
      --clean) clean=1; shift ;;
      -*) die "unknown option $1 (see backup.sh help)" ;;
      *) [[ -z $file ]] || die "one dump file only"; file=$1; shift ;;
    esac
  done
  [[ -n $file ]] || die "which dump? backup.sh restore FILE [--into DATABASE] [--clean]"
  [[ -r $file ]] || die "cannot read $file"
  command -v psql > /dev/null || die "psql is not installed (install the PostgreSQL client tools)"
  local major
  major=$(server_major)
  check_client pg_restore "$major"
  pg_restore --list "$file" > /dev/null 2>&1 \
    || die "$file is not a dump pg_restore $(major_of_client pg_restore) can read (a custom-format dump from a newer pg_dump needs a newer pg_restore)"

  if [[ -n $into ]]; then
    [[ $into =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "--into takes a plain database name (letters, digits, _)"
    local exists
    exists=$(sql -d "${PGDATABASE:-postgres}" -c "SELECT 1 FROM pg_database WHERE datname = '$into'")
    if [[ -z $exists ]]; then
      sql -d "${PGDATABASE:-postgres}" -c "CREATE DATABASE \"$into\"" \
        || die "could not create database $into"
      echo "Created database $into"
    fi
    export PGDATABASE=$into
  fi

  local tables
  tables=$(sql -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
  if (( tables > 0 && clean == 0 )); then
    die "the $(where) already holds $tables tables; restore into a new database (--into NAME) or replace them with --clean"
  fi
  echo "Restoring $file into the $(where)"
  local options=(--single-transaction --exit-on-error --no-owner --no-privileges --no-password)
  (( clean )) && options+=(--clean --if-exists)
  pg_restore "${options[@]}" --dbname="$PGDATABASE" "$file" \
    || die "pg_restore failed; the transaction was rolled back and the database is as it was"
  echo "Done. Point the service at it (QUARKUS_DATASOURCE_JDBC_URL) if it is a new database."
}

command=${1:-help}
[[ $# -gt 0 ]] && shift
case $command in
  dump) resolve_connection; dump "$@" ;;
  restore) resolve_connection; restore "$@" ;;
  help|-h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
