#!/usr/bin/env bash
# Proves the Debian package of scripts/package.sh as an administrator's workstation would get it: installs it with
# apt, runs the installed command line (--version, init, generate, the ledger as PDF) and the installed window on the
# offscreen platform with a fresh home folder (it must create its default registry), then purges the package and
# checks that nothing of it is left. Installs and removes a system package: for CI and test machines, as root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deb="$(ls "$root"/build/package/asset-registry_*.deb)"
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root: the package is installed and removed with apt-get"
export DEBIAN_FRONTEND=noninteractive
if dpkg-query -W -f='${Status}' asset-registry 2>/dev/null | grep -q "install ok installed"; then
    fail "asset-registry is already installed; remove it first"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
apt-get install -y -q "$deb" >"$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    fail "apt-get install $deb"
}
echo "installed $(basename "$deb")"
files="$(dpkg -L asset-registry)"

# A user who has never run the program; the installed programs only (/usr/bin), never the build folder's.
run_as_user() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 USER=checker QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR="$work/runtime" "$@"
}
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
cd "$work"

for program in /usr/bin/asset-registry /usr/bin/asset-registry-cli; do
    dynamic="$(readelf -d "$program")"
    if grep -E 'RPATH|RUNPATH' <<<"$dynamic"; then
        fail "$program has a run path"
    fi
done
run_as_user asset-registry-cli --version | tee "$work/version"
grep -q "Apache-2.0" "$work/version" || fail "--version does not state the licence"
run_as_user asset-registry-cli --database "$work/registry.sqlite" init
run_as_user asset-registry-cli --database "$work/registry.sqlite" generate --count 50
run_as_user asset-registry-cli --database "$work/registry.sqlite" --lang ja ledger --pdf "$work/ledger.pdf"
pdftotext "$work/ledger.pdf" "$work/ledger.txt"
grep -q "情報資産管理台帳" "$work/ledger.txt" || fail "the ledger PDF has no Japanese title"
echo "installed command line: init, generate --count 50, ledger --pdf: ok"

status=0
run_as_user timeout 5 asset-registry >"$work/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log" >&2; fail "the window ended with status $status before it was stopped"; }
default_registry="$work/home/.local/share/AssetRegistry/asset-registry/registry.sqlite"
[ -s "$default_registry" ] || fail "the window did not create its default registry $default_registry"
run_as_user asset-registry-cli info >"$work/info"
grep -qi "ipa" "$work/info" || fail "the default registry has not the IPA scheme: $(cat "$work/info")"
echo "installed window: ran 5 s offscreen, created ~/.local/share/AssetRegistry/asset-registry/registry.sqlite"

# The desktop found the entry, the icon and the file type (the triggers of desktop-file-utils, shared-mime-info).
[ -f /usr/share/mime/application/x-asset-registry.xml ] || fail "the file type was not registered"
if command -v man >/dev/null; then
    man -w asset-registry-cli >/dev/null || fail "man does not find asset-registry-cli(1)"
fi

cd /
apt-get purge -y -q asset-registry >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    fail "apt-get purge asset-registry"
}
left=()
while IFS= read -r path; do
    # Directories the package shares with others (/usr/share/applications …) stay; its own files must go.
    [ -e "$path" ] && [ ! -d "$path" ] && left+=("$path")
done <<<"$files"
[ -d /usr/share/doc/asset-registry ] && left+=(/usr/share/doc/asset-registry)
while IFS= read -r path; do
    left+=("$path")
done < <(find /usr /etc -name '*asset-registry*' -o -name '*AssetRegistry*' 2>/dev/null)
[ ${#left[@]} -eq 0 ] || fail "left after purging: ${left[*]}"
echo "purged: nothing of the package is left in /usr and /etc ($(wc -l <<<"$files") paths checked)"
