#!/usr/bin/env bash
# USERS simulated UI users against a PortalOps node (ADR 057, docs/benchmarks.md "200 UI users (Gatling)").
# Each virtual user signs in (form login), then repeats a recorded journey until DURATION is over, each page a Vaadin
# UI boot or UIDL round trips replayed from docs/bench/ui-users/journeys/<role>.uidl: half managers (contracts grid,
# scroll, filter, drill-down, back, dashboard), half analysts (customers and events grids, a customer drill-down).
# While it runs, the app JVM's CPU (from /proc/<pid>/stat) and heap (jcmd GC.heap_info) are sampled every 5 s.
# At the end: p50/p95/max per page (Gatling request group), errors, and the CPU and heap figures.
#
# One command, from the repository root (it builds the production jar if there is none, starts it in the demo
# profile on PORT with the sign-in rate limit lifted, runs, stops it):
#   docs/bench/ui-users.sh
# Against a node you started yourself:  BASE=http://localhost:8080 APP_PID=<its pid> docs/bench/ui-users.sh
#
# Parameters (environment): USERS (200), RAMP seconds over which the users arrive (60), DURATION seconds each user
# keeps clicking (300), THINK mean seconds between pages (3; each pause is 0.5-1.5 x THINK), PORT (18180),
# BASE (http://localhost:PORT), APP_PID (found from PORT when unset), JAVA, OUT (target/ui-users).
# Time: build of the jar if missing (~5 min) + app start (~1 min) + RAMP + DURATION + the last journeys (~1 min).
set -euo pipefail
HERE="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$HERE"
USERS="${USERS:-200}"; RAMP="${RAMP:-60}"; DURATION="${DURATION:-300}"; THINK="${THINK:-3}"
PORT="${PORT:-18180}"; BASE="${BASE:-http://localhost:$PORT}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JCMD="$(dirname "$JAVA")/jcmd"
OUT="${OUT:-$HERE/target/ui-users}"
JAR="$HERE/target/portalops-0.1.0-SNAPSHOT.jar"
mkdir -p "$OUT"
STARTED=""

cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "$STARTED" ]; then kill "$STARTED" 2>/dev/null || true; wait "$STARTED" 2>/dev/null || true; fi
}
trap cleanup EXIT

if ! curl -fsS -o /dev/null "$BASE/login" 2>/dev/null; then
  [ -f "$JAR" ] || { echo "building the production jar"; .ci/with-jdk ./mvnw -B -q -Pproduction package -DskipTests; }
  echo "starting the app on port $PORT (demo profile, data in $OUT/data)"
  # the login POST shares the per-address rate limit (portalops.api.rate-limit.per-minute, 300/min by default):
  # every virtual user signs in from this one address, so it is lifted for the run
  "$JAVA" -Xmx1g -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --portalops.data-dir="$OUT/data" --portalops.embedded-postgres.data-dir="$OUT/data/postgres" \
    --portalops.api.rate-limit.per-minute=10000000 >"$OUT/app.log" 2>&1 &
  STARTED=$!
  APP_PID=$STARTED
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "$BASE/login" 2>/dev/null && break
    kill -0 "$STARTED" 2>/dev/null || { echo "the app did not start, see $OUT/app.log"; exit 1; }
    sleep 1
  done
fi
if [ -z "${APP_PID:-}" ]; then
  APP_PID="$(ss -ltnpH "sport = :${BASE##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
fi
[ -n "${APP_PID:-}" ] && [ -r "/proc/$APP_PID/stat" ] || { echo "set APP_PID to the app's JVM pid (for its CPU)"; exit 1; }

# compiled before the sampling starts, so the CPU figures cover the run, not the compile
.ci/with-jdk ./mvnw -B -q -f docs/bench/ui-users/pom.xml test-compile >"$OUT/compile.log" 2>&1 \
  || { echo "the simulation did not compile, see $OUT/compile.log"; exit 1; }

# CPU: utime+stime ticks of the JVM over each 5 s interval, as cores busy (1.0 = one core all the time)
TICK="$(getconf CLK_TCK)"
sample() {
  local prev now t0 t1
  prev="$(awk '{print $14+$15}' "/proc/$APP_PID/stat")"; t0="$(date +%s.%N)"
  while sleep 5; do
    now="$(awk '{print $14+$15}' "/proc/$APP_PID/stat" 2>/dev/null)" || break
    t1="$(date +%s.%N)"
    heap="$("$JCMD" "$APP_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9)"
    echo "$(date +%s) $(echo "($now - $prev) / $TICK / ($t1 - $t0)" | bc -l) ${heap:-0}"
    prev="$now"; t0="$t1"
  done
}
sample >"$OUT/cpu.txt" &
SAMPLER=$!

echo "$USERS users, ramp ${RAMP}s, ${DURATION}s each, think ${THINK}s, against $BASE (pid $APP_PID)"
echo "Gatling's progress: tail -f $OUT/gatling.log"
set +e
.ci/with-jdk ./mvnw -B -q -f docs/bench/ui-users/pom.xml gatling:test \
  -Dbase="$BASE" -Dusers="$USERS" -Dramp="$RAMP" -Dduration="$DURATION" -Dthink="$THINK" \
  -Djourneys="$HERE/docs/bench/ui-users/journeys" >"$OUT/gatling.log" 2>&1
GATLING=$?
set -e
kill "$SAMPLER" 2>/dev/null || true; SAMPLER=""

REPORT="$(ls -td "$HERE"/docs/bench/ui-users/target/gatling/uiuserssimulation-*/ 2>/dev/null | head -n 1)"
[ -n "$REPORT" ] && [ "$REPORT/index.html" -nt "$OUT/cpu.txt" ] || { echo "no Gatling report; see $OUT/gatling.log"; exit 1; }
echo
echo "Pages (Gatling groups: a page's UI boot and UIDL round trips, server time, pauses excluded), from $REPORT:"
python3 "$HERE/docs/bench/ui-users/summary.py" "$REPORT" "$OUT/cpu.txt" "$(nproc)" | tee "$OUT/summary.txt"
grep -A3 -E "^Global:|ERROR|Exception" "$OUT/gatling.log" | head -20 || true
echo "Report: ${REPORT}index.html; Gatling exit code $GATLING (non-zero: 1% or more of the requests failed)"
exit "$GATLING"
