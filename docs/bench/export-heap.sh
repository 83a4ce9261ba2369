#!/usr/bin/env bash
# Exports the Customers grid as CSV (and XLSX) through GET /api/export while sampling the JVM's heap after each young
# or full GC, to show that an export's memory does not grow with its rows.
# Usage: docs/bench/export-heap.sh [base-url] <pid of the app> [runs per export, default 3]
# Start the app first on a seeded database with a small heap, e.g.
#   java -Xmx256m -jar target/portalops-*.jar --spring.profiles.active=demo --portalops.data-dir=/tmp/big --portalops.demo.customers=1000000 --server.port=8090
set -euo pipefail
BASE="${1:-http://localhost:8090}"
PID="${2:?pid of the running app}"
JCMD="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"

token() {
  curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$1\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

used_mb() {
  # the live heap: the class histogram's total, taken in the safepoint of the full GC it forces (a GC.run followed by
  # GC.heap_info would also count what the export allocated between the two commands)
  "$JCMD" "$PID" GC.class_histogram | awk '/^Total/ {printf "%.0f", $3 / 1048576}'
}

export_once() {
  local query="$1" out samples=() start end max=0
  out=$(mktemp)
  start=$(date +%s.%N)
  curl -sf -o "$out" -D "$out.headers" -H "Authorization: Bearer $TOKEN" "$BASE/api/export?$query" &
  local curl_pid=$!
  while kill -0 "$curl_pid" 2>/dev/null; do
    samples+=("$(used_mb)")
    sleep 2
  done
  wait "$curl_pid"
  end=$(date +%s.%N)
  for s in "${samples[@]}"; do [ "$s" -gt "$max" ] && max=$s; done
  local rows bytes
  rows="-"
  case "$query" in *format=csv*) rows=$(( $(wc -l < "$out") - 1 )) ;; esac
  bytes=$(stat -c %s "$out")
  printf '| %s | %s | %s MB | %.1f s | %s MB | %s MB | %s |\n' "$query" "$rows" "$((bytes / 1048576))" \
    "$(echo "$end - $start" | bc)" "$BASELINE" "$max" "${#samples[@]}"
  rm -f "$out" "$out.headers"
}

TOKEN=$(token analyst)
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/export?grid=customers&format=csv&country=NO"   # warm-up
BASELINE=$(used_mb)
printf '| export | rows (CSV lines - 1) | file | time | live heap before | max live heap during | samples |\n|---|---|---|---|---|---|---|\n'
RUNS="${3:-3}"
for query in "grid=customers&format=csv&status=SUSPENDED" "grid=customers&format=csv" "grid=customers&format=xlsx"; do
  for _ in $(seq "$RUNS"); do
    export_once "$query"
  done
done
