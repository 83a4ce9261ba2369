#!/usr/bin/env bash
# Times the Contracts grid's queries through the REST API (the same service and SQL as the Vaadin grid).
# Usage: docs/bench/contracts-grid.sh [base-url] [runs]
# Start the app first on a seeded database, e.g.
#   java -jar target/portalops-*.jar --spring.profiles.active=demo --portalops.data-dir=/tmp/big3 --portalops.demo.customers=1000000 \
#        --portalops.demo.contracts-per-customer=3 --server.port=8091
set -euo pipefail
BASE="${1:-http://localhost:8091}"
RUNS="${2:-21}"

token() {
  curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

median_ms() {
  local tok="$1" query="$2" times=()
  curl -sf -o /dev/null -H "Authorization: Bearer $tok" "$BASE/api/contracts?$query"   # warm-up
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $tok" "$BASE/api/contracts?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}'
}

declare -A TOKENS
for user in admin manager approver; do TOKENS[$user]=$(token "$user"); done
printf '| query (page of 50) | caller | median ms over %s runs |\n|---|---|---|\n' "$RUNS"
for spec in \
  "admin|first page, newest first|size=50" \
  "admin|sort by end date|sort=endDate,asc&size=50" \
  "admin|status PENDING_APPROVAL|status=PENDING_APPROVAL&size=50" \
  "admin|value 100k-200k, sort by value desc|minValue=100000&maxValue=200000&sort=value,desc&size=50" \
  "admin|ending in the next 90 days|endFrom=$(date +%F)&endTo=$(date -d '+90 days' +%F)&sort=endDate,asc&size=50" \
  "admin|title contains 'renewal'|text=renewal&size=50" \
  "admin|exact number|text=CT-2025-000777&size=50" \
  "manager|own contracts (row scope)|size=50" \
  "approver|approver scope (pending + decided)|size=50" \
  "approver|my approvals (awaiting me)|awaitingMe=true&size=50"; do
  IFS='|' read -r who label query <<<"$spec"
  echo "| $label | $who | $(median_ms "${TOKENS[$who]}" "$query") |"
done
