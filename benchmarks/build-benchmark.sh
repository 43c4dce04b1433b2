#!/usr/bin/env bash
# The build benchmark: what cookieledger adds to a javac build, against -proc:none and a floor
# processor that only reads the same annotations. Usage, from anywhere:
#
#   benchmarks/build-benchmark.sh [--files 2000] [--cookies 50,2000] [--runs 10] [--max-rounds 15] [--javac PATH]
#
# Builds the annotations, processor and benchmarks jars from this tree (Maven, profile
# -Pbenchmarks; nothing is installed), then generates each project under
# benchmarks/target/build-benchmark/ and compiles it. Needs Linux (/proc) and GNU time.
# Takes about 3 × (runs + 1) compiles per cookie count: run it on an otherwise idle machine;
# rounds in which other processes used the CPU are discarded and repeated.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ ! -x /usr/bin/time ]]; then
  echo "build-benchmark: /usr/bin/time (GNU time) is missing; install it, e.g. 'sudo apt-get install time'" >&2
  exit 1
fi

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "building the jars (mvn -Pbenchmarks package)…"
  mvn -B -q -Pbenchmarks -pl annotations,processor,benchmarks package \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi

version="0.1.0-SNAPSHOT"
exec java -cp benchmarks/target/benchmarks.jar \
  io.github.cookieledger.benchmarks.build.BuildBenchmark \
  --annotations "$root/annotations/target/cookieledger-annotations-$version.jar" \
  --processor "$root/processor/target/cookieledger-processor-$version.jar" \
  --floor "$root/benchmarks/target/cookieledger-benchmarks-$version-floor.jar" \
  --work "$root/benchmarks/target/build-benchmark" \
  "$@"
