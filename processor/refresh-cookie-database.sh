#!/bin/sh
# Replaces the Open Cookie Database shipped in the processor with a newer CSV of the project
# (open-cookie-database.csv, same columns) and runs the tests that read it: every row must load,
# and a retention spelling the parser has not seen yet fails RetentionTest with the lines to
# review and add to processor/src/test/resources/known/retention-spellings.tsv.
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
mvn -B -q -pl processor -am verify \
  -Dtest='KnownCookieCsvTest,RetentionTest,KnownCookieRuleTest' -Dsurefire.failIfNoSpecifiedTests=false
echo "Refreshed: $(($(wc -l < "$folder/open-cookie-database.csv") - 1)) lines. Review git diff, commit."
