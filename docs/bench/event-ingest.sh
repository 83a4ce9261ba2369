#!/usr/bin/env bash
# Event ingestion throughput: POST /api/events/batch (1,000 events per request) against raw COPY into the same table.
# Start the app first on a fresh data directory, e.g.
#   java -jar target/portalops-*.jar --spring.profiles.active=demo --portalops.data-dir=/tmp/evbench --server.port=8092 --portalops.api.rate-limit.per-minute=100000
# Usage: docs/bench/event-ingest.sh [base-url] [postgres-port]
# Two kinds of client are measured: one curl process per batch, as in the first five rounds (each request forks a shell
# and a curl and opens a new TCP connection, all on the same two cores as the server), and keep-alive clients, one curl
# per client that sends its batches one after another on one connection, as a real producer would.
set -euo pipefail
BASE="${1:-http://localhost:8092}"
PGPORT="${2:?the embedded PostgreSQL port (ss -ltnp | grep postgres)}"
DIR=$(mktemp -d)
python3 - "$DIR" <<'PY'
import json, uuid, random, datetime, sys, csv
d = sys.argv[1]; random.seed(1)
now = datetime.datetime.now(datetime.timezone.utc)
rows = csv.writer(open(f"{d}/copy.csv", "w"))
for b in range(100):
    items = []
    for i in range(1000):
        e = {"source": "bench", "eventId": str(uuid.uuid4()), "type": "usage.reported",
             "occurredAt": (now - datetime.timedelta(minutes=random.randint(0, 60 * 24 * 300))).isoformat(),
             "customerRef": "CUS-%08d" % random.randint(1, 500), "payload": {"metric": "seats", "quantity": random.randint(1, 500)}}
        items.append(e)
        rows.writerow([e["occurredAt"], now.isoformat(), "copybench", str(uuid.uuid4()), e["type"], int(e["customerRef"][4:]), "", json.dumps(e["payload"])])
    json.dump(items, open(f"{d}/b{b}.json", "w"))
PY
HEADERS=(-H 'X-API-Key: demo-producer-key' -H 'Content-Type: application/json')
post() { curl -sf -o /dev/null -X POST "$BASE/api/events/batch" -H 'X-API-Key: demo-producer-key' -H 'Content-Type: application/json' --data-binary @"$1"; }
export -f post; export BASE
# keep_alive FIRST LAST: one curl that posts batches FIRST..LAST on one connection; prints each answer's HTTP status
keep_alive() {
  local args=() b
  for b in $(seq "$1" "$2"); do
    [ "$b" -gt "$1" ] && args+=(--next)
    args+=(-s -o /dev/null -w '%{http_code}\n' -X POST "$BASE/api/events/batch" "${HEADERS[@]}" --data-binary @"$DIR/b$b.json")
  done
  curl "${args[@]}"
}
rate() { echo "$1/($3-$2)" | bc -l | cut -d. -f1; }
# warm-up: 20,000 events, so that the server's JIT has compiled the ingestion path (a server runs warm)
keep_alive 0 9 > "$DIR/status" & keep_alive 10 19 >> "$DIR/status"; wait
S=$(date +%s.%N); ls "$DIR"/b{20..39}.json | xargs -P 1 -I{} bash -c 'post {}'; E=$(date +%s.%N)
echo "API, 1 client, a curl per batch:   $(rate 20000 "$S" "$E") events/s"
S=$(date +%s.%N); ls "$DIR"/b{40..59}.json | xargs -P 2 -I{} bash -c 'post {}'; E=$(date +%s.%N)
echo "API, 2 clients, a curl per batch:  $(rate 20000 "$S" "$E") events/s"
S=$(date +%s.%N); keep_alive 60 79 >> "$DIR/status"; E=$(date +%s.%N)
echo "API, 1 keep-alive client:          $(rate 20000 "$S" "$E") events/s"
S=$(date +%s.%N); keep_alive 80 89 >> "$DIR/status" & keep_alive 90 99 >> "$DIR/status"; wait; E=$(date +%s.%N)
echo "API, 2 keep-alive clients:         $(rate 20000 "$S" "$E") events/s"
if grep -qv '^200$' "$DIR/status"; then echo "some batches were not answered 200:"; sort "$DIR/status" | uniq -c; exit 1; fi
STORED=$(PGPASSWORD=postgres psql -tA -h localhost -p "$PGPORT" -U postgres -d postgres -c "select count(*) from events where source = 'bench'")
echo "bench events stored: $STORED (this run sent 100000)"

for i in 1 2 3; do
  S=$(date +%s.%N)
  PGPASSWORD=postgres psql -q -h localhost -p "$PGPORT" -U postgres -d postgres -c "\copy events (occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload) from '$DIR/copy.csv' with (format csv)"
  E=$(date +%s.%N)
  echo "COPY run $i, 100,000 rows:         $(rate 100000 "$S" "$E") rows/s"
done
