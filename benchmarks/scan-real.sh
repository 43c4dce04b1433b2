#!/usr/bin/env bash
# The undeclared-cookie scan on real code: compiles the cookie-setting module of each project in
# benchmarks/scan-real/projects.tsv at the listed commit, with its real dependencies from Maven
# Central and cookieledger on -processorpath, and writes what the scan reported plus the CPU time
# of the scan against the whole javac task to benchmarks/results/scan-real/<name>-<label>.tsv.
# Not part of `mvn verify`. Usage, from anywhere:
#
#   REPOS=/path/to/clones benchmarks/scan-real.sh [label] [processor.jar annotations.jar]
#
# REPOS holds a git clone (bare is fine) of each project as <owner>+<name>, e.g.
# $REPOS/apache+shiro; nothing is fetched but the Maven dependencies. Without jars the processor
# and annotations are built from this tree (nothing is installed). The label names the results
# ("after" for this tree, "before" for a build of an earlier commit given as jars). ONLY=<name>
# runs one project.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
label="${1:-after}"
repos="${REPOS:?set REPOS to the folder of the projects git clones, see the header}"
work="$root/benchmarks/target/scan-real"
results="$root/benchmarks/results/scan-real"
mkdir -p "$work" "$results"

version="0.1.0-SNAPSHOT"
if [[ $# -ge 3 ]]; then
  processor="$2"
  annotations="$3"
else
  (cd "$root" && mvn -B -q -pl annotations,processor -am package -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
  processor="$root/processor/target/cookieledger-processor-$version.jar"
  annotations="$root/annotations/target/cookieledger-annotations-$version.jar"
fi

harness="$work/harness"
mkdir -p "$harness"
javac -d "$harness" \
  "$root/benchmarks/src/main/java/io/github/cookieledger/benchmarks/scan/RealCodeScan.java"

grep -v '^#' "$root/benchmarks/scan-real/projects.tsv" |
while IFS=$'\t' read -r name repository commit module description; do
  if [[ -n "${ONLY:-}" && "$ONLY" != "$name" ]]; then
    continue
  fi
  echo "== $name ($repository $commit, $module)"
  sources="$work/$name/src"
  if [[ ! -d "$sources" ]]; then
    mkdir -p "$work/$name/export"
    clone="$repos/$repository"
    [[ -d "$clone/repo" ]] && clone="$clone/repo" # a snapshot folder holding the git directory
    git --git-dir="$(git -C "$clone" rev-parse --absolute-git-dir)" archive "$commit" "$module" | tar -x -C "$work/$name/export"
    mv "$work/$name/export/$module" "$sources"
  fi
  classpath="$work/$name/classpath.txt"
  if [[ ! -s "$classpath" ]]; then
    mvn -B -q -f "$root/benchmarks/scan-real/$name/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$classpath"
  fi
  java ${JAVA_OPTS:-} -cp "$harness" io.github.cookieledger.benchmarks.scan.RealCodeScan \
    "$sources" "$classpath" "$processor:$annotations" "$results/$name-$label.tsv"
done
