#!/usr/bin/env node
// The front door, as .ci/run tries it: the README's `npm start`, typed in a shell on the
// system's Node, with code-server not yet installed (STRIDE_CODE_SERVER_CACHE names an empty
// folder). Its address must answer, Ctrl-C must stop it, and the clone must be as it was.
// Writes one `ok`/`FAIL` line per check to test-results/npm-start.txt and exits 1 on a failure.
//
//   node test/e2e/npm-start.mjs          (in the project, after `npm ci`)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const artifacts = path.join(root, 'test-results');
const FIRST_START_MS = 12 * 60_000;
const results = [];
const check = async (name, run) => {
  try {
    await run();
    results.push(`ok   ${name}`);
  } catch (error) {
    results.push(`FAIL ${name}\n     ${String(error.message ?? error).split('\n').join('\n     ')}`);
  }
};

const before = gitStatus();
const env = { ...process.env, STRIDE_OPEN: '0' };
const start = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
for (const stream of [start.stdout, start.stderr]) {
  stream.on('data', (data) => {
    output += data;
    process.stdout.write(String(data).replace(/^(?=.)/gm, '[npm start] '));
  });
}
const exited = new Promise((resolve) => start.once('exit', (code, signal) => resolve({ code, signal })));

let address;
await check('npm start prints the address of Stride in VS Code', async () => {
  const deadline = Date.now() + FIRST_START_MS;
  while (!(address = output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/)?.[0])) {
    if (Date.now() > deadline) throw new Error(`no address within ${FIRST_START_MS / 60_000} min; last output:\n${output.slice(-2000)}`);
    if (start.exitCode !== null) throw new Error(`npm start exited with ${start.exitCode}; last output:\n${output.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});
await check('the address answers with the workbench', async () => {
  if (!address) throw new Error('no address');
  const response = await fetch(address);
  const page = await response.text();
  if (!response.ok || !page.includes('workbench')) throw new Error(`${address} answered ${response.status}`);
});
await check('Ctrl-C stops it', async () => {
  process.kill(-start.pid, 'SIGINT');
  const timeout = setTimeout(() => process.kill(-start.pid, 'SIGKILL'), 30_000);
  const { code, signal } = await exited;
  clearTimeout(timeout);
  if (signal === 'SIGKILL') throw new Error('still running 30 s after SIGINT');
  // npm passes the interrupt on and ends as an interrupted command does.
  if (![0, 130].includes(code) && signal !== 'SIGINT') throw new Error(`exited with ${code ?? signal}`);
});
await check('the clone is as it was (the examples are served from the git-ignored playground/)', () => {
  const after = gitStatus();
  if (after !== before) throw new Error(`git status before:\n${before || '(clean)'}\nafter:\n${after}`);
  if (!fs.existsSync(path.join(root, 'playground', 'overloaded.stride'))) throw new Error('playground/overloaded.stride is missing');
});

fs.mkdirSync(artifacts, { recursive: true });
const failed = results.filter((line) => line.startsWith('FAIL')).length;
const report = `${results.join('\n')}\n${results.length - failed} passed, ${failed} failed\n`;
fs.writeFileSync(path.join(artifacts, 'npm-start.txt'), report);
console.log(`\nnpm start\n${report}`);
process.exit(failed === 0 ? 0 : 1);

function gitStatus() {
  return execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
}
