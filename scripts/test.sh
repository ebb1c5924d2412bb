#!/usr/bin/env bash
# Builds everything and runs the test suite with CTest (benchmarks and long runs are left out; see README).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh"
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --label-exclude 'bench|long' --parallel "$(nproc)" "$@"
