import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);

const EnvSchema = z.object({
  /** PostgreSQL + PostGIS; unset means the embedded PGlite database. */
  DATABASE_URL: z.preprocess(blankAsUnset, z.url().optional()),
  /** Where the embedded database keeps its files, so a restart keeps the data. */
  ATLAS_DATA_DIR: z.preprocess(
    blankAsUnset,
    z.string().default(fileURLToPath(new URL('../../../.data/pglite', import.meta.url))),
  ),
  /** `off` seeds the plan's facts only, without the generated 示例 demo records. */
  ATLAS_DEMO_DATA: z.preprocess(blankAsUnset, z.enum(['on', 'off']).default('on')),
  /** Where `pnpm` was run from (pnpm sets it); CLI file arguments are relative to it, not the package. */
  INIT_CWD: z.preprocess(blankAsUnset, z.string().optional()),
});

export type DbEnv = z.infer<typeof EnvSchema>;

/** The database settings from the environment: the one place this package reads process.env. */
export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  return EnvSchema.parse(source);
}
