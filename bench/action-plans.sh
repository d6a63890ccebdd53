#!/usr/bin/env bash
# Managers' action plan view benchmark (issue 6), on the stress set (about 4,000 open action plans across 200 teams),
# heap capped at 512 MB. Not a test: it prints figures to record in docs/performance.md.
#   - /action-plans as the head of service: every team's counts;
#   - /action-plans as a team manager: their own teams' counts;
#   - one team's page with its plans (/teams/{id}/action-plans) as that team's manager.
#
#   bench/action-plans.sh                 # builds Hearth, loads the stress set on first use (./data/stress)
#
# Needs wrk (Debian: apt-get install wrk) and curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
USERS=${USERS:-10}
DURATION=${DURATION:-30s}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

require_tools
start_hearth
sign_in demo-head "$USERS"
sign_in demo-manager "$USERS"
write_lua
team=$(curl -s -H "Cookie: $(head -1 "$WORK/demo-manager.cookies")" "$BASE/action-plans" \
  | grep -o 'href="/teams/[^/]*/action-plans"' | head -1 | sed 's/href="//;s/"$//')
echo "Warming up"
DURATION=10s measure warm-up demo-head "$USERS" "/action-plans" > /dev/null
DURATION=10s measure warm-up demo-manager "$USERS" "/action-plans|$team" > /dev/null
echo "Measuring: $USERS sessions, no think time, $DURATION"
measure "every team's counts (head)" demo-head "$USERS" "/action-plans"
measure "own teams' counts (manager)" demo-manager "$USERS" "/action-plans"
measure "one team's plans (manager)" demo-manager "$USERS" "$team"
heap_in_use
