#!/usr/bin/env bash
# Fails when a user-visible string has no Japanese translation: refreshes a copy of the Japanese catalogue from the
# current sources with lupdate and looks for unfinished or empty entries.
set -euo pipefail
root="$1"
lupdate="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/translations/asset-registry_ja.ts" "$work/ja.ts"
(cd "$root" && "$lupdate" -silent -no-obsolete -locations none core ui app -ts "$work/ja.ts")
status=0
unfinished=$(grep -c 'type="unfinished"' "$work/ja.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "$unfinished strings have no Japanese translation:"
    grep -B3 'type="unfinished"' "$work/ja.ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>//' | head -50
    status=1
fi
if ! cmp -s "$work/ja.ts" "$root/translations/asset-registry_ja.ts"; then
    echo "translations/asset-registry_ja.ts is out of date with the sources: run scripts/update-translations.sh"
    status=1
fi
if [ $status -eq 0 ]; then
    echo "Japanese translation complete: $(grep -c '<message' "$work/ja.ts") strings"
fi
exit $status
