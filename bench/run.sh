#!/usr/bin/env bash
# Whole-server load benchmark (issue 3): caseload page, child search and child overview under 50 concurrent
# signed-in clients, on the stress set (about 30,000 children), with the application heap capped at 512 MB.
# Not a test: it prints figures to record in docs/performance.md.
#
#   bench/run.sh                 # builds Hearth, loads the stress set on first use (./data/stress), measures
#   DURATION=60s bench/run.sh    # longer runs
#   THINK_MS=1000 bench/run.sh   # each client pauses about a second (0.5-1.5 s) between pages, as people do
#
# Without THINK_MS each client asks for its next page the moment the last one arrives: a saturation test, where
# latency is mostly queueing behind the other 49 clients on 2 cores. With THINK_MS the 50 clients behave like 50
# very busy people, and latency is the time a page takes under that load.
#
# Needs wrk (Debian: apt-get install wrk) and curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-50}
THINK_MS=${THINK_MS:-0}
DURATION=${DURATION:-30s}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-}" 2>/dev/null || true; wait "${APP_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install curl" >&2; exit 1; }

JAR=$(ls target/hearth-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -B -q -DskipTests package
  JAR=$(ls target/hearth-*.jar | grep -v original | head -1)
fi

echo "Starting Hearth (-Xmx512m) on the stress set in $DATA_DIR (the first start loads it: about 30 s)"
HEARTH_DATA_DIR="$DATA_DIR/postgres" HEARTH_DEMO_SCALE=stress PORT=$PORT \
  java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
children=$(grep -o 'Loaded [0-9]* children in care and [0-9]* care leavers' "$WORK/app.log" || true)
echo "Ready. ${children:-Stress set already loaded.}"

# one session per client: sign in CLIENTS times as the given user
sign_in() { # user -> writes cookie lines to $WORK/$1.cookies
  : > "$WORK/$1.cookies"
  for i in $(seq 1 "$CLIENTS"); do
    jar="$WORK/jar"; rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$token" "$BASE/login"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar" >> "$WORK/$1.cookies"
  done
}
sign_in demo-worker
sign_in demo-head

# a child the worker may open, and names to search for (with typos, as people type them)
jar="$WORK/jar"; head -1 "$WORK/demo-worker.cookies" > /dev/null
child=$(curl -s -H "Cookie: $(head -1 "$WORK/demo-worker.cookies")" "$BASE/api/v1/children?size=1" \
  | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)

cat > "$WORK/sessions.lua" <<'LUA'
-- each connection uses its own signed-in session; p95 is printed, which wrk's own summary lacks
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do cookies[#cookies + 1] = line end
local paths = {}
for p in string.gmatch(os.getenv("PATHS"), "[^|]+") do paths[#paths + 1] = p end
local counter = 0
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
end
request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { Cookie = cookies[(counter % #cookies) + 1] })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

measure() { # label user paths
  local out
  out=$(COOKIES="$WORK/$2.cookies" PATHS="$3" THINK_MS="$THINK_MS" wrk -t2 -c"$CLIENTS" -d"$DURATION" --timeout 10s \
    -s "$WORK/sessions.lua" "$BASE" | grep RESULT)
  printf '%-34s %s\n' "$1" "${out#RESULT }"
}

echo "Warming up"
COOKIES="$WORK/demo-head.cookies" PATHS="/caseload|/children/search?q=olivia+smyth|/children/search?q=CB100200" \
  wrk -t2 -c"$CLIENTS" -d10s -s "$WORK/sessions.lua" "$BASE" > /dev/null
COOKIES="$WORK/demo-worker.cookies" PATHS="/caseload|/children/$child" \
  wrk -t2 -c"$CLIENTS" -d10s -s "$WORK/sessions.lua" "$BASE" > /dev/null

echo "Measuring: $CLIENTS clients, think time ${THINK_MS} ms, $DURATION each, heap capped at 512 MB"
measure "caseload (worker's own)" demo-worker "/caseload"
measure "caseload (head of service: all)" demo-head "/caseload"
measure "search by name, with typos" demo-head "/children/search?q=olivia+smyth|/children/search?q=mohamed+ali|/children/search?q=jak+wilsn"
measure "search by local ID" demo-head "/children/search?q=CB100200"
measure "child overview" demo-worker "/children/$child"

heap=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
max=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_max_bytes\{area="heap"/ && $NF > 0 {sum += $NF} END {printf "%.0f", sum / 1048576}')
echo "Heap in use after the run: ${heap} MB of ${max} MB allowed"
