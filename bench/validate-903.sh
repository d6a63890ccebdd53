#!/usr/bin/env bash
# Validation benchmark (issue 8): a generated return of about 1,000 children, and of 50,000 children (about 85,000
# episodes) with last year's, validated with every rule on this machine's cores with a 2 GB heap.
# Targets: 1,000 children <= 1 s; 50,000 with last year's <= 15 s, heap <= 2 GB.
# Also times the command line (validate-903) end to end, JVM start included.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-target/bench-903}
mkdir -p "$WORK"
mvn -B -q -DskipTests package
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JAR=$(ls target/hearth-*.jar | grep -v original | head -1)
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"

for n in 1000 50000; do
  [ -d "$WORK/$n/current" ] || java -jar "$JAR" generate-903 "$WORK/$n" --children "$n" --year 2027 --errors 0.02 --seed 1
done

echo "== 1,000 children, with last year's, 10 runs in one JVM"
java -Xmx2g -XX:+UseG1GC -cp "$CP" org.hearth.returns.bench.ValidationBenchmark "$WORK/1000/current" "$WORK/1000/previous" 2027 10
echo "== 50,000 children, with last year's, 5 runs in one JVM"
java -Xmx2g -XX:+UseG1GC -cp "$CP" org.hearth.returns.bench.ValidationBenchmark "$WORK/50000/current" "$WORK/50000/previous" 2027 5

for n in 1000 50000; do
  echo "== command line, $n children with last year's (JVM start, reading and writing included)"
  # exit status 1 means findings were written, which a return with deliberate mistakes has
  /usr/bin/time -f "wall %e s, max resident %M KB" java -Xmx2g -jar "$JAR" validate-903 "$WORK/$n/current" \
    --year 2027 --previous "$WORK/$n/previous" --out "$WORK/$n-issues.csv" || [ $? -eq 1 ]
done

# Optional: the same command line with the derived placement fields (--postcodes, --la-lookup) from the real ONS
# Postcode Directory (2.7 million lines), when the reference data is beside the project; never committed.
REFERENCE=${REFERENCE:-../shared/reference}
if [ -f "$REFERENCE/onspd-2025-11-postcodes.csv.gz" ]; then
  for n in 1000 50000; do
    echo "== command line with --postcodes, $n children with last year's"
    /usr/bin/time -f "wall %e s, max resident %M KB" java -Xmx2g -jar "$JAR" validate-903 "$WORK/$n/current" \
      --year 2027 --previous "$WORK/$n/previous" --out "$WORK/$n-issues-postcodes.csv" --la E06000056 \
      --postcodes "$REFERENCE/onspd-2025-11-postcodes.csv.gz" --la-lookup "$REFERENCE/ltla-to-utla-2021-04.csv" \
      || [ $? -eq 1 ]
  done
fi
