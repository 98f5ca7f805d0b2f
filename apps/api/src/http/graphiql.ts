import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The UMD builds are not in the packages' exports maps; find them from each package's folder.
const fileIn = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

/** GraphiQL and React from npm, served by this server: the IDE works with no internet. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: fileIn('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: fileIn('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: fileIn('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: fileIn('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>周口产业集聚区一张图 · GraphQL</title>
  <link rel="icon" href="data:," /><!-- no /favicon.ico round trip to a 404 -->
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}

/** Serves the IDE at /graphiql and its assets below it; returns false for any other path. */
export async function serveGraphiql(
  req: IncomingMessage,
  res: ServerResponse,
  endpoint: string,
): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (path === '/graphiql' || path === '/graphiql/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(endpoint));
    return true;
  }
  const asset = path.startsWith('/graphiql/') ? ASSETS[path.slice('/graphiql/'.length)] : undefined;
  if (!asset) return false;
  res
    .writeHead(200, {
      'content-type': `${asset.type}; charset=utf-8`,
      'cache-control': 'public, max-age=86400',
    })
    .end(await readFile(asset.file));
  return true;
}
