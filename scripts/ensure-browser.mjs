// The map's tests drive Debian's Chromium (never a downloaded browser) and need a CJK font so
// Chinese labels render the same everywhere. Nothing but Node is needed beforehand: if they are
// missing, install them from Debian's archive, or say exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.trim().length > 0;
if (existsSync('/usr/bin/chromium') && hasFont()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
if (!existsSync('/usr/bin/apt-get') || (!isRoot && !canSudo)) {
  console.error(
    `The browser tests need Debian's ${PACKAGES.join(' and ')}: apt-get install ${PACKAGES.join(' ')}`,
  );
  process.exit(1);
}
const asRoot = (args) =>
  execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
console.log(`installing ${PACKAGES.join(', ')} from Debian for the browser tests`);
asRoot(['apt-get', 'update', '-qq']);
asRoot(['apt-get', 'install', '-y', '-qq', ...PACKAGES]);
