// Debian packages that Stride's tools need (Chromium for the browser tests, the build tools of
// the first code-server install). What is missing is said first, with why, and then installed
// with apt-get: directly as root, through sudo otherwise. One place, so that every command
// that needs a package asks for it the same way.
import { spawnSync } from 'node:child_process';

const say = (message) => console.log(`[setup] ${message}`);

/** The packages of `names` that dpkg does not have installed. */
export function missingDebianPackages(names) {
  return names.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

/**
 * Installs the packages of `needs` ({ package: why it is needed }) that are missing, after
 * printing which and why; `purpose` says what they are for (`the end-to-end tests`). Throws,
 * with the command to run by hand, when they cannot be installed (no apt-get, or not root and no sudo).
 */
export function ensureDebianPackages(needs, purpose) {
  const missing = missingDebianPackages(Object.keys(needs));
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const command = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  const byHand = `${asRoot ? '' : 'sudo '}${command.join(' ')}`;
  if (!onPath('apt-get') || (!asRoot && !onPath('sudo'))) {
    throw new Error(`${missing.join(', ')}, for ${purpose}, can only be installed by apt-get as root: run \`${byHand}\``);
  }
  say(`Debian packages for ${purpose}, not installed yet:`);
  for (const name of missing) say(`  ${name}: ${needs[name]}`);
  say(`installing them now with \`${byHand}\`${asRoot ? '' : ' (sudo may ask for your password)'}, after \`apt-get update\``);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (args) => {
    const run = spawnSync(asRoot ? 'apt-get' : 'sudo', [...(asRoot ? [] : ['apt-get']), ...args], { stdio: 'inherit', env });
    if (run.status !== 0) {
      throw new Error(`\`${asRoot ? '' : 'sudo '}apt-get ${args.join(' ')}\` failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}): run \`${byHand}\` by hand`);
    }
  };
  aptGet(['update', '-qq']);
  aptGet(command.slice(1));
  say(`installed ${missing.join(', ')}`);
}

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
