#!/usr/bin/env bash
# Builds everything and runs the test suite with CTest (benchmarks and long runs are left out; see README), beside a
# throwaway PostgreSQL server for the tests of the shared registry, which must not be skipped here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh"
cd "$root/build"
ASSET_REGISTRY_REQUIRE_POSTGRES=1 QT_QPA_PLATFORM=offscreen "$root/scripts/with-postgres.sh" ctest --output-on-failure --label-exclude 'bench|long' --parallel "$(nproc)" "$@"
