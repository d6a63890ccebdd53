#!/usr/bin/env bash
# Shared by the benchmark scripts: start Hearth on the stress set, sign in sessions, drive pages with wrk.
# Source it after setting PORT, DATA_DIR and WORK.

BASE="http://127.0.0.1:${PORT}"

require_tools() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  command -v curl >/dev/null || { echo "curl is missing: apt-get install curl" >&2; exit 1; }
}

# Builds the jar if there is none, starts Hearth with a 512 MB heap on the stress set, waits until it is ready.
start_hearth() {
  JAR=$(ls target/hearth-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    mvn -B -q -DskipTests package
    JAR=$(ls target/hearth-*.jar | grep -v original | head -1)
  fi
  echo "Starting Hearth (-Xmx512m) on the stress set in $DATA_DIR (the first start loads it: about a minute)"
  HEARTH_DATA_DIR="$DATA_DIR/postgres" HEARTH_DEMO_SCALE=stress PORT=$PORT \
    java -Xms512m -Xmx512m -XX:+UseG1GC ${JAVA_EXTRA:-} -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "Hearth did not become ready" >&2
  exit 1
}

stop_hearth() {
  kill "${APP_PID:-}" 2>/dev/null || true
  wait "${APP_PID:-}" 2>/dev/null || true
}

# sign_in USER COUNT: COUNT sessions for USER (password "demo"), one cookie line each, in $WORK/USER.cookies
sign_in() {
  : > "$WORK/$1.cookies"
  for _ in $(seq 1 "$2"); do
    local jar="$WORK/jar" token
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$token" "$BASE/login"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar" >> "$WORK/$1.cookies"
  done
}

# csrf COOKIE: a CSRF token for that session, read from a page, for JSON writes (X-CSRF-TOKEN)
csrf() {
  curl -s -H "Cookie: $1" "$BASE/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

# wrk script: each connection uses its own session; optional think time; prints p50/p95/p99
write_lua() {
  cat > "$WORK/sessions.lua" <<'LUA'
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
}

# measure LABEL USER CLIENTS PATHS (|-separated): wrk with CLIENTS connections for $DURATION
measure() {
  local out
  out=$(COOKIES="$WORK/$2.cookies" PATHS="$4" THINK_MS="${THINK_MS:-0}" wrk -t2 -c"$3" -d"$DURATION" --timeout 10s \
    -s "$WORK/sessions.lua" "$BASE" | grep RESULT)
  printf '%-34s %s\n' "$1" "${out#RESULT }"
}

heap_in_use() {
  local heap max
  heap=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
  max=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_max_bytes\{area="heap"/ && $NF > 0 {sum += $NF} END {printf "%.0f", sum / 1048576}')
  echo "Heap in use after the run: ${heap} MB of ${max} MB allowed"
}
