#!/usr/bin/env bash
# Where the compiling thread's CPU goes in one compile of a build-benchmark corpus, for -proc:none,
# the floor processor and cookieledger (see PhaseSplit's Javadoc). Run build-benchmark.sh first
# (it builds the jars and generates the corpus). Usage, from anywhere:
#
#   benchmarks/phase-split.sh [cookies=2000] [rounds=3] [result.tsv]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cookies="${1:-2000}"
rounds="${2:-3}"
result="${3:-$root/benchmarks/results/phase-split-$cookies.tsv}"
version="0.1.0-SNAPSHOT"
annotations="$root/annotations/target/cookieledger-annotations-$version.jar"
processor="$root/processor/target/cookieledger-processor-$version.jar"
floor="$root/benchmarks/target/cookieledger-benchmarks-$version-floor.jar"
sources="$root/benchmarks/target/build-benchmark/corpus-2000-$cookies/sources.txt"
if [[ ! -f "$sources" ]]; then
  echo "phase-split: no corpus at $sources; run benchmarks/build-benchmark.sh --cookies $cookies first" >&2
  exit 1
fi
harness="$root/benchmarks/target/phase-split"
mkdir -p "$harness"
javac -d "$harness" \
  "$root/benchmarks/src/main/java/io/github/cookieledger/benchmarks/build/PhaseSplit.java"
for round in $(seq 1 "$rounds"); do
  for variant in off floor cookieledger; do
    case "$variant" in
      off) path=none ;;
      floor) path="$floor:$annotations" ;;
      cookieledger) path="$processor:$annotations" ;;
    esac
    java -cp "$harness" io.github.cookieledger.benchmarks.build.PhaseSplit \
      "$sources" "$annotations" "$path" "$variant" "$result"
  done
done
