#!/usr/bin/env bash
# Checks that every tracked C++ file is formatted as .clang-format says, without changing any: prints each place that
# differs and exits 1 (fix with `clang-format -i FILE…`). Cheap, so CI runs it before the build (.ci/run).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if ! command -v clang-format >/dev/null; then
    "$root/scripts/install-deps.sh" clang-format
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app core ui tests bench -name '*.cpp' -o -name '*.h' | sort)
fi

# The tree is formatted with Debian 12's clang-format (14); another version may disagree on a few lines.
if ! clang-format --dry-run -Werror "${files[@]}"; then
    echo "check-format: files above are not formatted ($(clang-format --version)); run clang-format -i on them." >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted."
