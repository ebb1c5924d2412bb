#!/usr/bin/env bash
# run_fuzzer.sh FUZZER SECONDS WORKDIR PREFIX MAX_LEN SEED_DIR...
# Replays the reproducers tests/data/regressions/PREFIX-* and every seed, then fuzzes for SECONDS with inputs of at
# most MAX_LEN bytes (0: the largest seed; larger reproducers are tested whole by tests/io). New inputs go to
# WORKDIR/corpus; an input that crashes, hangs or leaks is kept in WORKDIR (add it to tests/data/regressions when
# it is fixed). The final statistics (number of executions) are printed.
set -euo pipefail
fuzzer=$1
seconds=$2
work=$3
prefix=$4
max_len=$5
shift 5
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work/corpus"
cp -f "$here/../data/regressions/$prefix"-* "$work/corpus/" 2>/dev/null || true
seeds=()
for dir in "$@"; do
    if [ -d "$dir" ]; then
        seeds+=("$dir")
    fi
done
length=()
if [ "$max_len" != 0 ]; then
    length=(-max_len="$max_len")
fi
exec "$fuzzer" -max_total_time="$seconds" "${length[@]}" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "${seeds[@]}"
