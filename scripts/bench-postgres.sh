#!/usr/bin/env bash
# Runs the benchmarks of a shared registry (DESIGN.md §12, last row: the same open, search and import on PostgreSQL)
# beside a throwaway server of scripts/with-postgres.sh: bench_registry --server (open to first rows, search as you
# type, over a registry it generates there) and bench_import --server (a CSV file imported into a new shared registry,
# beside psql's \copy of the same file). The server keeps its durability settings (fsync on), as a real one does.
# scripts/bench.sh runs it through CTest (test bench_postgres); by hand, after a build:
#     scripts/bench-postgres.sh [--assets N] [--rows N] [--build DIR]
# Exits non-zero when a benchmark fails or breaks a "must" budget.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
assets=1000000
rows=100000
build="$root/build"
while [ $# -gt 0 ]; do
    case "$1" in
    --assets) assets="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    *)
        echo "usage: $0 [--assets N] [--rows N] [--build DIR]" >&2
        exit 2
        ;;
    esac
done

if [ -n "${ASSET_REGISTRY_TEST_POSTGRES_MISSING:-}" ]; then
    echo "bench-postgres: no server: $ASSET_REGISTRY_TEST_POSTGRES_MISSING" >&2
    exit 1
fi
if [ -z "${ASSET_REGISTRY_TEST_POSTGRES:-}" ]; then
    export ASSET_REGISTRY_POSTGRES_DURABLE=1
    exec "$root/scripts/with-postgres.sh" "$0" --assets "$assets" --rows "$rows" --build "$build"
fi

# The superuser's URL of with-postgres.sh names the database "postgres"; each benchmark gets a new one beside it.
database_url() {
    printf '%s' "${ASSET_REGISTRY_TEST_POSTGRES/\/postgres\?/\/$1?}"
}
for database in bench_registry bench_import; do
    psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$ASSET_REGISTRY_TEST_POSTGRES" \
        --command="CREATE DATABASE $database"
    psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$(database_url "$database")" \
        --command="CREATE EXTENSION pg_trgm"
done
echo "postgresql: $(psql --no-psqlrc --tuples-only --no-align --dbname="$ASSET_REGISTRY_TEST_POSTGRES" \
    --command='SHOW server_version'), shared_buffers $(psql --no-psqlrc --tuples-only --no-align \
    --dbname="$ASSET_REGISTRY_TEST_POSTGRES" --command='SHOW shared_buffers'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
echo "== bench_registry --server, $assets assets"
"$build/bench/bench_registry" --assets "$assets" --server "$(database_url bench_registry)" || status=1
echo "== bench_import --server, $rows rows"
"$build/bench/bench_import" --rows "$rows" --server "$(database_url bench_import)" || status=1
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
