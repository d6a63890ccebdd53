#!/usr/bin/env bash
# Chronology benchmark (issue 4), on the stress set (about 30,000 children) with the heap capped at 512 MB.
# Not a test: it prints figures to record in docs/performance.md.
#   - how long the stress set takes to load, and its chronologies to be built from the one event per batch;
#   - a child with 10,000 entries: first page of the chronology, p95 under 20 concurrent readers (target 100 ms);
#   - the court PDF of 2,000 of those entries (target 3 s);
#   - event-to-entry delay: a child record created through the API until its entry is listed (target p95 1 s).
#
#   bench/chronology.sh                     # builds Hearth, loads a fresh stress set into ./data/stress-chronology
#   KEEP_DATA=1 bench/chronology.sh         # reuse the data folder of the last run (skips the load figures)
#
# Needs wrk (Debian: apt-get install wrk) and curl 7.66+. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
READERS=${READERS:-20}
DURATION=${DURATION:-20s}
ENTRIES=${ENTRIES:-10000}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress-chronology}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-}" 2>/dev/null || true; wait "${APP_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install curl" >&2; exit 1; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }

JAR=$(ls target/hearth-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -B -q -DskipTests package
  JAR=$(ls target/hearth-*.jar | grep -v original | head -1)
fi
if [ -z "${KEEP_DATA:-}" ]; then
  rm -rf "$DATA_DIR"
fi

echo "Starting Hearth (-Xmx512m) on the stress set in $DATA_DIR"
HEARTH_DATA_DIR="$DATA_DIR/postgres" HEARTH_DEMO_SCALE=stress PORT=$PORT \
  java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
if [ -z "${KEEP_DATA:-}" ]; then
  grep -o 'Demo data loaded in [0-9.]* s' "$WORK/app.log" || true
  batches=$(grep -c 'Loaded demo children\|Chronology: .* loaded in bulk' "$WORK/app.log" || true)
  echo "Waiting for the chronologies of the loaded children (one event per batch of 2,000)"
  for _ in $(seq 1 600); do
    [ "$(grep -c 'Chronology: .* loaded in bulk' "$WORK/app.log" || true)" -ge 15 ] && break
    sleep 1
  done
  grep 'Chronology: .* loaded in bulk' "$WORK/app.log" | sed 's/.*Chronology: /  /'
  started=$(grep -m1 'Loading demo data' "$WORK/app.log" | cut -c1-23)
  finished=$(grep 'Chronology: .* loaded in bulk' "$WORK/app.log" | tail -1 | cut -c1-23)
  echo "Load started $started, last chronology batch done $finished"
fi

sign_in() { # user count -> cookie lines in $WORK/$1.cookies
  : > "$WORK/$1.cookies"
  for i in $(seq 1 "$2"); do
    jar="$WORK/jar"; rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$token" "$BASE/login"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar" >> "$WORK/$1.cookies"
  done
}
sign_in demo-worker "$READERS"
COOKIE=$(head -1 "$WORK/demo-worker.cookies")
child=$(curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/children?size=1" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)
csrf=$(curl -s -H "Cookie: $COOKIE" "$BASE/children/$child/chronology/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
existing=$(curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/children/$child/chronology?size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)

if [ "${existing:-0}" -lt "$ENTRIES" ]; then
  echo "Adding $ENTRIES entries to child $child through the API (every fifth a key event)"
  categories=(CARE_AND_PLACEMENT LEGAL HEALTH EDUCATION FAMILY_AND_RELATIONSHIPS SAFEGUARDING_AND_RISK MISSING MEETINGS_AND_REVIEWS DECISIONS LIFE_STORY ACHIEVEMENT OTHER)
  : > "$WORK/posts.cfg"
  for i in $(seq 1 "$ENTRIES"); do
    day=$(date -d "2008-01-01 + $((i % 6500)) days" +%F)
    sig=OTHER; [ $((i % 5)) -eq 0 ] && sig=KEY_EVENT
    cat >> "$WORK/posts.cfg" <<CFG
next
url = "$BASE/api/v1/children/$child/chronology"
header = "Content-Type: application/json"
header = "X-CSRF-TOKEN: $csrf"
header = "Cookie: $COOKIE"
data = "{\"eventDate\":\"$day\",\"category\":\"${categories[$((i % 12))]}\",\"significance\":\"$sig\",\"title\":\"Benchmark entry $i\",\"description\":\"A description of the event of a typical length for a chronology entry, saying what happened and who was there.\",\"source\":\"Social worker's visit record\",\"actionTaken\":\"None\",\"impact\":\"Some analysis of the impact on the child.\"}"
output = "/dev/null"
write-out = "%{http_code}\\n"
CFG
  done
  t0=$(ms)
  curl -s --no-progress-meter -Z --parallel-max 4 -K "$WORK/posts.cfg" | sort | uniq -c
  echo "  $ENTRIES entries added in $(( ($(ms) - t0) / 1000 )) s"
fi

cat > "$WORK/sessions.lua" <<'LUA'
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do cookies[#cookies + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", os.getenv("PATH_TO_GET"), { Cookie = cookies[(counter % #cookies) + 1] })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
measure() { # label path
  local out
  out=$(COOKIES="$WORK/demo-worker.cookies" PATH_TO_GET="$2" wrk -t2 -c"$READERS" -d"$DURATION" --timeout 10s \
    -s "$WORK/sessions.lua" "$BASE" | grep RESULT)
  printf '%-40s %s\n' "$1" "${out#RESULT }"
}
echo "Warming up"
COOKIES="$WORK/demo-worker.cookies" PATH_TO_GET="/children/$child/chronology" wrk -t2 -c"$READERS" -d10s \
  -s "$WORK/sessions.lua" "$BASE" > /dev/null
echo "Measuring: $READERS concurrent readers, $DURATION each, no think time"
measure "chronology page, first page (25)" "/children/$child/chronology"
measure "chronology API, first page (50)" "/api/v1/children/$child/chronology"
measure "chronology page, key events only" "/children/$child/chronology?keyEventsOnly=true"
measure "chronology page, text search" "/children/$child/chronology?q=entry+4321"

echo "Court PDF of the key events (every fifth entry: $((ENTRIES / 5)))"
for run in 1 2 3; do
  curl -s -o "$WORK/court.pdf" -H "Cookie: $COOKIE" \
    -w "  run $run: %{http_code}, %{size_download} bytes in %{time_total} s\n" \
    "$BASE/api/v1/children/$child/chronology/export?format=pdf&variant=court&entries=key"
done

echo "Event-to-entry delay: create a child record, poll its chronology until the entry is listed (50 times)"
record=$(curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/children/$child")
team=$(echo "$record" | grep -o '"responsibleTeamId":"[^"]*"' | cut -d'"' -f4)
worker=$(echo "$record" | grep -o '"allocatedWorkerId":"[^"]*"' | cut -d'"' -f4)
: > "$WORK/delays"
for i in $(seq 1 50); do
  body="{\"localChildId\":\"BENCH$RANDOM$i\",\"firstName\":\"Bench\",\"lastName\":\"Child\",\"dateOfBirth\":\"2015-01-0$(( i % 9 + 1 ))\",\"sex\":\"F\",\"ethnicity\":\"WBRI\",\"uasc\":false,\"responsibleTeamId\":\"$team\",\"allocatedWorkerId\":\"$worker\"}"
  created=$(curl -s -H "Cookie: $COOKIE" -H "X-CSRF-TOKEN: $csrf" -H "Content-Type: application/json" -d "$body" "$BASE/api/v1/children")
  t0=$(ms)
  id=$(echo "$created" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)
  [ -n "$id" ] || { echo "create failed: $created" >&2; break; }
  until curl -s -H "Cookie: $COOKIE" "$BASE/api/v1/children/$id/chronology?size=1" | grep -q '"totalItems":1'; do :; done
  echo $(( $(ms) - t0 )) >> "$WORK/delays"
done
sort -n "$WORK/delays" | awk '{a[NR]=$1} END {printf "  n=%d p50=%d ms p95=%d ms max=%d ms (includes one poll request, about 10-20 ms)\n", NR, a[int(NR*0.5)], a[int(NR*0.95)], a[NR]}'

heap=$(curl -s "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
echo "Heap in use after the run: ${heap} MB of 512 MB"
