#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. Run after changing user-visible strings, then translate every new
# entry in the Japanese file (tests/translations fails while any entry is unfinished).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
cd "$root"
"$lupdate" -silent -no-obsolete -locations none core ui app -ts translations/asset-registry_ja.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly core ui app -ts translations/asset-registry_en.ts
