#!/usr/bin/env bash
# 903 return from Hearth's records (issue 8), on the stress set (about 30,000 children), heap capped at 512 MB.
# Not a test: it prints figures to record in docs/performance.md.
#   - exporting the year's return as the DfE's CSV set (GET /api/v1/returns/903/export?year=2027&format=csv-zip),
#     three runs, as a performance officer (every child access-logged as an export);
#   - validating Hearth's own data for the year (GET /api/v1/returns/903/validation?year=2027: this year's and last
#     year's exports, then the rules), three runs.
#
#   bench/returns.sh                 # builds Hearth, loads the stress set on first use (./data/stress)
#
# Needs curl. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
YEAR=${YEAR:-2027}
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

command -v curl >/dev/null || { echo "curl is missing: apt-get install curl" >&2; exit 1; }
start_hearth
sign_in demo-performance 1
officer=$(head -1 "$WORK/demo-performance.cookies")
echo "Exporting the $YEAR return (csv-zip), three runs"
for run in 1 2 3; do
  curl -s -o "$WORK/return.zip" -w "export: HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n" \
    -H "Cookie: $officer" "$BASE/api/v1/returns/903/export?year=$YEAR&format=csv-zip"
done
unzip -l "$WORK/return.zip" 2>/dev/null | tail -n +1 || true
echo "Validating Hearth's own data for $YEAR, three runs"
for run in 1 2 3; do
  curl -s -o "$WORK/validation.json" -w "validation: HTTP %{http_code}, %{time_total} s\n" \
    -H "Cookie: $officer" "$BASE/api/v1/returns/903/validation?year=$YEAR"
done
head -c 400 "$WORK/validation.json"; echo
