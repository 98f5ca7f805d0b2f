// The cluster (`pnpm cluster`, tests/cluster) puts Debian's nginx in front of the API replicas.
// Nothing but Node is needed beforehand: if nginx is missing, install it from Debian's archive
// (nginx-light: proxy, upstream, map and gzip are all it needs), or say exactly what to install.
// Installing never starts the system's nginx here: the cluster runs its own, in a temp dir.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NGINX = '/usr/sbin/nginx';
const PACKAGE = 'nginx-light';

/** Installs Debian's nginx-light unless nginx is there; throws with what to run when it cannot. */
export function ensureNginx() {
  if (existsSync(NGINX)) return NGINX;
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!existsSync('/usr/bin/apt-get') || (!isRoot && !canSudo))
    throw new Error(`The cluster needs Debian's nginx: apt-get install ${PACKAGE}`);
  const asRoot = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`installing ${PACKAGE} from Debian for the cluster`);
  asRoot(['apt-get', 'update', '-qq']);
  asRoot(['apt-get', 'install', '-y', '-qq', PACKAGE]);
  return NGINX;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureNginx();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
