import { migrate } from '../migrate';
import { isSeeded, seed } from '../seed';
import { summarize } from '../summary';
import { withDatabase } from './open';

// `pnpm start`: bring the database up with the plan loaded, keeping whatever a planner changed since.
await withDatabase(async (atlas, env) => {
  await migrate(atlas);
  if (await isSeeded(atlas)) {
    console.log('plan data already loaded; `pnpm db:seed` reloads it');
  } else {
    await seed(atlas, { demo: env.ATLAS_DEMO_DATA === 'on' });
    console.log(`plan data loaded (demo data ${env.ATLAS_DEMO_DATA})`);
  }
  console.table(await summarize(atlas.db));
});
