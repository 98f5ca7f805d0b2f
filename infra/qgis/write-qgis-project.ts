import { writeFile } from 'node:fs/promises';
import { buildQgisProject } from './qgis-project';

/**
 * Rewrites zhoukou-atlas.qgs from the map's palette: `npx tsx infra/qgis/write-qgis-project.ts`.
 * Given an atlas's /ogc address instead, prints a project reading that atlas:
 * `npx tsx infra/qgis/write-qgis-project.ts https://atlas.example.cn/ogc > atlas.qgs`.
 */
const [address] = process.argv.slice(2);
if (address === undefined) {
  await writeFile(new URL('./zhoukou-atlas.qgs', import.meta.url), buildQgisProject());
} else {
  const url = new URL(address);
  if (!/^https?:$/.test(url.protocol) || !url.pathname.endsWith('/ogc'))
    throw new Error(`expected an atlas's OGC address such as https://atlas.example.cn/ogc, got ${address}`);
  process.stdout.write(buildQgisProject(url.href));
}
