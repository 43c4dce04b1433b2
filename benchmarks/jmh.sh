#!/usr/bin/env bash
# JMH benchmarks of the runtime API (find, setCookieHeader, Consent.parse). Usage, from anywhere:
#
#   benchmarks/jmh.sh                      # every benchmark, 2 forks × 5 × 1 s (about 6 minutes)
#   benchmarks/jmh.sh FindBenchmark -f 1   # any JMH options: a regex of benchmarks, -prof gc, …
#
# Builds the annotations and benchmarks jars from this tree (Maven, profile -Pbenchmarks; nothing
# is installed), then runs JMH. Results also go to benchmarks/target/jmh-result.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "building the jars (mvn -Pbenchmarks package)…"
  mvn -B -q -Pbenchmarks -pl annotations,processor,benchmarks package \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
exec java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"
