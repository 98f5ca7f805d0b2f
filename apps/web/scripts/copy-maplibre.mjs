// MapLibre's worker is not found under Next's bundler ("Worker failed to load"), so the worker and
// the module it shares with the main bundle are served from this app's own static files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
const out = new URL('../public/maplibre/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of ['maplibre-gl-worker.mjs', 'maplibre-gl-shared.mjs'])
  copyFileSync(join(dist, file), new URL(file, out));
