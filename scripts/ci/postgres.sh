#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the tests.
#
#   bash scripts/ci/postgres.sh start        -> prints "dir=<data dir>" and "url=postgresql://..." and exits 0
#   bash scripts/ci/postgres.sh stop DIR     -> stops that cluster and removes DIR
#
# No systemd: initdb + pg_ctl, run as user postgres when we are root (initdb refuses root).
# The cluster trusts loopback connections and listens on 127.0.0.1 only; its socket lives in DIR.
# PostGIS is created in template1 when the extension is installed, so every database the tests
# create has it (a test that needs a database without PostGIS creates it from template0).
# Diagnostics go to stderr; stdout carries only the two key=value lines.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_pg() {  # run a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

start() {
  local bin dir port url
  bin=$(bindir) || die "PostgreSQL binaries not found (apt-get install postgresql postgis)"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to own the cluster"
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/rasd-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir "$dir/data"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
    || as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >&2 \
    || die "initdb failed"
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2; then
      break
    fi
    port=""
    sed -n '$p' "$dir/server.log" >&2 || true
  done
  [ -n "$port" ] || die "pg_ctl could not start the server (see $dir/server.log)"
  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  if "${psql[@]}" -d template1 -Atc "SELECT 1 FROM pg_available_extensions WHERE name='postgis'" | grep -q 1; then
    "${psql[@]}" -d template1 -c "CREATE EXTENSION IF NOT EXISTS postgis" >&2 \
      || echo "postgres.sh: CREATE EXTENSION postgis failed; continuing without PostGIS" >&2
  else
    echo "postgres.sh: the postgis extension is not installed; continuing without it" >&2
  fi
  "${psql[@]}" -d postgres -c "CREATE DATABASE rasd_test" >&2
  url="postgresql://postgres@127.0.0.1:$port/rasd_test"
  echo "dir=$dir"
  echo "url=$url"
}

stop() {
  local dir=${1:-}
  [ -n "$dir" ] && [ -d "$dir/data" ] || die "usage: postgres.sh stop DIR (a directory printed by start)"
  local bin
  bin=$(bindir) || die "PostgreSQL binaries not found"
  as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  case "$dir" in
    */rasd-pg.*) rm -rf "$dir" ;;
    *) echo "postgres.sh: not removing $dir (not made by start)" >&2 ;;
  esac
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) die "usage: postgres.sh start | stop DIR" ;;
esac
