#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A private PostgreSQL server for the repository tests.
#   .ci/postgres.sh start DIR   installs Debian's postgresql if missing, starts a server whose data, socket
#                               and log live under DIR, on a free loopback port; prints its JDBC URL on stdout
#   .ci/postgres.sh stop DIR    stops that server and removes DIR
# Runs the server as the postgres user when started as root (initdb refuses root).
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "$cmd" in
  start)
    if [ -z "$(pg_bin)" ]; then
      echo "postgres.sh: installing postgresql (Debian package)" >&2
      sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
      $sudo apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    fi
    bin="$(pg_bin)"
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    pw="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >&2
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE mcxsec LOGIN PASSWORD '$pw'" -c "CREATE DATABASE mcxsec OWNER mcxsec" >&2
    echo "$port" >"$dir/port"
    echo "jdbc:postgresql://127.0.0.1:$port/mcxsec?user=mcxsec&password=$pw"
    ;;
  stop)
    bin="$(pg_bin)"
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
