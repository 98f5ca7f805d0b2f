// PostGraphile 5 + graphile-postgis over the atlas's tables: a peer to benchmark against.
if (!Promise.withResolvers)
  Promise.withResolvers = function () {
    let resolve, reject;
    const promise = new this((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
const { createServer } = require('node:http');
const [url, port] = process.argv.slice(2);
(async () => {
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const plugins = ['codec', 'detect-extension', 'inflection', 'register-types', 'geometry-fields'].map(
    (name) => Object.values(require(`graphile-postgis/plugins/${name}.js`)).find((p) => p?.name),
  );
  const preset = {
    extends: [PostGraphileAmberPreset],
    plugins: [
      ...plugins,
      {
        // The atlas has both a project_nodes table and a project_node enum: PostGraphile would name
        // both ProjectNode.
        name: 'PeerEnumNamesPlugin',
        version: '0.0.0',
        inflection: { replace: { enumType: (previous, _options, codec) => `${previous(codec)}Enum` } },
      },
    ],
    pgServices: [makePgService({ connectionString: url, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await serv.ready?.();
  server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
