#!/usr/bin/env node
// `npm start` (after `npm run package`): Stride in a real VS Code, the one code-server bundles,
// installed once into ~/.cache/stride. Installs the packaged .vsix into a fresh profile, serves
// examples/ on 127.0.0.1 only, without a password, with one example plan open, prints the
// address, and runs until Ctrl-C.
//
// Environment: PORT (default: a free one); those of scripts/code-server.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer } from './code-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const examples = path.join(root, 'examples');
const firstPlan = path.join(examples, 'overloaded.stride');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
if (!fs.existsSync(vsix)) {
  console.error(`start: ${path.relative(root, vsix)} is missing: run \`npm run package\` first (\`npm start\` does)`);
  process.exit(2);
}

const session = await startCodeServer({ folder: examples, vsix: [vsix], port: Number(process.env.PORT) || undefined });
const serverStopped = (code, signal) => {
  console.error(`start: code-server stopped (${signal ?? `exit code ${code}`}); its log is in ${session.dataDir}/code-server.log`);
  process.exit(1);
};
session.server.once('exit', serverStopped);
const stop = async () => {
  session.server.off('exit', serverStopped);
  await session.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);

// The workbench opens the files its URL's payload names, as a path on the server (this machine).
const openPlan = ['openFile', `vscode-remote://127.0.0.1:${session.port}${encodeURI(firstPlan)}`];
const url = `${session.url}&payload=${encodeURIComponent(JSON.stringify([openPlan]))}`;
console.log(`
Stride is running in VS Code, with examples/ open and ${path.basename(firstPlan)} in the editor:

    ${url}

Open that address in a browser on this machine. Ctrl-C stops it.
`);
