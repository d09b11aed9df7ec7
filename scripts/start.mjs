#!/usr/bin/env node
// `npm start` (after `npm run package`): Stride in a real VS Code, the one code-server bundles,
// installed once into ~/.cache/stride. Installs the packaged .vsix into a fresh profile, serves
// playground/ (a working copy of examples/, so the clone stays as it is) on 127.0.0.1 only,
// without a password, with one example plan open, prints the address, and opens it in a
// Chromium app window when the machine has a display. Runs until Ctrl-C.
//
// Environment: PORT (default: a free one); STRIDE_OPEN=0 never opens a window; those of
// scripts/code-server.mjs and scripts/chromium.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { killGroup, startCodeServer } from './code-server.mjs';
import { preparePlayground } from './playground.mjs';

const root = path.resolve(import.meta.dirname, '..');
const playground = path.join(root, 'playground');
const firstPlan = path.join(playground, 'overloaded.stride');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
if (!fs.existsSync(vsix)) {
  console.error(`start: ${path.relative(root, vsix)} is missing: run \`npm run package\` first (\`npm start\` does)`);
  process.exit(2);
}

const copied = preparePlayground(path.join(root, 'examples'), playground);
console.log(copied.length > 0
  ? `start: copied ${copied.length} example plans into playground/ (git-ignored): edit them freely, examples/ stays as it is`
  : 'start: serving playground/, your working copy of the examples (delete a file to get the example back)');

const session = await startCodeServer({ folder: playground, vsix: [vsix], port: Number(process.env.PORT) || undefined });
const serverStopped = (code, signal) => {
  console.error(`start: code-server stopped (${signal ?? `exit code ${code}`}); its log is in ${session.dataDir}/code-server.log`);
  process.exit(1);
};
session.server.once('exit', serverStopped);

// The workbench opens the files its URL's payload names, as a path on the server (this machine).
const openPlan = ['openFile', `vscode-remote://127.0.0.1:${session.port}${encodeURI(firstPlan)}`];
const url = `${session.url}&payload=${encodeURIComponent(JSON.stringify([openPlan]))}`;
console.log(`
Stride is running in VS Code, with playground/ open and ${path.basename(firstPlan)} in the editor:

    ${url}

Open that address in a browser on this machine. Ctrl-C stops it.
`);
const window = openWindow(url);

const stop = async () => {
  session.server.off('exit', serverStopped);
  await killGroup(window);
  await session.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);

/**
 * With a display, the workbench in a Chromium app window: a window of its own, where VS Code's
 * keys (Ctrl+P, Ctrl+W, Ctrl+N) reach VS Code rather than the browser. Without one (SSH, CI),
 * or with STRIDE_OPEN=0, nothing: the address above is the way in.
 */
function openWindow(address) {
  if (process.env.STRIDE_OPEN === '0' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) return undefined;
  let chromium;
  try {
    chromium = ensureChromium('a window for `npm start`');
  } catch (error) {
    console.log(`start: no window (${error.message}); open the address above instead`);
    return undefined;
  }
  const profile = path.join(os.homedir(), '.cache', 'stride', 'chromium-profile');
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return spawn(chromium, [`--app=${address}`, `--user-data-dir=${profile}`, '--no-first-run', ...asRoot], { detached: true, stdio: 'ignore' });
}
