// The browser-UI test: the packaged .vsix installed into the real code-server UI, driven in
// Debian's Chromium by playwright-core as a user would: open a plan with Quick Open, see its
// language mode, its squiggles, the Problems count, the editor title buttons, the export code
// lens and the preview; save a screenshot as a test artifact; move a session in the preview by
// dragging it and with Alt+Right, see the text change and undo it; then export the plan
// through the save dialog, and over a file Stride did not write.
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

    const webview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    // Week 6 runs from Monday 8 February 2027: its Friday, the 12th, is a rest day.
    const sunday = '  sun run "Long run" 28km long-run @easy';
    await check('a session dragged to another day in the preview moves in the text, and one undo puts it back', async () => {
      await goToLine(page, 45);
      await webview.locator('#week-6').scrollIntoViewIfNeeded({ timeout: 15_000 });
      await dragTo(page, webview.locator('[data-session-key="w6-sun-1"]'), webview.locator('.day[data-date="2027-02-12"]'));
      await editorShows(page, ['  fri run "Long run" 28km long-run @easy'], [sunday]);
      await webview.locator('.day[data-date="2027-02-12"] [data-session-key="w6-fri-1"]').waitFor({ timeout: 15_000 });
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-moved.png') });
      await undoInEditor(page);
      await editorShows(page, [sunday, '  fri rest'], ['  fri run "Long run"']);
      await webview.locator('.day[data-date="2027-02-14"] [data-session-key="w6-sun-1"]').waitFor({ timeout: 15_000 });
    });

    await check('Alt+Right on a focused session in the preview moves it a day, and one undo puts it back', async () => {
      await webview.locator('[data-session-key="w6-wed-1"] .session-open').click();
      await page.keyboard.press('Alt+ArrowRight');
      await editorShows(page, ['  thu run 16km @easy and run 16km @easy'], ['  wed run 16km @easy']);
      await undoInEditor(page);
      await editorShows(page, ['  wed run 16km @easy', '  thu run 16km @easy'], ['and run 16km']);
    });

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

/** Shows a line of the plan in its editor (Go to Line), the editor having the focus. */
async function goToLine(page, line) {
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/**
 * Where an element of the preview is on the page. Playwright's boundingBox leaves out the
 * offset of the webview's inner frame, so the boxes of both frames are added up here.
 */
async function pageBox(page, locator) {
  const outer = await page.locator('iframe.webview').boundingBox();
  const inner = await page.frameLocator('iframe.webview').locator('iframe#active-frame')
    .evaluate((frame) => ({ x: frame.getBoundingClientRect().x, y: frame.getBoundingClientRect().y }));
  const box = await locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
  return { x: outer.x + inner.x + box.x, y: outer.y + inner.y + box.y, width: box.width, height: box.height };
}

/** Drags with the mouse, as a coach does: press on the card, move over the day, release. */
async function dragTo(page, card, day) {
  const from = await pageBox(page, card);
  const to = await pageBox(page, day);
  await page.mouse.move(from.x + 10, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 14, { steps: 3 });
  // Over the top of the day: a drag near the preview's edge would scroll it.
  await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 8 });
  await page.mouse.up();
}

/** The text of the lines the plan's editor shows, spaces as typed, without the inlay hints (spans of a `dyn-rule-*` class). */
async function editorLines(page) {
  const lines = await page.locator('.part.editor .monaco-editor .view-lines').first().locator('.view-line').evaluateAll((views) => views.map((view) =>
    [...view.querySelectorAll('span > span')].filter((span) => ![...span.classList].some((name) => name.startsWith('dyn-rule'))).map((span) => span.textContent).join('')));
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}

/** Waits until the editor shows each of `present` as a line and none of `absent` in any line. */
async function editorShows(page, present, absent) {
  await waitUntil(async () => {
    const lines = await editorLines(page);
    return present.every((expected) => lines.includes(expected)) && absent.every((part) => !lines.some((line) => line.includes(part)));
  }, 30_000, async () => `the editor shows ${JSON.stringify(await editorLines(page))}`);
}

/** Undo, in the editor, as the preview tells the coach to. */
async function undoInEditor(page) {
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Z');
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
