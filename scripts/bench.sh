#!/usr/bin/env bash
# Runs every benchmark of DESIGN.md §12 (CTest label "bench") from build/ and prints their figures. Each benchmark
# checks that its result is correct, prints the ratio to the reference it measures in the same run (the sqlite3
# shell's .import, a raw FTS5 query, sha256sum over the same bytes, LibreOffice's CSV → PDF where installed) and fails
# when a "must" budget is broken. Extra arguments go to ctest, e.g. scripts/bench.sh -R bench_import.
# The 1,000,000-asset registry is generated once into build/bench/data and reused by later runs. bench_postgres takes
# the same open, search and import figures on a shared registry beside a throwaway PostgreSQL server
# (scripts/bench-postgres.sh; its registry is generated anew each run); -E bench_postgres leaves it out.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$root/build" ]; then
    "$root/scripts/build.sh"
fi
targets=(bench_registry bench_import bench_gaps bench_ledger bench_mainwindow bench_audit bench_backup bench_risk)
cmake --build "$root/build" --parallel 2 --target "${targets[@]}"
echo "machine: $(uname -srm); $(nproc) processors; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "sqlite3: $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo 'not installed')"
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --label-regex bench --verbose "$@"
