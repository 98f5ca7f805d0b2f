import { migrate } from '../migrate';
import { seed } from '../seed';
import { summarize } from '../summary';
import { withDatabase } from './open';

await withDatabase(async (atlas, env) => {
  await migrate(atlas);
  await seed(atlas, { demo: env.ATLAS_DEMO_DATA === 'on' });
  console.log(`seeded (demo data ${env.ATLAS_DEMO_DATA}):`);
  console.table(await summarize(atlas.db));
});
