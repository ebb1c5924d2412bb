#!/usr/bin/env bash
# The installed program needs nothing from the source or build folder: `cmake --install` into a temporary prefix,
# then, with both folders hidden (an empty file system mounted over them in a private mount namespace), run the
# installed command line (--version, init, generate, the ledger as PDF in Japanese) and the installed window on the
# offscreen platform, which must create its default registry and keep running.
#   test_install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir="$(cd "$1" && pwd)"
build_dir="$(cd "$2" && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build_dir" --prefix "$prefix" --strip >"$work/install.log" || {
    cat "$work/install.log" >&2
    fail "cmake --install failed"
}

expected=(
    bin/asset-registry
    bin/asset-registry-cli
    share/applications/org.assetregistry.AssetRegistry.desktop
    share/metainfo/org.assetregistry.AssetRegistry.metainfo.xml
    share/mime/packages/asset-registry.xml
    share/icons/hicolor/scalable/apps/asset-registry.svg
    share/man/man1/asset-registry.1.gz
    share/man/man1/asset-registry-cli.1.gz
    share/bash-completion/completions/asset-registry-cli
    share/doc/asset-registry/copyright
    share/doc/asset-registry/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/asset-registry.png")
done
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || fail "$file was not installed"
done
echo "installed: ${#expected[@]} files"

# The desktop entry points at what was installed: its program, its icon, its file type; the AppStream metadata at it.
desktop="$prefix/share/applications/org.assetregistry.AssetRegistry.desktop"
exec_program="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
[ -x "$prefix/bin/$exec_program" ] || fail "the desktop entry starts '$exec_program', which was not installed"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -s "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the desktop entry's icon '$icon' was not installed"
mime_type="$(sed -n 's/^MimeType=\([^;]*\);$/\1/p' "$desktop")"
grep -q "<mime-type type=\"$mime_type\">" "$prefix/share/mime/packages/asset-registry.xml" ||
    fail "the desktop entry's file type '$mime_type' is not the installed one"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" \
    "$prefix/share/metainfo/org.assetregistry.AssetRegistry.metainfo.xml" ||
    fail "the AppStream metadata does not launch the installed desktop entry"

# No installed file names the source or the build folder (a path compiled in, a run path, a page pointing back).
if grep -rlF -e "$source_dir" -e "$build_dir" "$prefix"; then
    fail "installed files refer to the source or build folder"
fi

# The checks that run with the folders hidden.
cat >"$work/run-installed.sh" <<'EOF'
set -euo pipefail
prefix="$1"
work="$2"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=''
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"
cli="$prefix/bin/asset-registry-cli"
gui="$prefix/bin/asset-registry"

version="$("$cli" --version)"
echo "$version"
grep -q "Apache-2.0" <<<"$version" || fail "--version does not state the licence"
gui_version="$("$gui" --version)"
grep -q "Apache-2.0" <<<"$gui_version" || fail "the window's --version does not state the licence"

"$cli" --database "$work/registry.sqlite" init >/dev/null || fail "init"
"$cli" --database "$work/registry.sqlite" generate --count 50 >/dev/null || fail "generate --count 50"
info="$("$cli" --database "$work/registry.sqlite" info)"
grep -qE "^Assets +50$" <<<"$info" || fail "info does not count 50 assets: $info"
# Japanese from the embedded catalogue, rendered with the installed fonts into a searchable PDF.
"$cli" --database "$work/registry.sqlite" --lang ja ledger --pdf "$work/ledger.pdf" || fail "ledger --pdf"
head -c 5 "$work/ledger.pdf" | grep -q "%PDF-" || fail "ledger.pdf is not a PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/ledger.pdf" "$work/ledger.txt"
    grep -q "情報資産管理台帳" "$work/ledger.txt" || fail "the ledger has no Japanese title"
fi
echo "command line: init, generate --count 50, ledger --pdf: ok"

# Qt's own strings in Japanese (qtbase_ja.qm from Qt's translations folder): the usage line of the window's help.
japanese_help="$(LC_ALL=ja_JP.UTF-8 LANG=ja_JP.UTF-8 "$gui" --help 2>/dev/null)"
grep -q "^使い方: " <<<"$japanese_help" || fail "the window's help is not in Japanese: Qt's translations were not found"

# The window on a registry file given as the desktop entry gives it (Exec=asset-registry %f): it opens that one.
cp "$work/registry.sqlite" "$work/given.sqlite"
status=0
timeout 3 "$gui" "$work/given.sqlite" >"$work/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the window on a file ended with status $status"; }
grep -q "given.sqlite" "$XDG_CONFIG_HOME/AssetRegistry/asset-registry.conf" ||
    fail "the window did not open the registry file it was given"
[ ! -e "$XDG_DATA_HOME/AssetRegistry/asset-registry/registry.sqlite" ] ||
    fail "the window given a file created the default registry instead"
echo "window: opened the file it was given: ok"

# The window on its default registry, for a few seconds; it must still be running when stopped.
status=0
timeout 4 "$gui" >"$work/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the window ended with status $status before it was stopped"; }
[ -s "$XDG_DATA_HOME/AssetRegistry/asset-registry/registry.sqlite" ] || fail "the default registry was not created"
head -c 16 "$XDG_DATA_HOME/AssetRegistry/asset-registry/registry.sqlite" | grep -q "SQLite format 3" ||
    fail "the default registry is not an SQLite file"
info="$("$cli" info)"
grep -q "registry.sqlite" <<<"$info" || fail "the command line does not find the window's default registry: $info"
echo "window: started offscreen, default registry created: ok"
EOF

# Hide the folders when this system lets an unprivileged mount namespace be made; otherwise the checks above (no
# installed file names them) are what proves it, and this says so.
if unshare --mount --map-root-user true 2>/dev/null; then
    hide="mount -t tmpfs none '$source_dir'"
    case "$build_dir" in
    "$source_dir"/*) ;;
    *) hide="$hide && mount -t tmpfs none '$build_dir'" ;;
    esac
    unshare --mount --map-root-user bash -c "$hide && [ ! -e '$build_dir/CMakeCache.txt' ] && bash '$work/run-installed.sh' '$prefix' '$work'"
    echo "ran with $source_dir and $build_dir hidden"
else
    echo "note: no mount namespace here; ran with the folders in place" >&2
    bash "$work/run-installed.sh" "$prefix" "$work"
fi
