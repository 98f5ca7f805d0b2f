import { migrate } from '../migrate';
import { withDatabase } from './open';

await withDatabase(async (atlas) => {
  await migrate(atlas);
  console.log('migrations applied');
});
