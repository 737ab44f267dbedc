#!/usr/bin/env bash
# A walk-through of the API with curl (and jq): sign in, get tokens without a browser, read, report a batch.
#
#   KL_BASE_URL=http://localhost:8080 KL_EMAIL=you@example.se KL_PASSWORD='…' examples/curl.sh
#
# KL_MUNICIPALITY (default 2580, Luleå) must be one you edit (or you are an administrator); KL_YEAR (default 2024)
# is the year the example batch reports. Stops at the first refused request (curl --fail-with-body).
set -euo pipefail
base=${KL_BASE_URL:-http://localhost:8080}
municipality=${KL_MUNICIPALITY:-2580}
year=${KL_YEAR:-2024}
county=${municipality:0:2}
jar=$(mktemp) && trap 'rm -f "$jar"' EXIT
api() { curl -sS --fail-with-body -H 'Accept: application/json' "$@"; }

echo "1. Sign in with e-mail and password: the answer sets the session cookie kl_session."
api -c "$jar" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg e "$KL_EMAIL" --arg p "$KL_PASSWORD" '{email: $e, password: $p}')" \
  "$base/api/v1/auth/sign-in" | jq -c '{email: .user.email, grants: [.grants[].role]}'

echo "2. With the cookie, the first personal token (tokens:write lets it create more; shown once: keep it safe)."
token=$(api -b "$jar" -H 'Content-Type: application/json' \
  -d '{"name": "curl walk-through", "scopes": ["read", "costs:write", "tokens:write"], "expiresInDays": 1}' \
  "$base/api/v1/me/tokens" | jq -r .value)
echo "   token ${token:0:8}…"

echo "3. From here on only the token: it creates the integration token of municipality $municipality's payroll system."
system=$(api -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name": "Lönesystemet", "scopes": ["costs:write"]}' \
  "$base/api/v1/municipalities/$municipality/tokens" | jq -r .value)
echo "   integration token ${system:0:8}… (acts for $municipality only)"

echo "4. Read: county $county's municipalities."
api -H "Authorization: Bearer $token" "$base/api/v1/municipalities?county=$county&size=100" \
  | jq -r '"   \(.totalItems) municipalities: \([.items[].name] | join(", "))"'

echo "5. The payroll system reports a batch, with an Idempotency-Key so a retry stores nothing twice."
key="curl-walk-through-$(date +%s)-$RANDOM"
batch=$(jq -n --argjson y "$year" '{lines: [
  {year: $y, serviceArea: "hsl", hiredCost: 100000, ownCost: 900000},
  {year: $y, serviceArea: "aldre", hiredCost: 50000, ownCost: 950000}]}')
for attempt in first retry; do
  api -i -H "Authorization: Bearer $system" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
    -d "$batch" "$base/api/v1/municipalities/$municipality/cost-lines" \
    | tr -d '\r' | awk -v a="$attempt" 'tolower($0) ~ /^idempotent-replayed:/ {r=$2} /^\{/ {print "   " a ": " $0 (r ? " (replayed)" : "")}'
done

echo "6. Read the county's hired-staff share for $year, and the KPI series."
api -H "Authorization: Bearer $token" "$base/api/v1/hired-staff-shares?year=$year&county=$county" \
  | jq -r '"   county \(.county) \(.year): \(.total.share) % hired staff (\(.total.municipalitiesReporting) municipalities reporting)"'
api -H "Authorization: Bearer $token" "$base/api/v1/hired-staff-shares/series?fromYear=$year&toYear=$year&county=$county" \
  | jq -r '.[] | select(.kpi == "KL_HIRED_SHARE") | "   \(.kpi) \(.municipality) \(.period): \(.value)"'
