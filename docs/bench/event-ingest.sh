#!/usr/bin/env bash
# Event ingestion throughput: POST /api/events/batch (1,000 events per request) against raw COPY into the same table.
# Start the app first on a fresh data directory, e.g.
#   java -jar target/portalops-*.jar --portalops.data-dir=/tmp/evbench --server.port=8092 --portalops.api.rate-limit.per-minute=100000
# Usage: docs/bench/event-ingest.sh [base-url] [postgres-port]
set -euo pipefail
BASE="${1:-http://localhost:8092}"
PGPORT="${2:?the embedded PostgreSQL port (ss -ltnp | grep postgres)}"
DIR=$(mktemp -d)
python3 - "$DIR" <<'PY'
import json, uuid, random, datetime, sys, csv
d = sys.argv[1]; random.seed(1)
now = datetime.datetime.now(datetime.timezone.utc)
rows = csv.writer(open(f"{d}/copy.csv", "w"))
for b in range(60):
    items = []
    for i in range(1000):
        e = {"source": "bench", "eventId": str(uuid.uuid4()), "type": "usage.reported",
             "occurredAt": (now - datetime.timedelta(minutes=random.randint(0, 60 * 24 * 300))).isoformat(),
             "customerRef": "CUS-%08d" % random.randint(1, 500), "payload": {"metric": "seats", "quantity": random.randint(1, 500)}}
        items.append(e)
        rows.writerow([e["occurredAt"], now.isoformat(), "copybench", str(uuid.uuid4()), e["type"], int(e["customerRef"][4:]), "", json.dumps(e["payload"])])
    json.dump(items, open(f"{d}/b{b}.json", "w"))
PY
post() { curl -sf -o /dev/null -X POST "$BASE/api/events/batch" -H 'X-API-Key: demo-producer-key' -H 'Content-Type: application/json' --data-binary @"$1"; }
export -f post; export BASE
# warm-up: 20,000 events, so that the server's JIT has compiled the ingestion path (a server runs warm)
ls "$DIR"/b{0..19}.json | xargs -P 2 -I{} bash -c 'post {}'
S=$(date +%s.%N); ls "$DIR"/b{20..39}.json | xargs -P 1 -I{} bash -c 'post {}'; E=$(date +%s.%N)
echo "API, 1 client:  $(echo "20000/($E-$S)" | bc -l | cut -d. -f1) events/s"
S=$(date +%s.%N); ls "$DIR"/b{40..59}.json | xargs -P 2 -I{} bash -c 'post {}'; E=$(date +%s.%N)
echo "API, 2 clients: $(echo "20000/($E-$S)" | bc -l | cut -d. -f1) events/s"

for i in 1 2 3; do
  S=$(date +%s.%N)
  PGPASSWORD=postgres psql -q -h localhost -p "$PGPORT" -U postgres -d postgres -c "\copy events (occurred_at, received_at, source, event_id, type, customer_id, contract_id, payload) from '$DIR/copy.csv' with (format csv)"
  E=$(date +%s.%N)
  echo "COPY run $i:     $(echo "60000/($E-$S)" | bc -l | cut -d. -f1) rows/s"
done
