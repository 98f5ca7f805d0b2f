// The import/export and OGC API tests read what the atlas writes and serves with an outside
// reader, Debian's GDAL (ogrinfo, ogr2ogr: GeoJSON, CSV, XLSX, Shapefile, the OAPIF driver and
// EPSG:4547). Nothing but Node is needed beforehand: if GDAL is missing, install `gdal-bin` from
// Debian's archive, or say exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OGRINFO = '/usr/bin/ogrinfo';
export const OGR2OGR = '/usr/bin/ogr2ogr';
const PACKAGE = 'gdal-bin';

/** Installs Debian's gdal-bin unless ogrinfo is there; throws with what to run when it cannot. */
export function ensureGdal() {
  if (existsSync(OGRINFO) && existsSync(OGR2OGR)) return OGRINFO;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!existsSync('/usr/bin/apt-get') || (!isRoot && !canSudo))
    throw new Error(`The import/export tests need Debian's GDAL: apt-get install ${PACKAGE}`);
  const asRoot = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`installing ${PACKAGE} from Debian for the import/export tests`);
  asRoot(['apt-get', 'update', '-qq']);
  asRoot(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', PACKAGE]);
  return OGRINFO;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureGdal();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
