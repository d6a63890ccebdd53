#!/usr/bin/env bash
# 903 return import benchmark (issue 8), on the stress set, heap capped at 512 MB. Not a test: it prints figures to
# record in docs/performance.md.
#   - copies the stress set (./data/stress, loaded on first use) so the import leaves it as it was;
#   - generates a 2025-26 return without deliberate mistakes with generate-903 (CHILDREN children, default 50,000:
#     about 85,000 episodes; every table), its children new to Hearth (ids B<time>N);
#   - imports it through the API (POST /api/v1/returns/903/imports) and polls the status: target 2 minutes;
#   - imports the same return again: every child unchanged, nothing written.
# The figure is the import's own time (started to finished, from its status), and the wall time from upload to done.
#
#   bench/import-903.sh          # builds Hearth, loads the stress set on first use (./data/stress)
#
# Needs curl (and wrk for lib.sh's check). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
CHILDREN=${CHILDREN:-50000}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

require_tools
mvn -B -q -DskipTests package
JAR=$(ls target/hearth-*.jar | grep -v original | head -1)
# a 2025-26 return without deliberate mistakes, its children new to Hearth on every run
java -jar "$JAR" generate-903 "$WORK/generated" --children "$CHILDREN" --year 2026 --errors 0 --seed 903 \
  --id-prefix "B$(date +%s | tail -c 7)"
mv "$WORK/generated/current" "$WORK/return"
# import into a copy of the stress set, so other benchmarks on it keep seeing the set as generated
if [ ! -d "$DATA_DIR/postgres" ]; then
  start_hearth
  stop_hearth
fi
mkdir -p "$WORK/stress"
cp -a "$DATA_DIR/postgres" "$WORK/stress/postgres"
DATA_DIR="$WORK/stress"
start_hearth
sign_in demo-performance 1
officer=$(head -1 "$WORK/demo-performance.cookies")
token=$(curl -s -H "Cookie: $officer" "$BASE/returns/903/imports" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"$//')
files=()
for f in "$WORK"/return/*.csv; do files+=(-F "files=@$f"); done

for run in 1 2; do
  started=$(date +%s.%N)
  location=$(curl -s -D - -o /dev/null -H "Cookie: $officer" -H "X-CSRF-TOKEN: $token" "${files[@]}" -F year=2026 \
    "$BASE/api/v1/returns/903/imports" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  [ -n "$location" ] || { echo "The upload was not accepted" >&2; exit 1; }
  while true; do
    body=$(curl -s -H "Cookie: $officer" "$BASE$location")
    status=$(echo "$body" | grep -o '"status":"[A-Z]*"' | head -1 | cut -d'"' -f4)
    case "$status" in DONE|REFUSED|FAILED) break ;; esac
    sleep 1
  done
  ended=$(date +%s.%N)
  printf "%s\n" "${body:0:1500}"
  echo "$body" | python3 -c '
import json, sys
from datetime import datetime
s = json.load(sys.stdin)
t = lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))
print("RESULT import run '"$run"': status %s, %.1f s running (started to finished), children %s" % (
    s["status"], (t(s["finishedAt"]) - t(s["startedAt"])).total_seconds(), s["children"]))'
  echo "RESULT import run $run: $(echo "$ended - $started" | bc) s wall time from upload to done"
done
grep -h 'Return import\|Chronology:' "$WORK/app.log" | tail -6 || true
heap_in_use
uptime
