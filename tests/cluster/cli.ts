import { CLUSTER_TOKENS, startLocalCluster } from './local-cluster';

// `pnpm cluster`: the local cluster for anyone to try, until Ctrl-C. CLUSTER_WEB=off leaves out
// the map; CLUSTER_PORT picks nginx's port; CLUSTER_DATABASE names the kept database.
const cluster = await startLocalCluster({
  web: process.env.CLUSTER_WEB !== 'off',
  port: process.env.CLUSTER_PORT ? Number(process.env.CLUSTER_PORT) : 8080,
  database: process.env.CLUSTER_DATABASE ?? 'atlas_cluster',
  verbose: true,
});

console.log(`
Zhoukou Atlas cluster: nginx in front of ${cluster.replicas.length} API replicas on one PostgreSQL database
  map        ${cluster.web ? `${cluster.url}/` : '(left out: CLUSTER_WEB=off)'}
  GraphQL    ${cluster.url}/graphql   (a planner: Authorization: Bearer ${CLUSTER_TOKENS.planner})
  ready      ${cluster.url}/readyz
  replicas   ${cluster.replicas.map((replica) => `${replica.name} ${replica.url}`).join(' · ')}
  database   ${cluster.databaseUrl.replace(/:[^:@/]*@/, ':***@')}
Each answer names its replica in X-Atlas-Upstream. Ctrl-C stops everything.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping nginx, the map and the replicas`);
    cluster.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
