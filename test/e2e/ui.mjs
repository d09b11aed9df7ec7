// The browser-UI test: the packaged .vsix installed into the real code-server UI, driven in
// Debian's Chromium by playwright-core as a user would: open a plan with Quick Open, see its
// language mode, its squiggles, the Problems count, the editor title buttons, the export code
// lens and the preview; save a screenshot as a test artifact; then export the plan through the
// save dialog, and over a file Stride did not write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../../scripts/chromium.mjs';
import { startCodeServer } from '../../scripts/code-server.mjs';

const PLAN = 'overloaded.stride';
const CALENDAR = 'overloaded.ics';
// overloaded.stride: weeks 1 to 5 have sessions on tue, wed, thu, sat and sun, and so has week 6: 6 x 5 = 30.
const EVENTS = 30;

/**
 * Runs every check, each as one test, on a copy of `examples` (the export writes beside the
 * plan), and returns [{ name, error }] (error undefined when it passed). Checks run in order on
 * one page; a failure does not stop the ones after it, and leaves a screenshot beside `screenshot`.
 */
export async function runUiSession({ examples, vsix, screenshot }) {
  const results = [];
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-ui-'));
  const folder = path.join(workspace, 'examples');
  fs.cpSync(examples, folder, { recursive: true });
  const session = await startCodeServer({ folder, vsix: [vsix], verbose: process.env.STRIDE_E2E_VERBOSE === '1' });
  // Playwright's own signal handlers would exit before the server group is ended.
  const browser = await chromium.launch({
    executablePath: ensureChromium('the end-to-end tests'), headless: true, args: CHROMIUM_FLAGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const stop = async () => {
    await browser.close().catch(() => {});
    await session.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  const onSignal = (signal) => stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const check = async (name, run) => {
      try {
        await run();
        results.push({ name });
      } catch (error) {
        results.push({ name, error });
        await page.screenshot({ path: screenshot.replace(/\.png$/, `-failed-${results.length}.png`) }).catch(() => {});
      }
    };
    await page.goto(session.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await check(`${PLAN} opens from Quick Open`, async () => {
      await page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+P');
      await page.keyboard.type(PLAN);
      // Enter before the row is listed opens nothing.
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: PLAN }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines').filter({ hasText: 'Too much, too soon' }).first().waitFor({ timeout: 30_000 });
    });

    await check('the status bar names the language mode Stride', async () => {
      await page.locator('[id="status.editor.mode"]').filter({ hasText: /^\s*Stride\s*$/ }).waitFor({ timeout: 30_000 });
    });

    await check('the warnings are squiggles in the editor', async () => {
      // Line 37 holds the sprints on short rest; going there brings it and week 6's header into view.
      await page.keyboard.press('Control+G');
      await page.keyboard.type('37');
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    });

    await check('the status bar counts the problems', async () => {
      const problems = page.locator('[id="status.problems"]');
      await waitUntil(async () => problemCount(await problems.getAttribute('aria-label')) > 0, 30_000,
        async () => `Problems reads "${await problems.getAttribute('aria-label')}"`);
    });

    await check('the editor title has the preview and export buttons', async () => {
      const actions = page.locator('.editor-actions');
      await actions.locator('[aria-label*="Open Preview to the Side"]').first().waitFor({ timeout: 15_000 });
      await actions.locator('[aria-label*="Export to Calendar (.ics)"]').first().waitFor({ timeout: 15_000 });
    });

    await check('a code lens above the plan header offers the export', async () => {
      await page.keyboard.press('Control+Home');
      await page.locator('.monaco-editor .codelens-decoration').filter({ hasText: 'Export to Calendar (.ics)' }).first().waitFor({ timeout: 30_000 });
    });

    await check('the preview opens beside the plan and shows its sessions', async () => {
      await page.keyboard.press('F1');
      await page.keyboard.type('Stride: Open Preview to the Side');
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Stride: Open Preview to the Side' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      const webview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
      await webview.locator('[data-session-key]').first().waitFor({ timeout: 30_000 });
    });

    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });

    const calendar = path.join(folder, CALENDAR);
    const toast = (text) => page.locator('.notification-toast').filter({ hasText: text }).first();
    await check('the export button asks where to save, then says how many events it wrote', async () => {
      await exportThroughSaveDialog(page, { replacing: false });
      await toast(`Exported ${EVENTS} events to ${CALENDAR}.`).waitFor({ timeout: 30_000 });
      const events = fs.readFileSync(calendar, 'utf8').match(/^BEGIN:VEVENT\r$/gm)?.length;
      if (events !== EVENTS) throw new Error(`${CALENDAR} has ${events} events`);
    });

    await check('exporting over a calendar Stride did not write asks first, and Replace replaces it', async () => {
      fs.writeFileSync(calendar, 'BEGIN:VCALENDAR\r\nPRODID:-//Someone else//EN\r\nEND:VCALENDAR\r\n');
      await exportThroughSaveDialog(page, { replacing: true });
      const question = page.locator('.monaco-dialog-box').filter({ hasText: `${CALENDAR} exists and was not written by Stride. Replace it?` });
      await question.waitFor({ timeout: 30_000 });
      await question.locator('.monaco-button').filter({ hasText: 'Replace' }).click();
      await waitUntil(async () => fs.readFileSync(calendar, 'utf8').includes('PRODID:-//Stride//'), 30_000,
        async () => `${CALENDAR} still reads ${JSON.stringify(fs.readFileSync(calendar, 'utf8').slice(0, 60))}`);
    });
  } catch (error) {
    results.push({ name: 'the UI session', error });
  } finally {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, onSignal);
    await stop();
  }
  return results;
}

/**
 * Clicks the export button of the plan's editor and accepts the save dialog's suggestion, the
 * plan's name with .ics beside it (VS Code's own dialog in the browser: a path in a quick input),
 * and, when the file is there, its own question whether to overwrite it.
 */
async function exportThroughSaveDialog(page, { replacing }) {
  await page.locator('.editor-actions [aria-label*="Export to Calendar (.ics)"]').first().click();
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitUntil(async () => (await input.inputValue()).endsWith(`/${CALENDAR}`), 15_000,
    async () => `the save dialog suggests ${JSON.stringify(await input.inputValue())}`);
  // The dialog takes no answer until it has listed the folder.
  await page.locator('.quick-input-list .monaco-list-row[aria-label=".."]').waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  if (replacing) {
    await page.locator('.quick-input-widget').filter({ hasText: `${CALENDAR} already exists` }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
  }
}

/** `Warnings: 3` and `Errors: 1, Warnings: 2` as the number of problems; `No Problems` is 0. */
function problemCount(label) {
  return [...String(label ?? '').matchAll(/\d+/g)].reduce((sum, [number]) => sum + Number(number), 0);
}

async function waitUntil(condition, timeoutMs, explain) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`${await explain()} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
