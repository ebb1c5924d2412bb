#!/usr/bin/env bash
# Retakes the screenshots of the user guide (resources/guide/images/LANG/) from the application's windows under Xvfb,
# on a registry of sample assets, in both languages, and a page of the printed ledger; the tool scales them to 640 px
# and stores them as 8-bit PNG (each must stay under 150 KB: tests/gui/tst_userguide.cpp). Needs Xvfb and
# poppler-utils, and a build (scripts/build.sh); builds the guide-screenshots tool.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
cmake --build "$build" --target guide-screenshots asset-registry-cli
work="$(mktemp -d)"
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
display=":$((50 + RANDOM % 40))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
# The history names the user who made the sample registry.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" USER=kanrisha LOGNAME=kanrisha
# The windows show the registry's file name: a relative one, so that no folder of this machine is in the pictures.
cd "$work"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli="$build/app/asset-registry-cli"
tool="$build/tests/gui/guide-screenshots"
"$cli" --database registry.sqlite --lang ja init --organisation "サンプル市 デジタル推進課" >/dev/null
"$cli" --database registry.sqlite generate --count 30 --seed 4 >/dev/null
for lang in en ja; do
    out="$root/resources/guide/images/$lang"
    mkdir -p "$out"
    DISPLAY="$display" "$tool" registry.sqlite "$out" "$lang"
    QT_QPA_PLATFORM=offscreen "$cli" --database registry.sqlite --lang "$lang" ledger \
        --pdf "$work/ledger-$lang.pdf" >/dev/null 2>&1
    pdftoppm -f 1 -l 1 -r 120 -png -singlefile "$work/ledger-$lang.pdf" "$work/ledger-page-$lang"
    QT_QPA_PLATFORM=offscreen "$tool" --shrink "$work/ledger-page-$lang.png" "$out/ledger-page.png"
done
ls -l "$root"/resources/guide/images/*/
