import { prepareDatabase } from '../prepare';
import { summarize } from '../summary';
import { withDatabase } from './open';

// `pnpm db:prepare`: the database migrated and loaded with the plan, without starting the API.
await withDatabase(async (atlas, env) => {
  const { seeded } = await prepareDatabase(atlas, { demo: env.ATLAS_DEMO_DATA === 'on' });
  console.log(
    seeded
      ? `plan data loaded (demo data ${env.ATLAS_DEMO_DATA})`
      : 'plan data already loaded; `pnpm db:seed` reloads it',
  );
  console.table(await summarize(atlas.db));
});
