#!/usr/bin/env node
// The end-to-end suite (`npm run test:e2e`, after `npm run package`): what the .vsix holds,
// its manifest and its readme; the extension's tests in the real extension host of the VS Code
// that code-server bundles, through @vscode/test-electron's runTests; then the browser-UI test
// on the packaged .vsix.
// Prints each test, and last a `N passed, N failed` line for all three parts; exits 1 on any
// failure. Results and the screenshot go to test-results/.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { ensureCodeServer } from '../../scripts/code-server.mjs';
import { checkPackage } from './package-check.mjs';
import { runUiSession } from './ui.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const suiteDir = path.join(root, 'test', 'e2e', 'suite');
const suiteOut = path.join(root, 'out', 'e2e');
const artifacts = path.join(root, 'test-results');
const examples = path.join(root, 'examples');
const started = Date.now();

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
if (!fs.existsSync(vsix)) {
  console.error(`e2e: ${path.relative(root, vsix)} is missing: run \`npm run package\` first`);
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });

const packaged = await checkPackage({ root, vsix });
console.log(`e2e: VS Code from code-server in ${await ensureCodeServer()}`);
const host = await runExtensionHost();
const hostSeconds = (Date.now() - started) / 1000;
const ui = await runUiSession({ examples, vsix, screenshot: path.join(artifacts, 'e2e-ui.png') });
const seconds = (Date.now() - started) / 1000;

const results = [
  ...packaged.results.map((result) => ({ ...result, name: `package: ${result.name}` })),
  ...host,
  ...ui.map((result) => ({ ...result, name: `browser UI: ${result.name}` })),
];
const failed = results.filter((result) => result.error).length;
const report = results.map(({ name, error }) => error
  ? `FAIL ${name}\n     ${String(error.stack ?? error).split('\n').slice(0, 8).join('\n     ')}`
  : `ok   ${name}`).join('\n');
fs.writeFileSync(path.join(artifacts, 'e2e.txt'), `${report}\n${results.length - failed} passed, ${failed} failed\n`);
console.log(`\nEnd-to-end results\n${report}`);
console.log(`sizes: ${Object.entries(packaged.sizes).map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(0)} KB`).join(', ')}`);
console.log(`time: ${seconds.toFixed(0)} s (extension host ${hostSeconds.toFixed(0)} s); screenshot test-results/e2e-ui.png`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Bundles the mocha suite and runs it in the extension host; one result per test, from the file the suite writes. */
async function runExtensionHost() {
  // The extension host loads CommonJS; the package is "type": "module".
  fs.rmSync(suiteOut, { recursive: true, force: true });
  await build({
    entryPoints: fs.readdirSync(suiteDir).filter((name) => name === 'index.ts' || name.endsWith('.test.ts')).map((name) => path.join(suiteDir, name)),
    outdir: suiteOut,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const resultsFile = path.join(artifacts, 'e2e-extension-host.txt');
  fs.rmSync(resultsFile, { force: true });
  try {
    await runTests({
      vscodeExecutablePath: path.join(root, 'scripts', 'vscode-launcher.sh'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(suiteOut, 'index.cjs'),
      launchArgs: [examples],
      extensionTestsEnv: { STRIDE_TEST_RESULTS: resultsFile },
    });
  } catch (error) {
    // runTests rejects when a test fails; the results file says which.
    console.log(`e2e: the extension host run ended with ${error.message ?? error}`);
  }
  const lines = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').trimEnd().split('\n') : [];
  if (!/^\d+ passed, \d+ failed/.test(lines.at(-1) ?? '')) {
    return [{ name: 'extension host: the suite reports its results', error: new Error(`no results in ${resultsFile}`) }];
  }
  // `ok   title (N ms)`, or `FAIL title` followed by its indented error.
  return lines.slice(0, -1).join('\n').split(/\n(?=ok {3}|FAIL )/).map((entry) => {
    const [first, ...detail] = entry.split('\n');
    const name = `extension host: ${first.slice(5)}`;
    return first.startsWith('ok') ? { name } : { name, error: detail.map((line) => line.trim()).join('\n') };
  });
}
