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
DURATION=${DURATION:-30s}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

require_tools
start_hearth
sign_in demo-worker "$CLIENTS"
sign_in demo-head "$CLIENTS"
write_lua

# a child the worker may open
child=$(curl -s -H "Cookie: $(head -1 "$WORK/demo-worker.cookies")" "$BASE/api/v1/children?size=1" \
  | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)

echo "Warming up"
DURATION=10s THINK_MS=0 measure warm-up demo-head "$CLIENTS" \
  "/caseload|/children/search?q=olivia+smyth|/children/search?q=CB100200" > /dev/null
DURATION=10s THINK_MS=0 measure warm-up demo-worker "$CLIENTS" "/caseload|/children/$child" > /dev/null

echo "Measuring: $CLIENTS clients, think time ${THINK_MS:-0} ms, $DURATION each, heap capped at 512 MB"
measure "caseload (worker's own)" demo-worker "$CLIENTS" "/caseload"
measure "caseload (head of service: all)" demo-head "$CLIENTS" "/caseload"
measure "search by name, with typos" demo-head "$CLIENTS" \
  "/children/search?q=olivia+smyth|/children/search?q=mohamed+ali|/children/search?q=jak+wilsn"
measure "search by local ID" demo-head "$CLIENTS" "/children/search?q=CB100200"
measure "child overview" demo-worker "$CLIENTS" "/children/$child"
heap_in_use
