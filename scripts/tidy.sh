#!/usr/bin/env bash
# Runs clang-tidy with the checks of .clang-tidy over the project's sources in the compile database of build/
# (scripts/build.sh writes it and the generated headers the sources include), or over the files given:
#     scripts/tidy.sh                      # every source of the build, ~10 minutes on 2 cores
#     scripts/tidy.sh app/cli/*.cpp        # just these
# Exits 1 when a check fires. BUILD_DIR chooses another build folder (e.g. build-dev from the dev preset).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"

for tool in clang-tidy run-clang-tidy; do
    if ! command -v "$tool" >/dev/null; then
        echo "tidy: $tool is not installed (Debian: apt-get install clang-tidy)." >&2
        exit 1
    fi
done
if [ ! -f "$build/compile_commands.json" ]; then
    "$root/scripts/build.sh"
fi

files=()
if [ $# -gt 0 ]; then
    for file in "$@"; do
        files+=("$(realpath "$file")")
    done
else
    # Our sources only: not moc's output in the build folder.
    mapfile -t files < <(python3 - "$build/compile_commands.json" "$root" <<'PY'
import json, os, sys
database, root = sys.argv[1], os.path.realpath(sys.argv[2])
seen = set()
for entry in json.load(open(database)):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    if path.startswith(root + os.sep) and "_autogen" not in path and path not in seen:
        seen.add(path)
        print(path)
PY
)
fi

# run-clang-tidy takes regular expressions: anchor and escape each path.
patterns=()
for file in "${files[@]}"; do
    patterns+=("^$(printf '%s' "$file" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
done
# QSKIP("reason") passes no argument to the macro's "..."; GCC accepts that under -Wpedantic, clang warns.
run-clang-tidy -quiet -p "$build" -j "$(nproc)" -extra-arg=-Wno-gnu-zero-variadic-macro-arguments "${patterns[@]}"
