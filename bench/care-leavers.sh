#!/usr/bin/env bash
# Care leavers cohort benchmark (issue 6), on the stress set (about 30,000 children; the 16-25 cohort with generated
# leaving care records), heap capped at 512 MB. Not a test: it prints figures to record in docs/performance.md.
#   - rebuilding the whole cohort read model (POST /api/v1/admin/care-leavers-cohort-rebuilds), three runs;
#   - the cohort page (/care-leavers, 50 rows and the KPIs) as the head of service, who sees everyone, under 20
#     concurrent sessions (target p95 150 ms); filtered and sorted variants; the cohort API.
#
#   bench/care-leavers.sh                 # builds Hearth, loads the stress set on first use (./data/stress)
#
# Needs wrk (Debian: apt-get install wrk) and curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
USERS=${USERS:-20}
DURATION=${DURATION:-30s}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

require_tools
start_hearth
sign_in demo-admin 1
admin=$(head -1 "$WORK/demo-admin.cookies")
token=$(csrf "$admin")
echo "Rebuilding the cohort read model (POST /api/v1/admin/care-leavers-cohort-rebuilds), three runs"
for run in 1 2 3; do
  curl -s -X POST -H "Cookie: $admin" -H "X-CSRF-TOKEN: $token" "$BASE/api/v1/admin/care-leavers-cohort-rebuilds"
  echo
done

sign_in demo-head "$USERS"
sign_in demo-pa "$USERS"
write_lua
echo "Cohort size as the head of service sees it:"
curl -s -H "Cookie: $(head -1 "$WORK/demo-head.cookies")" "$BASE/api/v1/care-leavers?size=1" | grep -o '"total":[0-9]*'
echo "Warming up"
DURATION=10s measure warm-up demo-head "$USERS" "/care-leavers" > /dev/null
echo "Measuring: $USERS sessions, no think time, $DURATION"
measure "cohort page (head, all)" demo-head "$USERS" "/care-leavers"
measure "cohort page filtered + sorted" demo-head "$USERS" \
  "/care-leavers?rating=RED&sort=eet|/care-leavers?age=18-20&area=out|/care-leavers?sort=age&dir=desc&page=3"
measure "cohort page (personal adviser)" demo-pa "$USERS" "/care-leavers"
measure "cohort API (head, 50 rows)" demo-head "$USERS" "/api/v1/care-leavers?rating=RED&outOfArea=true"
heap_in_use
