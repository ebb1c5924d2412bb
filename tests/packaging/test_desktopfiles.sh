#!/usr/bin/env bash
# The files that put the program on the desktop validate with the tools of the desktops: the desktop entry
# (desktop-file-validate), the AppStream metadata as built (appstreamcli validate, no network) and the file type
# (update-mime-database). The release in the Debian changelog and in the AppStream metadata is the project's version.
#   test_desktopfiles.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
source_dir="$1"
build_dir="$2"
version="$3"
packaging="$source_dir/packaging"
app_id=org.assetregistry.AssetRegistry
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps.sh installs it)"
done
[ "$failures" -eq 0 ] || exit 1

output="$(desktop-file-validate "$packaging/$app_id.desktop" 2>&1)" || fail "desktop-file-validate: $output"
[ -z "$output" ] || fail "desktop-file-validate has remarks: $output"
grep -qx 'Name\[ja\]=情報資産管理台帳' "$packaging/$app_id.desktop" || fail "no Japanese name in the desktop entry"
echo "desktop-file-validate $app_id.desktop: clean"

metainfo="$build_dir/packaging/$app_id.metainfo.xml"
output="$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1)" || fail "appstreamcli validate: $output"
grep -qE '^[EW]:' <<<"$output" && fail "appstreamcli validate reports errors or warnings: $output"
echo "appstreamcli validate: $(tail -n 1 <<<"$output")"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp "$packaging/asset-registry-mime.xml" "$scratch/mime/packages/asset-registry.xml"
[ -f /usr/share/mime/packages/freedesktop.org.xml ] && cp /usr/share/mime/packages/freedesktop.org.xml "$scratch/mime/packages/"
output="$(update-mime-database -V "$scratch/mime" 2>&1)" || fail "update-mime-database: $output"
grep -qi "warning\|error" <<<"$output" && fail "update-mime-database: $output"
grep -q "application/x-asset-registry" "$scratch/mime/types" || fail "the file type was not registered"
echo "update-mime-database: application/x-asset-registry registered"

top="$(head -n 1 "$packaging/changelog")"
[[ "$top" == "asset-registry ($version) "* ]] || fail "the Debian changelog starts with '$top', not version $version"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream metadata has no release $version"

[ "$failures" -eq 0 ] || exit 1
echo "desktop entry, AppStream metadata and file type valid; releases at $version"
