/**
 * The preview of a real plan (examples/speed-block.stride) at the widths a coach keeps it:
 * on a whole screen (1400 px) and beside the editor (600 px), in light and dark. At both, each
 * week is one row of seven days, sessions are named by what they are, and the plan's summary
 * and charts come before the weeks; only where seven days cannot fit (420 px) do they stand
 * one under another. Each is saved as a screenshot in test-results/. One page, resized and
 * recoloured, as a reader would.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { URI } from 'langium';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentPreview } from '../../src/language/requests.js';
import { checkPlan, services } from '../helpers.js';
import { chromiumForTests, countPixels, openPage, openWebview, ROOT, sendToWebview } from './browser.js';

const browser = chromiumForTests();
let text: string;
let page: Page;

beforeAll(async () => {
    text = await readFile(join(ROOT, 'examples/speed-block.stride'), 'utf8');
    const checked = await checkPlan(text);
    const preview = await documentPreview(services.Stride, services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!);
    ({ page } = await openPage(browser(), 'light', 1400));
    await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
    await openWebview(page);
    await sendToWebview(page, { type: 'update', ...preview });
    await page.waitForSelector('[data-session-key]');
}, 60_000);

afterAll(async () => {
    await page?.close();
});

/** Each week's days as they lie on the page: the top of each, its left edge and its width. */
function dayBoxes(): Promise<Array<Array<{ top: number; left: number; width: number }>>> {
    return page.locator('.calendar .week').evaluateAll(weeks => weeks.map(week => [...week.querySelectorAll('.day')].map(day => {
        const box = day.getBoundingClientRect();
        return { top: Math.round(box.top), left: Math.round(box.left), width: box.width };
    })));
}

describe.each([1400, 600])('at %i px', width => {
    test('every week is one row of seven days, sessions named by what they are, the summary and charts first; saved in light and dark', async () => {
        await page.setViewportSize({ width, height: 1200 });
        const weeks = await dayBoxes();
        expect(weeks).toHaveLength(12);
        for (const days of weeks) {
            expect(days).toHaveLength(7);
            // One row: the same top, each day right of the one before, none narrower than a short title.
            expect(new Set(days.map(day => day.top)).size).toBe(1);
            expect(days.every((day, index) => index === 0 || day.left > days[index - 1].left)).toBe(true);
            expect(Math.min(...days.map(day => day.width))).toBeGreaterThan(width === 600 ? 60 : 120);
        }
        expect(await page.locator('.calendar-head').isVisible()).toBe(true);
        // Week 1: the named sessions keep their names, with the main set beside them; the others say what they are.
        const week1 = await page.locator('#week-1 [data-session-key]').evaluateAll(cards => cards.map(card => card.querySelector('.session-title')?.textContent));
        expect(week1).toEqual(['Speed day', 'Strength and power', '8 km easy run', 'Hips and ankles', 'Easy + strides', 'Threshold', '5 km recovery run @easy', 'Hips and ankles', 'Long run']);
        expect(await page.locator('[data-session-key="w1-tue-1"] .session-main').textContent()).toBe('2 x 10 pogo jump + 4 x 60 m sprint in 7.7 s + 1 more');
        // The summary and both charts above the first week, the charts drawn: the acute (orange) line, the same in both schemes.
        const bottomOfCharts = await page.locator('.summary').evaluate(summary => summary.getBoundingClientRect().bottom);
        const topOfWeeks = await page.locator('#week-1').evaluate(week => week.getBoundingClientRect().top);
        expect(bottomOfCharts).toBeLessThan(topOfWeeks);
        expect(await page.locator('.summary canvas.distance-chart').isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await expect.poll(() => countPixels(page, 'canvas.load-chart', [209, 134, 22, 255])).toBeGreaterThan(200);
            await page.screenshot({ path: join(ROOT, `test-results/preview-${width}-${scheme}.png`) });
        }
        await page.emulateMedia({ colorScheme: 'light' });
    });
});

describe('at 600 px, with a session open and the editor scrolled', () => {
    test("the session's details open under its week; the week at the editor's top line comes to the top, under the weekday names", async () => {
        await page.locator('[data-session-key="w1-tue-1"] .session-open').click();
        const details = await page.locator('#details-1').evaluate(panel => panel.getBoundingClientRect());
        const week2 = await page.locator('#week-2').evaluate(week => week.getBoundingClientRect().top);
        expect(details.top).toBeGreaterThan(0);
        expect(details.bottom).toBeLessThan(week2);
        await page.locator('#week-1').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ROOT, 'test-results/preview-600-details.png') });

        const lines = text.split('\n');
        const headHeight = await page.locator('.calendar-head').evaluate(head => head.getBoundingClientRect().height);
        await sendToWebview(page, { type: 'scrollToLine', line: lines.findIndex(line => line.startsWith('weeks 5-7')) });
        await expect.poll(() => page.locator('#week-5').evaluate(week => week.getBoundingClientRect().top)).toBeCloseTo(headHeight, 0);
        // Above the weeks (the header, the named sessions): the top of the page, the summary.
        await sendToWebview(page, { type: 'scrollToLine', line: lines.findIndex(line => line.startsWith('session gym')) });
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    });
});

describe('at 420 px, where seven days cannot fit', () => {
    test('the days of a week stand one under another, saved as test-results/preview-420-dark.png', async () => {
        await page.setViewportSize({ width: 420, height: 1000 });
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.locator('.calendar-head').isVisible()).toBe(false);
        expect(await page.locator('[data-date="2027-01-05"] .day-weekday').isVisible()).toBe(true);
        // Every session card takes the width beside its day's label, and nothing is wider than the page.
        const widths = await page.locator('[data-session-key]').evaluateAll(sessions => sessions.map(session => session.getBoundingClientRect().width));
        expect(Math.min(...widths)).toBeGreaterThan(250);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(420);
        await page.locator('#week-2').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ROOT, 'test-results/preview-420-dark.png') });
    });
});
