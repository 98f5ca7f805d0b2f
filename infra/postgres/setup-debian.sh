#!/usr/bin/env bash
# Installs PostgreSQL 15 + PostGIS 3 from Debian, starts it, and creates the Atlas database with
# PostGIS enabled. Idempotent: safe to run again. Needs root (or sudo) on Debian 12.
#
#   sudo bash infra/postgres/setup-debian.sh
#   export DATABASE_URL=postgres://atlas:atlas@127.0.0.1:5432/atlas
#
# ATLAS_DB_NAME, ATLAS_DB_USER and ATLAS_DB_PASSWORD override the defaults below.
set -euo pipefail

db_name=${ATLAS_DB_NAME:-atlas}
db_user=${ATLAS_DB_USER:-atlas}
db_password=${ATLAS_DB_PASSWORD:-atlas}
pg_version=15

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root runuser -u postgres -- "$@"; }

if ! dpkg-query -W -f='${Status}' "postgresql-${pg_version}-postgis-3" 2>/dev/null | grep -q 'install ok installed'; then
  echo "installing postgresql-${pg_version} and postgresql-${pg_version}-postgis-3"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    "postgresql-${pg_version}" "postgresql-${pg_version}-postgis-3" >/dev/null
fi

if ! as_root pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main"' | grep -q .; then
  as_root pg_createcluster "$pg_version" main
fi
as_root pg_ctlcluster "$pg_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  as_postgres pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
as_postgres pg_isready -h 127.0.0.1 -p 5432

# CREATEDB lets the test suite make a database per test file from a template.
as_postgres psql -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${db_user}') THEN
    CREATE ROLE ${db_user} LOGIN CREATEDB PASSWORD '${db_password}';
  ELSE
    ALTER ROLE ${db_user} LOGIN CREATEDB PASSWORD '${db_password}';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE ${db_name} OWNER ${db_user}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${db_name}')\gexec
-- DROP DATABASE … WITH (FORCE) of a test database ends its sessions; one not of this role (a
-- background worker) would refuse it unless the role may signal backends.
GRANT pg_signal_backend TO ${db_user};
SQL
# PostGIS is installed into template1 too, so databases the tests create already have it and a
# non-superuser never needs to create the extension itself.
for db in template1 "$db_name"; do
  as_postgres psql -v ON_ERROR_STOP=1 -q -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS postgis'
done

echo "PostgreSQL ${pg_version} + PostGIS ready: DATABASE_URL=postgres://${db_user}:${db_password}@127.0.0.1:5432/${db_name}"
