#!/usr/bin/env bash
# Configures and builds everything into build/ (installing missing packages first).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
launcher=()
if command -v ccache >/dev/null; then
    # Optional: a developer's ccache makes rebuilds in several checkouts cheap; CI and packagers build without it.
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$root/build" --parallel "$(nproc)"
