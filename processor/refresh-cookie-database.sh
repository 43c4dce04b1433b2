#!/bin/sh
# Replaces the Open Cookie Database shipped in the processor with a newer CSV of the project
# (open-cookie-database.csv, same columns), regenerates the index compilations read it through
# (open-cookie-database.index, KnownCookieIndex) and runs the tests that read them: every row must
# load, the index must answer as the CSV does, and a retention spelling the parser has not seen
# yet fails RetentionTest with the lines to review and add to
# processor/src/test/resources/known/retention-spellings.tsv.
#
#   processor/refresh-cookie-database.sh path/to/open-cookie-database.csv [commit]
set -eu
csv=${1:?usage: processor/refresh-cookie-database.sh path/to/open-cookie-database.csv [commit]}
commit=${2:-unknown}
root=$(cd "$(dirname "$0")/.." && pwd)
folder="$root/processor/src/main/resources/META-INF/cookieledger/open-cookie-database"
cp "$csv" "$folder/open-cookie-database.csv"
sha=$(sha256sum "$folder/open-cookie-database.csv" | cut -d' ' -f1)
sed -i "s/^Snapshot: .*/Snapshot: commit $commit, SHA-256 $sha/" "$folder/NOTICE"
cd "$root"
mvn -B -q -pl processor -am verify -Dcookieledger.updateGolden=true \
  -Dtest='KnownCookieIndexTest#theCommittedIndexIsGeneratedFromTheCommittedCsv' \
  -Dsurefire.failIfNoSpecifiedTests=false
mvn -B -q -pl processor -am verify \
  -Dtest='KnownCookieCsvTest,KnownCookieIndexTest,RetentionTest,KnownCookieRuleTest,CookieDraftTest' \
  -Dsurefire.failIfNoSpecifiedTests=false
echo "Refreshed: $(($(wc -l < "$folder/open-cookie-database.csv") - 1)) lines. Review git diff, commit."
