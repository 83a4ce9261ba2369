#!/usr/bin/env bash
# Times the dashboard per role: GET /api/dashboard (the same Dashboard.snapshot() the start page builds), giving the
# round trip on localhost and the server's own reading time (readMillis in the answer), medians over the runs; then,
# when the app logs io.portalops.dashboard at DEBUG, the start page's server-side build times from that log.
# Usage: docs/bench/dashboard.sh [base-url] [runs] [app-log]
# Start the app first on a seeded database, e.g.
#   java -jar target/portalops-*.jar --spring.profiles.active=demo --portalops.data-dir=/tmp/dash/data --server.port=8091 \
#        --portalops.demo.customers=1000000 --portalops.demo.events=50000000 --logging.level.io.portalops.dashboard=DEBUG
set -euo pipefail
BASE="${1:-http://localhost:8091}"
RUNS="${2:-21}"
LOG="${3:-}"

token() {
  curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

median() {
  sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'
}

printf '| caller | parts | round trip, median ms | server read (readMillis), median ms |\n|---|---|---|---|\n'
for user in admin analyst manager approver serviceadmin productadmin; do
  tok=$(token "$user")
  body=$(curl -sf -H "Authorization: Bearer $tok" "$BASE/api/dashboard")   # warm-up
  parts=$(for p in approvals account analysis saas; do
            if grep -q "\"$p\":{" <<<"$body"; then printf '%s ' "$p"; fi; done)
  trips=() reads=()
  for _ in $(seq "$RUNS"); do
    out=$(curl -sf -w '\n%{time_total}' -H "Authorization: Bearer $tok" "$BASE/api/dashboard")
    trips+=("$(echo "$out" | tail -1 | awk '{printf "%.1f", $1*1000}')")
    reads+=("$(echo "$out" | sed -n 1p | sed -E 's/.*"readMillis":([0-9]+).*/\1/')")
  done
  echo "| $user | ${parts% } | $(printf '%s\n' "${trips[@]}" | median) | $(printf '%s\n' "${reads[@]}" | median) |"
done

if [ -n "$LOG" ]; then
  echo
  echo "Start page builds logged (view construction incl. figures, ms): median of the last 60:"
  grep -o 'Dashboard built in [0-9]* ms' "$LOG" | tail -60 | awk '{print $4}' | median
  echo
fi
