#!/usr/bin/env bash
# Builds core, its unit tests and the fuzz targets with clang, AddressSanitizer, UndefinedBehaviorSanitizer and
# libFuzzer's instrumentation into build-fuzz/ (no widgets: they handle no file from outside and would double the
# time), then runs the unit tests and a short run of every fuzz target (the reproducers, the seeds, 10 s each).
# Any sanitizer report fails the test that caused it. Arguments go to ctest: `scripts/test-sanitizers.sh -L fuzz`
# fuzzes each target for 60 s instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh" clang libclang-rt-14-dev
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
sanitizers="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" "-DCMAKE_CXX_FLAGS=$sanitizers" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
    -DASSET_REGISTRY_CORE_ONLY=ON -DASSET_REGISTRY_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$root/build-fuzz" --parallel "$(nproc)"
cd "$root/build-fuzz"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The server copies of the suites (label postgres) run in scripts/test.sh beside their server; here the file registry.
if [ $# -eq 0 ]; then
    set -- --label-exclude 'bench|long|fuzz|postgres'
fi
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
