#!/usr/bin/env bash
# Times the Customers grid's queries through the REST API (the same service and SQL as the Vaadin grid).
# Usage: docs/bench/customers-grid.sh [base-url] [runs]
# Start the app first on a seeded database, e.g.
#   java -jar target/portalops-*.jar --spring.profiles.active=demo --portalops.data-dir=/tmp/big --portalops.demo.customers=1000000 --server.port=8090
set -euo pipefail
BASE="${1:-http://localhost:8090}"
RUNS="${2:-21}"

token() {
  curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

median_ms() {
  local tok="$1" query="$2" times=()
  curl -sf -o /dev/null -H "Authorization: Bearer $tok" "$BASE/api/customers?$query"   # warm-up
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $tok" "$BASE/api/customers?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}'
}

ADMIN=$(token admin)
MANAGER=$(token manager)
printf '| query (page of 50) | caller | median ms over %s runs |\n|---|---|---|\n' "$RUNS"
for spec in \
  "admin|first page, sort by name|sort=name,asc&size=50" \
  "admin|page 200 (offset 10 000), sort by name|sort=name,asc&size=50&page=200" \
  "admin|name contains 'smith'|name=smith&size=50" \
  "admin|name contains 'xyz' (no match)|name=xyz&size=50" \
  "admin|name 'ab' (2 letters: starts with)|name=ab&size=50" \
  "admin|name 'zz' (2 letters, rare start)|name=zz&size=50" \
  "admin|status SUSPENDED, sort by updatedAt desc|status=SUSPENDED&sort=updatedAt,desc&size=50" \
  "admin|country NO, sort by name|country=NO&size=50" \
  "admin|exact email (blind index)|email=info%40nonexistent.example&size=50" \
  "manager|own customers (row scope), sort by name|size=50" \
  "manager|own customers, name contains 'son'|name=son&size=50"; do
  IFS='|' read -r who label query <<<"$spec"
  tok=$ADMIN; [ "$who" = manager ] && tok=$MANAGER
  echo "| $label | $who | $(median_ms "$tok" "$query") |"
done
