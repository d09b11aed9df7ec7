#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() starts
// (point `vscodeExecutablePath` at scripts/vscode-launcher.sh). No VS Code or Electron can
// be downloaded here, so it runs the VS Code server bundled in code-server
// (lib/vscode/out/server-main.js) and opens its web workbench in Debian's Chromium through
// playwright-core, with the extension under test and its test runner passed in the
// workbench URL's `payload`. The tests run in the server's Node extension host; the
// workbench reports their exit code through window.codeAutomationExit.
//
// Arguments (as runTests passes them): --extensionDevelopmentPath=P (one or more),
// --extensionTestsPath=P, a folder or .code-workspace to open (from launchArgs), and
// Electron-only flags that are ignored (--no-sandbox, --user-data-dir=..., ...).
//
// Environment:
//   STRIDE_NODE               Node that runs the server and extension host (default: this one)
//   STRIDE_CODE_SERVER_ROOT   code-server install root (default: ensureCodeServer())
//   STRIDE_CHROMIUM           browser binary (default: scripts/chromium.mjs finds or installs one)
//   STRIDE_TEST_RESULTS       file the test index writes its results to; set here to a temp
//                             file when unset (the extension host inherits it), printed at
//                             the end
//   STRIDE_E2E_TIMEOUT        seconds before giving up (default 600)
//   STRIDE_E2E_SETTINGS       JSON object of user settings merged over TEST_SETTINGS
//   STRIDE_E2E_VERBOSE=1      also print the server's output and every browser console line
//   STRIDE_E2E_KEEP=1         keep the data folder (logs, settings) even when the tests pass
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';
import { ensureCodeServer, freePort, killGroup, sessionEnv, TEST_SETTINGS, waitForHttp } from './code-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const verbose = process.env.STRIDE_E2E_VERBOSE === '1';
const log = (msg) => console.log(`[launcher] ${msg}`);

// Browser console lines that say nothing about the tests (unless STRIDE_E2E_VERBOSE=1).
const NOISE = new RegExp([
  'status of 404', 'bad HTTP response code \\(404\\)', 'Service Worker', 'service worker controller',
  'ERR_NAME_NOT_RESOLVED', 'ENOTFOUND', 'allow-scripts and allow-same-origin', 'web worker extension host',
  'connection token', 'Creating a socket', 'reconnection-grace-time', 'builtin extensions cache',
  'additional builtin extensions from gallery',
  '^\\[vscode\\] *$',
].join('|'));

/**
 * A browser console message as one line. The workbench logs as console.log('%c INFO',
 * css, ...args), and the extension host's console output (mocha's reporter, console.log in
 * tests and extension) arrives the same way, its format string still unapplied.
 */
async function formatConsole(msg) {
  let args;
  try {
    args = await Promise.all(msg.args().map((a) =>
      a.evaluate((x) => (x instanceof Error ? x.stack || String(x) : x)).catch(() => String(a))));
  } catch {
    args = [];
  }
  if (args.length === 0) args = [msg.text()];
  let level = msg.type() === 'log' ? '' : ` ${msg.type()}`;
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
    level = ` ${args[0].slice(2).trim()}`;
    args = args.slice(2);
  }
  return `[vscode${level}] ${format(...args)}`;
}

/** The arguments runTests passes, split into what the server or the URL needs. */
export function parseArgs(argv) {
  const valueFlags = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir',
    'extensions-dir', 'folder-uri', 'file-uri', 'locale', 'log', 'enable-proposed-api']);
  const out = { devPaths: [], testsPath: undefined, open: undefined, folderUri: undefined, serverArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let key, value;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      key = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      value = eq >= 0 ? a.slice(eq + 1) : valueFlags.has(key) && i + 1 < argv.length ? argv[++i] : undefined;
    } else {
      out.open = path.resolve(a); // the last folder/workspace wins
      continue;
    }
    switch (key) {
      case 'extensionDevelopmentPath': out.devPaths.push(value); break;
      case 'extensionTestsPath': out.testsPath = value; break;
      case 'folder-uri': out.folderUri = value; break;
      case 'log': out.serverArgs.push('--log', value); break;
      case 'enable-proposed-api': out.serverArgs.push('--enable-proposed-api', value); break;
      default: break; // Electron/desktop flags: nothing to do for a server + browser
    }
  }
  return out;
}

function requirePlaywright() {
  const bases = [process.env.STRIDE_PLAYWRIGHT_BASE, process.cwd(), repoRoot].filter(Boolean);
  for (const base of bases) {
    try {
      return createRequire(path.join(base, 'package.json'))('playwright-core');
    } catch {}
  }
  throw new Error(`playwright-core not found from ${bases.join(', ')} (add it as a devDependency)`);
}

/** vscode-remote URI for an absolute path on this machine, as the server sees it. */
const remoteUri = (authority, p) => `vscode-remote://${authority}${encodeURI(path.resolve(p))}`;

function toLocalPath(p) {
  return p.startsWith('file://') ? fileURLToPath(p) : path.resolve(p);
}

