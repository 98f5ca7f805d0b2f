-- PostGIS must exist before any geometry column; both PGlite (pglite-postgis) and PostgreSQL (postgresql-15-postgis-3) provide it.
CREATE EXTENSION IF NOT EXISTS postgis;
