#!/usr/bin/env bash
# Drift engine benchmark (issue 5), on the stress set (about 30,000 children with a year of generated visits,
# reviews, health and personal adviser contacts, some deliberately late), heap capped at 512 MB.
# Not a test: it prints figures to record in docs/performance.md.
#   - working out every child's due items (target 5 s on 2 cores), three runs;
#   - a team's due items page under 20 concurrent managers (target p95 150 ms).
#
#   bench/oversight.sh                 # builds Hearth, loads the stress set on first use (./data/stress)
#
# Needs wrk (Debian: apt-get install wrk) and curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
MANAGERS=${MANAGERS:-20}
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
echo "Working out every child's due items (POST /api/v1/admin/due-item-recalculations), three runs"
for run in 1 2 3; do
  curl -s -X POST -H "Cookie: $admin" -H "X-CSRF-TOKEN: $token" "$BASE/api/v1/admin/due-item-recalculations"
  echo
done

sign_in demo-manager "$MANAGERS"
write_lua
team=$(curl -s -H "Cookie: $(head -1 "$WORK/demo-manager.cookies")" "$BASE/oversight" \
  | grep -o 'href="/teams/[0-9a-f-]*/due-items"' | head -1 | cut -d/ -f3)
echo "Warming up"
DURATION=10s measure warm-up demo-manager "$MANAGERS" "/teams/$team/due-items" > /dev/null
echo "Measuring: $MANAGERS managers, no think time, $DURATION"
measure "team due items page" demo-manager "$MANAGERS" "/teams/$team/due-items"
measure "team due items API" demo-manager "$MANAGERS" "/api/v1/teams/$team/due-items"
heap_in_use
