#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server (Debian's postgresql package): a new cluster in a temporary
# folder, run by an unprivileged user, listening only on a Unix socket in that folder, stopped and removed again when
# the command ends, whatever the outcome. The command finds the server in ASSET_REGISTRY_TEST_POSTGRES, a URL of the
# cluster's superuser; when no server can be started it finds the reason in ASSET_REGISTRY_TEST_POSTGRES_MISSING
# instead, and the tests that need the server report it (as a skip, or as a failure when
# ASSET_REGISTRY_REQUIRE_POSTGRES=1).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS…]" >&2
    exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir="$candidate"
        break
    fi
done
if [ -z "$bindir" ]; then
    reason="no PostgreSQL server is installed (the Debian package postgresql; scripts/install-deps.sh installs it)"
    echo "with-postgres: $reason" >&2
    export ASSET_REGISTRY_TEST_POSTGRES_MISSING="$reason"
    unset ASSET_REGISTRY_TEST_POSTGRES
    exec "$@"
fi

# The server refuses to run as root: as root, the cluster belongs to a system user made for it.
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    server_user=asset-registry-test
    if ! id -u "$server_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$server_user"
    fi
    run_as=(runuser -u "$server_user" --)
fi

# Short folder name: a Unix socket path may not exceed 107 bytes.
folder="$(mktemp -d /tmp/pgtest.XXXXXX)"
started=0
cleanup() {
    if [ "$started" = 1 ]; then
        "${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ ${#run_as[@]} -gt 0 ]; then
    chown "$server_user" "$folder"
fi
chmod 0700 "$folder"

superuser=registry_test
# Members of the role password_login sign in with a password (tests of a wrong password); everyone else on the
# socket is trusted: the socket lies in a folder only the server's user (and root) can enter.
if ! "${run_as[@]}" "$bindir/initdb" -D "$folder/data" -U "$superuser" --auth-local=trust --auth-host=reject \
    -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1; then
    cat "$folder/initdb.log" >&2
    reason="initdb failed (see above)"
    echo "with-postgres: $reason" >&2
    export ASSET_REGISTRY_TEST_POSTGRES_MISSING="$reason"
    unset ASSET_REGISTRY_TEST_POSTGRES
    "$@"
    exit $?
fi
{
    echo "local all +password_login scram-sha-256"
    echo "local all all trust"
} >"$folder/data/pg_hba.conf"
# Durability is not wanted of a cluster that is thrown away: no fsync keeps the tests fast on a shared disk. A benchmark
# (ASSET_REGISTRY_POSTGRES_DURABLE=1) keeps the server's defaults, as a real server's writes pay for them.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ "${ASSET_REGISTRY_POSTGRES_DURABLE:-}" = 1 ]; then
    durability=""
fi
if ! "${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$folder' $durability -c max_connections=200" \
    start >/dev/null 2>&1; then
    cat "$folder/server.log" >&2 || true
    reason="the PostgreSQL server did not start (see its log above)"
    echo "with-postgres: $reason" >&2
    export ASSET_REGISTRY_TEST_POSTGRES_MISSING="$reason"
    unset ASSET_REGISTRY_TEST_POSTGRES
    "$@"
    exit $?
fi
started=1
"${run_as[@]}" "$bindir/psql" -h "$folder" -U "$superuser" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE password_login NOLOGIN" >/dev/null

export ASSET_REGISTRY_TEST_POSTGRES="postgresql://$superuser@/postgres?host=$folder"
unset ASSET_REGISTRY_TEST_POSTGRES_MISSING
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $folder" >&2
status=0
"$@" || status=$?
exit "$status"
