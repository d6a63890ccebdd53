#!/usr/bin/env bash
# Places benchmark (issue 6), on the stress set, heap capped at 512 MB. Not a test: it prints figures to record in
# docs/performance.md.
#   (a) import of the full ONS Postcode Directory (2.72 million rows, .gz) through the API: target 60 s;
#       single postcode look-ups through the API under 10 clients (GET /api/v1/postcodes/{postcode});
#   (b) Residences.ofAll over every stress child's postcode and 200,000 directory postcodes: target 100,000/s;
#   (c) single Residences.of look-ups, in-process: target p95 5 ms.
# (b) and (c) run in-process (PlacesBenchmark, a main class under src/test/java) against the same database, after
# the app has stopped.
#
#   bench/places.sh          # needs ../shared/reference (or HEARTH_PLACES_REFERENCE_DIRECTORY), wrk and curl
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
DATA_DIR=${HEARTH_BENCH_DATA_DIR:-./data/stress}
REFERENCE=${HEARTH_PLACES_REFERENCE_DIRECTORY:-../shared/reference}
ONSPD=$(ls "$REFERENCE"/onspd*.csv.gz | head -1)
LOOKUP=$(ls "$REFERENCE"/ltla-to-utla*.csv | head -1)
WORK=$(mktemp -d)
source bench/lib.sh
trap 'stop_hearth; rm -rf "$WORK"' EXIT

require_tools
mvn -B -q -DskipTests package
start_hearth
sign_in demo-admin 1
admin=$(head -1 "$WORK/demo-admin.cookies")
token=$(csrf "$admin")
echo "Importing the authority lookup, then the full postcode directory through the API ($ONSPD)"
curl -s -H "Cookie: $admin" -H "X-CSRF-TOKEN: $token" -F "file=@$LOOKUP" "$BASE/api/v1/admin/local-authorities"; echo
for run in 1 2; do
  curl -s -o "$WORK/import.json" -w "RESULT import through the API, run $run: %{time_total} s, HTTP %{http_code}\n" \
    -H "Cookie: $admin" -H "X-CSRF-TOKEN: $token" -F "file=@$ONSPD" "$BASE/api/v1/admin/postcode-directory"
  head -c 300 "$WORK/import.json"; echo
done

sign_in demo-worker 10
write_lua
paths=$(zcat "$ONSPD" | awk -F, 'NR > 1 && NR % 27000 == 0 {gsub(/ /, "%20", $1); printf "/api/v1/postcodes/%s|", $1}')
DURATION=5s measure warm-up demo-worker 10 "$paths" > /dev/null
measure "postcode look-up API (10 clients)" demo-worker 10 "$paths"
heap_in_use
stop_hearth

echo "In-process: bulk and single resolution (PlacesBenchmark, -Xmx512m)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test > /dev/null
mvn -B -q test-compile
java -Xms512m -Xmx512m -XX:+UseG1GC -cp "target/classes:target/test-classes:$(cat "$WORK/cp.txt")" \
  org.hearth.places.bench.PlacesBenchmark "$DATA_DIR/postgres" | grep RESULT
