import type { AtlasDatabase } from './client';
import { migrate } from './migrate';
import { isSeeded, seed } from './seed';

/**
 * Brings a database up to date and loads the plan if it is empty, keeping whatever planners
 * changed since: what `pnpm start` does before serving.
 */
export async function prepareDatabase(
  atlas: AtlasDatabase,
  options: { demo: boolean },
): Promise<{ seeded: boolean }> {
  await migrate(atlas);
  if (await isSeeded(atlas)) return { seeded: false };
  await seed(atlas, options);
  return { seeded: true };
}
