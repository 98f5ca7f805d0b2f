import { openFromEnv } from '../cli/open';

// A process that opens the database the environment names, as every CLI does, and holds it until
// SIGTERM: the other process in the directory-lock tests.
const { atlas } = await openFromEnv();
console.log(`holding ${atlas.location} as pid ${process.pid}`);
const keepAlive = setInterval(() => {}, 60_000);
process.once('SIGTERM', async () => {
  clearInterval(keepAlive);
  await atlas.close();
  process.exit(0);
});
