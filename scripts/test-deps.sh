#!/usr/bin/env bash
# What the test suite needs beyond the virtualenv, installed or started when missing (run by
# `make test`, so the README's test command works on a fresh Debian/Ubuntu machine):
# - PostgreSQL on 127.0.0.1:5432 with trust auth and a database "test" (the store's tests);
# - headless Chromium (/usr/bin/chromium) for the review desk's browser tests (Playwright's
#   Python package drives it; no browser download);
# - the Compose client, docker-compose (no engine: --no-install-recommends keeps docker.io out),
#   which validates docker-compose.yml in tests/test_prefect_server_compose.py.
# apt-get runs only when something is missing, as root or through sudo.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "test-deps: need root (or sudo) to run: $*" >&2; return 1
  fi
}

need_apt=()
installed_pg=no
command -v pg_isready >/dev/null || { need_apt+=(postgresql postgresql-client); installed_pg=yes; }
command -v chromium >/dev/null || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
if ! command -v docker-compose >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose
fi

# PostgreSQL on 127.0.0.1:5432 with trust auth and a database "test": start it if it is down.
# Only a server installed just now for the tests gets trust auth for 127.0.0.1 (what the tests'
# URLs expect); an existing server's authentication is left as its owner set it.
if [ "$installed_pg" = yes ]; then
  for conf in /etc/postgresql/*/main/pg_hba.conf; do
    [ -f "$conf" ] && as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf"
  done
  for v in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main reload 2>/dev/null || true
  done
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  for v in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start || true
  done
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
psql -h 127.0.0.1 -U postgres -d test -c "select 1" >/dev/null 2>&1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -c "create database test" >/dev/null
