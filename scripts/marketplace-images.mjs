#!/usr/bin/env node
// The pictures the Marketplace shows, kept in git because the package needs them and a fresh
// clone has no test results (`npm run images`; commit what changed):
// - media/icon.png, drawn from media/icon.svg by Chromium at 256 x 256;
// - media/screenshots/*.png, the screenshots the tests take: the editor beside the preview from
//   the end-to-end UI session (`npm run test:e2e`), the preview from its Chromium tests
//   (`npm test`). A screenshot older than a source of what it shows is refused, as it may show
//   what has changed since; the command that takes it again is named.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const media = path.join(root, 'media');
const results = path.join(root, 'test-results');

/** Each screenshot: where a test leaves it, its name in the package, the sources of what it shows, the command that takes it. */
const SCREENSHOTS = [
  { from: 'e2e-ui.png', to: 'editor.png', shows: ['src', 'media/preview.css', 'scripts/textmate-grammar.mjs', 'examples/overloaded.stride'], takenBy: 'npm run test:e2e' },
  { from: 'preview-1400-light.png', to: 'preview.png', shows: ['src/preview', 'src/plan', 'media/preview.css', 'media/standalone-theme.css', 'examples/speed-block.stride'], takenBy: 'npm test' },
];

const browser = await chromium.launch({ executablePath: ensureChromium('drawing the icon'), headless: true, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<body style="margin: 0">${fs.readFileSync(path.join(media, 'icon.svg'), 'utf8')}</body>`);
  await page.locator('svg').screenshot({ path: path.join(media, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('media/icon.png: drawn from media/icon.svg');

const stale = SCREENSHOTS.filter(({ from, shows }) => {
  const taken = path.join(results, from);
  return !fs.existsSync(taken) || fs.statSync(taken).mtimeMs < newestChange(shows);
});
if (stale.length > 0) {
  for (const { from, shows, takenBy } of stale) {
    console.error(`images: test-results/${from} is missing, or older than a change in ${shows.join(', ')}: run \`${takenBy}\` first`);
  }
  process.exit(1);
}
fs.mkdirSync(path.join(media, 'screenshots'), { recursive: true });
for (const { from, to } of SCREENSHOTS) {
  fs.copyFileSync(path.join(results, from), path.join(media, 'screenshots', to));
  console.log(`media/screenshots/${to}: test-results/${from}`);
}

/** When the newest of the files git keeps in these paths was last changed (what is generated from them is not a source). */
function newestChange(paths) {
  const listed = spawnSync('git', ['ls-files', '-z', '--', ...paths], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr || listed.error?.message}`);
  return Math.max(...listed.stdout.split('\0').filter(Boolean).map((file) => fs.statSync(path.join(root, file)).mtimeMs));
}
