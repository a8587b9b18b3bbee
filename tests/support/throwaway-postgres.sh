#!/usr/bin/env bash
# Starts or stops a private PostgreSQL cluster on a free loopback port for the test suite.
#   throwaway-postgres.sh start DIR   -> creates DIR/cluster, starts it, writes the URL to DIR/url
#   throwaway-postgres.sh stop DIR    -> stops the cluster and removes DIR
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?working directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$dir/cluster" -U upward -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    # Durability is pointless for a cluster that is deleted after the run; skipping it keeps tests fast.
    as_owner "$bin/pg_ctl" -D "$dir/cluster" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U upward upward_test
    echo "postgresql://upward@127.0.0.1:$port/upward_test" >"$dir/url"
    echo "PostgreSQL test cluster on port $port"
    ;;
stop)
    if [ -d "$dir/cluster" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/cluster" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
