/**
 * `stride preview FILE -o plan.html`: the preview as one self-contained HTML file to send to
 * an athlete. Opened in Chromium it shows the plan with nothing fetched from anywhere, runs
 * no script but its own, and follows the reader's light or dark setting.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumForTests, countPixels, openPage, openStandalone, ROOT } from './browser.js';
import { runStride as stride } from '../helpers.js';

const PLAN = `plan "Two weeks"
  start 2027-03-01
  pace easy 6:00/km
  max-speed 8 m/s
week 1 {
  tue run 5km @easy
  sat run "Long" 10km @easy
}
week 2 = week 1 +10%
`;

const browser = chromiumForTests();
let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'stride-preview-'));
});

afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

/** Writes a plan into the test's folder and returns its path. */
function planFile(name: string, text: string): string {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
}

describe('stride preview', () => {
    test('writes one HTML file that shows the plan, fetching nothing', async () => {
        const output = join(folder, 'two-weeks.html');
        const run = await stride('preview', planFile('two-weeks.stride', PLAN), '-o', output);
        expect(run).toEqual({ code: 0, out: [`wrote ${output} (2 weeks, 4 sessions)`], err: [] });

        const { page, watch } = await openPage(browser(), 'light');
        await openStandalone(page, watch, readFileSync(output, 'utf8'));
        await page.waitForSelector('[data-session-key]');
        // Monday 1 March 2027 starts week 1: Tuesday is the 2nd, Saturday the 6th; week 2 is a week later, 10% longer.
        const sessions = await page.locator('[data-session-key]').evaluateAll(elements => elements.map(element =>
            `${element.closest('[data-date]')?.getAttribute('data-date')} ${element.querySelector('.session-title')?.textContent}: `
            + [...element.querySelectorAll('.session-meta > span')].map(span => span.textContent).join(', ')));
        expect(sessions).toEqual([
            // 5 km at 6:00/km: 30 min at RPE 3, 90 AU; 10 km: 60 min, 180 AU.
            '2027-03-02 5 km easy: 30 min, 90 AU, 5.0 km',
            '2027-03-06 Long: 1:00 h, 180 AU, 10.0 km',
            // 5.5 km: 33 min, 99 AU; 11 km: 66 min, 198 AU.
            '2027-03-09 5.5 km easy: 33 min, 99 AU, 5.5 km',
            '2027-03-13 Long: 1:06 h, 198 AU, 11.0 km',
        ]);
        // Week 2 runs 16.5 km, exactly 10% more than week 1's 15 km: not above the note's +10%, so no rule fires.
        expect(await page.locator('.finding').count()).toBe(0);
        expect(await page.locator('.week-totals dd').first().textContent()).toBe('15.0 km');
        // Nothing in a file sent to an athlete points at an editor.
        expect(await page.locator('[data-line], button.source-link').count()).toBe(0);
        expect(watch.requests).toEqual(['https://stride-preview.test/plan.html']);
        expect(watch.problems).toEqual([]);
        await page.close();
    });

    test('a plan with errors is not written', async () => {
        const file = planFile('broken.stride', PLAN.replace('5km @easy', '5km nosuch-drill @easy'));
        const output = join(folder, 'broken.html');
        expect(await stride('preview', file, '-o', output)).toEqual({
            code: 2, out: [], err: [`stride: ${file} has 1 error; run stride check ${file}`],
        });
        expect(() => readFileSync(output)).toThrow();
    });

    test('an output it cannot write, a missing plan and a missing -o are one line each, exit 2', async () => {
        const file = planFile('fine.stride', PLAN);
        const nowhere = join(folder, 'no-such-folder', 'plan.html');
        expect(await stride('preview', file, '-o', nowhere)).toEqual({ code: 2, out: [], err: [`stride: cannot write ${nowhere}: its folder does not exist`] });
        expect(await stride('preview', join(folder, 'missing.stride'), '-o', join(folder, 'missing.html'))).toEqual({
            code: 2, out: [], err: [`stride: cannot read ${join(folder, 'missing.stride')}: no such file`],
        });
        expect(await stride('preview', file)).toEqual({ code: 2, out: [], err: ["stride: required option '-o, --output <file>' not specified"] });
    });
});

describe('the standalone page', () => {
    test('shows plan text that holds markup as text, even where it would end the data block, and runs none of it', async () => {
        const output = join(folder, 'hostile.html');
        const run = await stride('preview', join(ROOT, 'test/preview/hostile-html.stride'), '-o', output);
        expect(run.code).toBe(0);
        const { page, watch } = await openPage(browser(), 'dark');
        await openStandalone(page, watch, readFileSync(output, 'utf8'));
        await page.waitForSelector('[data-session-key]');
        expect(await page.locator('h1').textContent()).toBe('</script><script>window.__pwned=1</script>');
        expect(await page.title()).toBe('</script><script>window.__pwned=1</script>');
        expect(await page.locator('.week-name').textContent()).toBe('<img src=x onerror="window.__pwned=1">');
        expect(await page.locator('[data-session-key="w1-thu-1"] .session-title').textContent()).toBe('<img src=x onerror="window.__pwned=1">');
        expect(await page.locator('#app script, #app img').count()).toBe(0);
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
        // The <img src=x> never became an image, so nothing asked for x.
        expect(watch.requests).toEqual(['https://stride-preview.test/plan.html']);
        expect(watch.problems).toEqual([]);
        await page.close();
    });

    test("draws its charts in the reader's light or dark colours, and again when the setting changes", async () => {
        const output = join(folder, 'two-weeks.html');
        await stride('preview', planFile('two-weeks.stride', PLAN), '-o', output);
        const { page, watch } = await openPage(browser(), 'light');
        await openStandalone(page, watch, readFileSync(output, 'utf8'));
        await page.waitForSelector('canvas.load-chart');
        // Daily load bars: #1a85ff at 70% in Light Modern, #3794ff at 70% in Dark Modern.
        const lightBars = [26, 133, 255, 179];
        const darkBars = [55, 148, 255, 179];
        expect(await countPixels(page, 'canvas.load-chart', lightBars)).toBeGreaterThan(500);
        expect(await countPixels(page, 'canvas.load-chart', darkBars)).toBe(0);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect.poll(() => countPixels(page, 'canvas.load-chart', darkBars)).toBeGreaterThan(500);
        expect(await countPixels(page, 'canvas.load-chart', lightBars)).toBe(0);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
        await page.close();
    });
});
