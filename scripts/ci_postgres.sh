#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for dyad's store tests
# and prints one line for the caller to eval:
#
#   eval "$(bash scripts/ci_postgres.sh)"     # sets DYAD_TEST_POSTGRES_URL
#   cargo test -p dyad-store                  # now also runs on PostgreSQL
#   bash scripts/ci_postgres.sh stop          # stops it (data is in /tmp)
#
# Installs the server with apt-get when no PostgreSQL binaries are present.
# The cluster lives in $DYAD_PG_DIR (default /tmp/dyad-pg), listens on
# 127.0.0.1:$DYAD_PG_PORT (default 55432) only, trusts local logins of role
# `dyad`, and runs with fsync off: test data only. Everything but the export
# line goes to stderr.
set -euo pipefail

PORT="${DYAD_PG_PORT:-55432}"
DIR="${DYAD_PG_DIR:-/tmp/dyad-pg}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(find_bin || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "ci_postgres.sh: installing postgresql" >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  BIN="$(find_bin || true)"
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "ci_postgres.sh: no PostgreSQL server binaries found" >&2
  exit 1
fi

# The server refuses to run as root: as root, run it as the postgres user
# (created by the Debian package).
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = stop ]; then
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
  exit 0
fi

if as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  echo "ci_postgres.sh: reusing the server already running in $DIR" >&2
else
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$DIR"
  fi
  as_pg "$BIN/initdb" -D "$DIR/data" -U dyad -A trust -E UTF8 --no-sync >&2
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -F" start >&2
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U dyad -d postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'dyad_test'")" != 1 ]; then
  "${PSQL[@]}" -c "CREATE DATABASE dyad_test" >&2
fi
echo "export DYAD_TEST_POSTGRES_URL=postgres://dyad@127.0.0.1:$PORT/dyad_test"
