#!/usr/bin/env bash
# Cold start of the production jar (docs/benchmarks.md): seconds from `java` to the first successful login
# (POST /api/auth/token as admin: the same account lookup and password check as the login form), to the first
# dashboard (GET /api/dashboard with that token: the same Dashboard.snapshot() the dashboard view renders), and to
# readiness (after the demo data runners: on an empty data directory, the demo data fully seeded).
# Usage: docs/bench/cold-start.sh DATA_DIR RUNS [java options and -jar JAR ...]
#   kept data directory: run once on DATA_DIR first (it seeds), then measure with RUNS >= 3 and read the medians
#   e.g. docs/bench/cold-start.sh /tmp/cold 3 -jar target/portalops-0.1.0-SNAPSHOT.jar
#        docs/bench/cold-start.sh /tmp/cold 3 -XX:AOTCache=/tmp/aot/app.aot -jar /tmp/aot/portalops-0.1.0-SNAPSHOT.jar
set -euo pipefail
DATA="$1"; RUNS="$2"; shift 2
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PORT="${PORT:-18097}"
BASE="http://localhost:$PORT"
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc -l)"; }
for run in $(seq 1 "$RUNS"); do
  S=$(now)
  "$JAVA" "$@" --spring.profiles.active=demo --server.port="$PORT" --portalops.data-dir="$DATA" > "$DATA.run$run.log" 2>&1 &
  APP=$!
  LOGIN=""; DASHBOARD=""; READY=""
  while [ -z "$READY" ] || [ -z "$DASHBOARD" ]; do
    kill -0 $APP 2>/dev/null || { echo "the app exited; see $DATA.run$run.log"; exit 1; }
    if [ -z "$LOGIN" ]; then
      TOKEN=$(curl -sf -m 10 -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' \
        -d '{"username":"admin","password":"admin"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' || true)
      [ -n "$TOKEN" ] && LOGIN=$(since "$S")
    fi
    if [ -n "$LOGIN" ] && [ -z "$DASHBOARD" ]; then
      curl -sf -m 30 -o /dev/null "$BASE/api/dashboard" -H "Authorization: Bearer $TOKEN" && DASHBOARD=$(since "$S")
    fi
    if [ -z "$READY" ]; then
      curl -sf -m 10 -o /dev/null "$BASE/actuator/health/readiness" && READY=$(since "$S")
    fi
    sleep 0.2
  done
  echo "run $run: login ${LOGIN} s, dashboard ${DASHBOARD} s, ready ${READY} s (load $(cut -d' ' -f1 /proc/loadavg))"
  kill $APP; wait $APP || true
done
