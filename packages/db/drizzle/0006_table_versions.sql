CREATE TABLE "table_versions" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Which tables a transaction wrote, noted per statement in a transaction-local setting (no lock
-- taken: a writer holds nothing more while it works).
CREATE OR REPLACE FUNCTION "atlas_note_table_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE written text := coalesce(current_setting('atlas.written_tables', true), '');
BEGIN
  IF position(',' || TG_TABLE_NAME || ',' IN ',' || written || ',') = 0 THEN
    PERFORM set_config('atlas.written_tables', trim(both ',' FROM written || ',' || TG_TABLE_NAME), true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- At commit (a deferred trigger), each noted table's version moves by one, in the committing
-- transaction, so no reader sees a new version before the data; the rows are taken in name order
-- and held only while the transaction commits, so two writers never wait on each other in a cycle.
-- The table is named with its schema: a pg_dump restore runs with an empty search_path, and its
-- writes fire this trigger too.
CREATE OR REPLACE FUNCTION "atlas_flush_table_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE written text := coalesce(current_setting('atlas.written_tables', true), '');
BEGIN
  IF written <> '' THEN
    PERFORM set_config('atlas.written_tables', '', true);
    INSERT INTO "public"."table_versions" ("table_name", "version")
      SELECT t, 1 FROM (SELECT DISTINCT unnest(string_to_array(written, ',')) AS t) AS noted ORDER BY t
    ON CONFLICT ("table_name") DO UPDATE SET "version" = "table_versions"."version" + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- On every table of the atlas's own there is now, whoever writes it (the API, a seed, psql); a table
-- a later migration adds needs the same two triggers (packages/db/src/table-versions.test.ts fails without).
-- Idempotency keys are the write path's own bookkeeping, never part of an answer.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema()
      AND tablename NOT IN ('table_versions', 'spatial_ref_sys', 'idempotency_keys')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "atlas_note_table_write"()',
      'atlas_table_written', t);
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "atlas_flush_table_versions"()',
      'atlas_table_version', t);
    EXECUTE format(
      'INSERT INTO "table_versions" ("table_name", "version") VALUES (%L, 1) ON CONFLICT DO NOTHING', t);
  END LOOP;
END
$$;