export async function main(argv = process.argv.slice(2)) {
  const args = parseArgs(argv);
  if (args.devPaths.length === 0 || !args.testsPath) {
    console.error('usage: vscode-launcher --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
    return 2;
  }
  const node = process.env.STRIDE_NODE || process.execPath;
  let root = process.env.STRIDE_CODE_SERVER_ROOT;
  if (!root) root = await ensureCodeServer();
  const chromium = ensureChromium('the end-to-end tests');
  const serverMain = path.join(root, 'lib', 'vscode', 'out', 'server-main.js');
  if (!fs.existsSync(serverMain)) throw new Error(`${serverMain} missing`);
  const { chromium: pwChromium } = requirePlaywright();

  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-vscode-'));
  const dirs = { server: path.join(data, 'server'), user: path.join(data, 'user'), ext: path.join(data, 'extensions') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // User settings live on the server side (code-server keeps them in <user-data-dir>/User).
  const settings = { ...TEST_SETTINGS, ...JSON.parse(process.env.STRIDE_E2E_SETTINGS || '{}') };
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.user, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (!process.env.STRIDE_TEST_RESULTS) process.env.STRIDE_TEST_RESULTS = path.join(data, 'results.txt');
  const resultsFile = process.env.STRIDE_TEST_RESULTS;
  fs.rmSync(resultsFile, { force: true });

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  let server, browser, code = 1, timer;
  let cleaning;
  const cleanup = () => (cleaning ??= (async () => {
    clearTimeout(timer);
    try { await browser?.close(); } catch {}
    await killGroup(server);
  })());
  let stopping = false;
  const onSignal = (sig) => {
    stopping = true;
    log(`${sig}: stopping`);
    cleanup().then(() => process.exit(130));
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, onSignal);

  try {
    const started = Date.now();
    server = spawn(node, [serverMain,
      '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
      '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry',
      '--disable-workspace-trust', '--server-data-dir', dirs.server, '--user-data-dir', dirs.user,
      '--extensions-dir', dirs.ext, ...args.serverArgs], {
      detached: true, // own process group: killGroup() ends it with its extension host
      stdio: ['ignore', 'pipe', 'pipe'],
      env: sessionEnv(data), // no gallery; sockets and temp files inside `data`
    });
    const serverLog = fs.createWriteStream(path.join(data, 'server.log'));
    for (const s of [server.stdout, server.stderr]) {
      s.on('data', (d) => {
        serverLog.write(d);
        if (verbose) process.stderr.write(String(d).replace(/^(?=.)/gm, '[server] '));
      });
    }
    await waitForHttp(`http://${authority}/version`, 60_000, () => server.exitCode === null);
    log(`server up on ${authority} (${root}) in ${Date.now() - started} ms, node ${node}`);

    // Playwright's own signal handlers would exit before the server group is ended.
    browser = await pwChromium.launch({
      executablePath: chromium, headless: true, args: CHROMIUM_FLAGS,
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    const page = await browser.newPage();
    const exited = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', async (exitCode, logs) => {
        // logs: [{relativePath, contents}] of the workbench's log folder (exthost, renderer...)
        for (const l of logs || []) {
          const f = path.join(data, 'logs', l.relativePath);
          fs.mkdirSync(path.dirname(f), { recursive: true });
          fs.writeFileSync(f, l.contents);
        }
        resolve(exitCode);
      });
    });
    page.on('console', async (msg) => {
      const line = await formatConsole(msg);
      if (verbose || !NOISE.test(line)) console.log(line);
    });
    page.on('pageerror', (e) => console.log(`[browser pageerror] ${e.message}`));

    const payload = [
      ...args.devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(authority, toLocalPath(p))]),
      ['extensionTestsPath', remoteUri(authority, toLocalPath(args.testsPath))],
    ];
    let query;
    if (args.folderUri) query = `folder=${encodeURIComponent(new URL(args.folderUri).pathname)}`;
    else if (args.open && args.open.endsWith('.code-workspace')) query = `workspace=${encodeURIComponent(args.open)}`;
    else if (args.open) query = `folder=${encodeURIComponent(args.open)}`;
    else query = 'ew=true';
    const url = `http://${authority}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`opening ${url}`);
    await page.goto(url);

    const seconds = Number(process.env.STRIDE_E2E_TIMEOUT || 600);
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => { log(`no result after ${seconds} s: giving up`); resolve(1); }, seconds * 1000);
    });
    code = await Promise.race([exited, timedOut]);
    log(`tests ended with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    if (!stopping) log(`error: ${e.stack || e}`);
    code = 1;
  } finally {
    await cleanup();
  }

  if (fs.existsSync(resultsFile)) {
    log(`results (${resultsFile}):`);
    process.stdout.write(fs.readFileSync(resultsFile, 'utf8'));
  } else {
    log(`no results file at ${resultsFile}`);
  }
  if (code !== 0 || process.env.STRIDE_E2E_KEEP === '1') log(`logs kept in ${data}`);
  else fs.rmSync(data, { recursive: true, force: true });
  return typeof code === 'number' ? code : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
}
