#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packaged binaries:
#   scripts/test-postgres.sh start DIR   prints the URL to put in PLANDESK_TEST_POSTGRES
#   scripts/test-postgres.sh stop DIR
# The cluster lives in DIR (initdb), listens on 127.0.0.1 on a free port only, its socket in
# DIR; the `plandesk` role (password `plandesk-test`, scram) owns the database `plandesk_test`.
# Run as root it runs the server as the `postgres` user (PostgreSQL refuses root). Durability
# is switched off: the data is thrown away. Fails loudly when anything is missing.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 64; }
[ $# -eq 2 ] || usage
action=$1
dir=$(realpath -m "$2")

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ]; then
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    mkdir -p "$dir"
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "no 'postgres' user: is Debian's postgresql package installed?" >&2; exit 1; }
        chown postgres: "$dir"
        as_server test -w "$dir" || { echo "the postgres user cannot write in $dir (a parent folder is private?)" >&2; exit 1; }
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    printf 'plandesk-admin\n' > "$dir/.pw"
    chmod 644 "$dir/.pw"
    as_server "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/.pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_server "$bindir/psql" -v ON_ERROR_STOP=1 -q -h "$dir" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE plandesk LOGIN PASSWORD 'plandesk-test'" \
        -c "CREATE DATABASE plandesk_test OWNER plandesk ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    echo "$port" > "$dir/port"
    echo "postgresql://plandesk:plandesk-test@127.0.0.1:$port/plandesk_test"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
*)
    usage
    ;;
esac
