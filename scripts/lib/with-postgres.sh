#!/usr/bin/env bash
# Runs "$@" beside a throwaway PostgreSQL server and exports its location as ATTACHE_TEST_PG
# (postgresql://attache@/postgres?host=SOCKET_FOLDER), the superuser tests make their databases with.
# The server lives in a temporary folder, listens only on a Unix socket there, runs as an unprivileged
# user (the postgres account when started as root) and is stopped and removed at the end, whatever
# "$@" returns. Without PostgreSQL's server programs "$@" runs alone and the tests that need a server
# say why they are skipped. Called through attache_exec, so inside the sysroot where there is one.
set -uo pipefail

say() { printf 'attache: %s\n' "$*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    say "PostgreSQL is not installed here; the tests that need a server are skipped"
    exec "$@"
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root.
    if ! id postgres >/dev/null 2>&1 || ! runuser -u postgres -- true 2>/dev/null; then
        say "running as root without a usable postgres account; the tests that need a server are skipped"
        exec "$@"
    fi
    as_server=(runuser -u postgres --)
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/attache-pg.XXXXXX") || exit 1
[ ${#as_server[@]} -eq 0 ] || chown postgres: "$folder"
data="$folder/data"
log="$folder/server.log"

stop() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

# No fsync anywhere: the data is thrown away at the end, and the tests stay quick on a busy machine.
if ! "${as_server[@]}" "$bindir/initdb" -N -A trust -U attache -E UTF8 --locale=C.UTF-8 -D "$data" >"$folder/initdb.log" 2>&1 ||
    ! "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-k $folder -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
    cat "$folder/initdb.log" "$log" 2>/dev/null | tail -n 20 >&2
    say "the test PostgreSQL server did not start; the tests that need one will fail"
else
    say "PostgreSQL $("$bindir/postgres" --version | sed -E 's/^[^0-9]*([0-9.]+).*/\1/') for the tests at $folder"
fi
export ATTACHE_TEST_PG="postgresql://attache@/postgres?host=$folder"
"$@"
