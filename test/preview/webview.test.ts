/**
 * The preview's webview in Chromium, fed the way the extension feeds it: the model the
 * language server's `stride/previewModel` request answers with, posted as an `update`
 * message. What a reader sees: every session on its date, rest days, the week totals and
 * the rules that fired, the charts drawn, plan text shown as text; and what the editor is
 * told when a session is clicked.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { URI } from 'langium';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentPreview } from '../../src/language/requests.js';
import type { DocumentPreview } from '../../src/protocol/requests.js';
import { sessionKeysAtLine } from '../../src/preview/sessions-at-line.js';
import { checkPlan, HEADER, services } from '../helpers.js';
import {
    chromiumForTests, countPixels, openPage, openWebview, postedByWebview, ROOT, sendToWebview, type ColorScheme, type PageWatch,
} from './browser.js';

const PLAN = `${HEADER}
week 1 "Base" {
  mon rest "Walk 20 minutes"
  tue run "Easy" 5km @easy
  thu 07:00 run "Steady" 6km @easy
  sat run "Long" 10km @easy
}
week 2 = week 1 +20%
week 3 = week 2 +40%
week 4 "Deload" = week 1 -30%
`;

/** The zero-based line of the first line of `text` that holds `snippet`. */
function lineOf(text: string, snippet: string): number {
    return text.split('\n').findIndex(line => line.includes(snippet));
}

/** The preview the language server would answer with for this text. */
async function previewOf(text: string): Promise<DocumentPreview> {
    const checked = await checkPlan(text);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    return documentPreview(services.Stride, document);
}

interface ShownSession {
    readonly name: string;
    /** The time, kind, minutes, load and distance, as shown under the name. */
    readonly meta: string[];
}

/** The sessions shown on a date, in order. */
async function sessionsOn(page: Page, date: string): Promise<ShownSession[]> {
    return page.locator(`[data-date="${date}"] [data-session-key]`).evaluateAll(sessions => sessions.map(session => ({
        name: session.querySelector('.session-name')?.textContent ?? '',
        meta: [...session.querySelectorAll('.session-meta > span')].map(span => span.textContent ?? ''),
    })));
}

const browser = chromiumForTests();

/** A webview page showing the preview, with today's date set, and what it did. */
async function showPreview(preview: DocumentPreview, options: { today?: string; scheme?: ColorScheme; width?: number } = {}): Promise<{ page: Page; watch: PageWatch }> {
    const opened = await openPage(browser(), options.scheme ?? 'light', options.width);
    await opened.page.clock.setFixedTime(new Date(`${options.today ?? '2027-01-14'}T10:00:00`));
    await openWebview(opened.page);
    await sendToWebview(opened.page, { type: 'update', ...preview });
    await opened.page.waitForSelector('[data-session-key]');
    return opened;
}

describe('a plan in the webview', () => {
    let preview: DocumentPreview;
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
        preview = await previewOf(PLAN);
        ({ page, watch } = await showPreview(preview));
    }, 60_000);

    afterAll(async () => {
        await page?.close();
    });

    test('says it is ready before anything else, and loads nothing from outside the media folder', async () => {
        expect((await postedByWebview(page))[0]).toEqual({ type: 'ready' });
        expect(watch.requests.map(url => new URL(url).pathname)).toEqual(['/index.html', '/media/standalone-theme.css', '/media/preview.css', '/media/build/preview.js']);
        expect(watch.problems).toEqual([]);
    });

    test('shows every session on its date with its kind, minutes, load and distance', async () => {
        // Week 1 starts on Monday 4 January. Easy pace is 6:00/km at RPE 3, so a run of d km takes 6d minutes and loads 3 x 6d AU.
        // Week 2 is week 1 x 1.2, week 3 is week 2 x 1.4 (week 1 x 1.68), week 4 is week 1 x 0.7.
        const expected: Record<string, ShownSession[]> = {
            // 5 km: 30 min, 90 AU; 6 km: 36 min, 108 AU; 10 km: 60 min, 180 AU.
            '2027-01-05': [{ name: 'Easy', meta: ['Run', '30 min', '90 AU', '5.0 km'] }],
            '2027-01-07': [{ name: 'Steady', meta: ['07:00', 'Run', '36 min', '108 AU', '6.0 km'] }],
            '2027-01-09': [{ name: 'Long', meta: ['Run', '1:00 h', '180 AU', '10.0 km'] }],
            // 6 km: 36 min, 108 AU; 7.2 km: 43.2 min, 129.6 AU; 12 km: 72 min, 216 AU.
            '2027-01-12': [{ name: 'Easy', meta: ['Run', '36 min', '108 AU', '6.0 km'] }],
            '2027-01-14': [{ name: 'Steady', meta: ['07:00', 'Run', '43 min', '130 AU', '7.2 km'] }],
            '2027-01-16': [{ name: 'Long', meta: ['Run', '1:12 h', '216 AU', '12.0 km'] }],
            // 8.4 km: 50.4 min, 151.2 AU; 10.08 km: 60.48 min, 181.44 AU; 16.8 km: 100.8 min, 302.4 AU.
            '2027-01-19': [{ name: 'Easy', meta: ['Run', '50 min', '151 AU', '8.4 km'] }],
            '2027-01-21': [{ name: 'Steady', meta: ['07:00', 'Run', '1:00 h', '181 AU', '10.1 km'] }],
            '2027-01-23': [{ name: 'Long', meta: ['Run', '1:41 h', '302 AU', '16.8 km'] }],
            // 3.5 km: 21 min, 63 AU; 4.2 km: 25.2 min, 75.6 AU; 7 km: 42 min, 126 AU.
            '2027-01-26': [{ name: 'Easy', meta: ['Run', '21 min', '63 AU', '3.5 km'] }],
            '2027-01-28': [{ name: 'Steady', meta: ['07:00', 'Run', '25 min', '76 AU', '4.2 km'] }],
            '2027-01-30': [{ name: 'Long', meta: ['Run', '42 min', '126 AU', '7.0 km'] }],
        };
        for (const [date, sessions] of Object.entries(expected)) {
            expect(await sessionsOn(page, date), date).toEqual(sessions);
        }
        // Four weeks of three sessions, and none anywhere else.
        await expect.poll(() => page.locator('[data-session-key]').count()).toBe(12);
        expect(await page.locator('[data-session-key] .kind-icon').count()).toBe(12);
    });

    test('marks the rest days with their notes, the derived and deload weeks, and today', async () => {
        for (const monday of ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']) {
            expect(await page.locator(`[data-date="${monday}"].rest .rest-label`).textContent()).toBe('Rest');
            expect(await page.locator(`[data-date="${monday}"] .day-note`).textContent()).toBe('Walk 20 minutes');
        }
        const weekHeads = await page.locator('.week-head').allInnerTexts();
        expect(weekHeads.map(text => text.replace(/\s+/g, ' '))).toEqual([
            'Week 1 Base 4 Jan – 10 Jan',
            'Week 2 11 Jan – 17 Jan From week 1, +20%',
            'Week 3 18 Jan – 24 Jan From week 2, +40%',
            'Week 4 Deload 25 Jan – 31 Jan From week 1, -30% Deload',
        ]);
        // The clock says 14 January 2027: the Thursday of week 2.
        const today = page.locator('[aria-current="date"]');
        expect(await today.getAttribute('data-date')).toBe('2027-01-14');
        expect(await today.locator('.today-tag').textContent()).toBe('Today');
    });

    test("shows each week's totals and the rules that fired on it", async () => {
        const totals = await page.locator('.week-totals').evaluateAll(lists => lists.map(list =>
            [...list.querySelectorAll('dd')].map(value => value.textContent)));
        expect(totals).toEqual([
            // 5 + 6 + 10 = 21 km; 30 + 36 + 60 = 126 min; 90 + 108 + 180 = 378 AU.
            ['21.0 km', '2:06 h', '378 AU', '3'],
            // x 1.2: 25.2 km (+20%); 151.2 min; 453.6 AU.
            ['25.2 km (+20%)', '2:31 h', '454 AU', '3'],
            // x 1.68: 35.28 km, +40% on 25.2; 211.68 min; 635.04 AU.
            ['35.3 km (+40%)', '3:32 h', '635 AU', '3'],
            // x 0.7: 14.7 km, (14.7 - 35.28) / 35.28 = -58%; 88.2 min; 264.6 AU.
            ['14.7 km (-58%)', '1:28 h', '265 AU', '3'],
        ]);
        const findings = await page.locator('.week').evaluateAll(weeks => weeks.map(week =>
            [...week.querySelectorAll('.finding')].map(finding => `${finding.className}: ${finding.querySelector('.finding-message')?.textContent}`)));
        expect(findings).toEqual([
            [],
            ['finding note: week 2: 25.2 km, +20% on week 1 (21.0 km); limit +10%'],
            ['finding warning: week 3: 35.3 km, +40% on week 2 (25.2 km); limit +30%'],
            [],
        ]);
    });

    test('draws the load chart and the weekly distance in the theme colours', async () => {
        // The light palette of media/standalone-theme.css: bars #1a85ff at 70%, the band #388a34 at 18%,
        // the 1.5 line #e51400, the weekly distance #388a34 at 75%.
        expect(await countPixels(page, 'canvas.load-chart', [26, 133, 255, 179])).toBeGreaterThan(1000);
        expect(await countPixels(page, 'canvas.load-chart', [56, 138, 52, 46])).toBeGreaterThan(1000);
        expect(await countPixels(page, 'canvas.load-chart', [229, 20, 0, 255])).toBeGreaterThan(100);
        expect(await countPixels(page, 'canvas.distance-chart', [56, 138, 52, 191])).toBeGreaterThan(1000);
    });

    test('a click on a session, a week or a finding asks the editor to show its line', async () => {
        await page.locator('[data-session-key="w1-sat-1"] .session-open').click();
        // A derived week's sessions come from its header.
        await page.locator('[data-session-key="w2-tue-1"] .session-open').click();
        await page.locator('.week-title', { hasText: 'Week 4' }).click();
        await page.locator('.finding-text', { hasText: 'week 3: 35.3 km' }).click();
        expect((await postedByWebview(page)).slice(-4)).toEqual([
            { type: 'reveal', line: lineOf(PLAN, 'sat run "Long"') },
            { type: 'reveal', line: lineOf(PLAN, 'week 2 =') },
            { type: 'reveal', line: lineOf(PLAN, 'week 4 "Deload"') },
            { type: 'reveal', line: lineOf(PLAN, 'week 3 =') },
        ]);
    });

    test('the keyboard reaches the weeks, the sessions and their details, and Enter shows them', async () => {
        const fresh = await showPreview(preview);
        const focused = () => fresh.page.evaluate(() => {
            const active = document.activeElement;
            return `${active?.closest('[data-session-key]')?.getAttribute('data-session-key') ?? ''} ${active?.tagName} ${active?.textContent}`;
        });
        await fresh.page.keyboard.press('Tab');
        expect(await focused()).toBe(' BUTTON Week 1');
        await fresh.page.keyboard.press('Tab');
        expect(await focused()).toBe('w1-tue-1 BUTTON EasyRun30 min90 AU5.0 km');
        await fresh.page.keyboard.press('Enter');
        await fresh.page.keyboard.press('Tab');
        expect(await focused()).toBe('w1-tue-1 SUMMARY Details');
        await fresh.page.keyboard.press('Enter');
        expect(await fresh.page.locator('[data-session-key="w1-tue-1"] .session-description').isVisible()).toBe(true);
        expect((await postedByWebview(fresh.page)).slice(1)).toEqual([{ type: 'reveal', line: lineOf(PLAN, 'tue run "Easy"') }]);
        await fresh.page.close();
    });

    test('highlights the sessions under the cursor, and keeps what the reader opened when the plan changes', async () => {
        const cursorKeys = sessionKeysAtLine(preview.model, lineOf(PLAN, 'week 3 ='));
        expect(cursorKeys).toEqual(['w3-tue-1', 'w3-thu-1', 'w3-sat-1']);
        await sendToWebview(page, { type: 'highlight', sessionKeys: cursorKeys });
        expect(await page.locator('.session.highlighted').evaluateAll(sessions => sessions.map(session => session.getAttribute('data-session-key'))))
            .toEqual(cursorKeys);

        await page.locator('[data-session-key="w1-tue-1"] summary').click();
        await sendToWebview(page, { type: 'update', ...preview, version: preview.version + 1 });
        expect(await page.locator('[data-session-key="w1-tue-1"] details').getAttribute('open')).toBe('');
        expect(await page.locator('.session.highlighted').count()).toBe(3);
        expect(await page.locator('[data-session-key="w1-tue-1"] .session-description').innerText())
            .toBe('- 5.0 km Run at easy pace (6:00/km)\n\nEstimated 30 min, 5.0 km, load 90 AU');
    });
});

describe('the sessions under the cursor', () => {
    test('are the session whose line it is on, every session of a derived week on its header, and none between', async () => {
        const { model } = await previewOf(PLAN);
        expect(sessionKeysAtLine(model, lineOf(PLAN, 'thu 07:00'))).toEqual(['w1-thu-1']);
        expect(sessionKeysAtLine(model, lineOf(PLAN, 'week 4 "Deload"'))).toEqual(['w4-tue-1', 'w4-thu-1', 'w4-sat-1']);
        expect(sessionKeysAtLine(model, lineOf(PLAN, 'mon rest'))).toEqual([]);
    });
});

describe('plan text that holds markup', () => {
    test('shows as text and runs nothing, and the page runs no script of its own making', async () => {
        const hostile = await readFile(join(ROOT, 'test/preview/hostile-html.stride'), 'utf8');
        const { page, watch } = await showPreview(await previewOf(hostile), { today: '2027-01-05' });
        const text = await page.locator('#app').innerText();
        for (const shown of [
            '</script><script>window.__pwned=1</script>', // the plan's name
            '<img src=x onerror="window.__pwned=1">', // the week's title, a session's title
            '<script>window.__pwned=1</script>', // a rest day's note, a named session's title
            '130 foot contacts', // a finding whose message names the session
        ]) {
            expect(text).toContain(shown);
        }
        await page.locator('[data-session-key="w1-tue-1"] summary').click();
        expect(await page.locator('[data-session-key="w1-tue-1"] .session-description').innerText()).toContain(
            '- 13 x 10 Pogo jump, rest 1:30 min (<img src=x onerror="window.__pwned=1">)\n'
            + '- 2 rounds, rest 1 min between (<script>window.__pwned=1</script>):\n'
            + '  - 100 m <img src=x onerror="window.__pwned=1"> at easy pace (6:00/km)\n'
            + '- Note: <img src=x onerror="window.__pwned=1">');
        expect(await page.locator('#app script, #app img').count()).toBe(0);

        // A script put in the page by other means than the bundle does not run: it has no nonce.
        await page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.__pwned = 1';
            document.body.append(script);
        });
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(watch.problems).toEqual([expect.stringContaining("Executing inline script violates the following Content Security Policy directive 'script-src 'nonce-")]);
        expect(watch.requests.filter(url => !url.includes('/media/') && !url.endsWith('/index.html'))).toEqual([]);
        await page.close();
    });
});

describe('a real plan, examples/speed-block.stride', () => {
    let preview: DocumentPreview;

    beforeAll(async () => {
        preview = await previewOf(await readFile(join(ROOT, 'examples/speed-block.stride'), 'utf8'));
    });

    test.each(['light', 'dark'] as const)('shows every session on its date, draws its ACWR, and is saved as test-results/preview-%s.png, its first screen as -top.png', async scheme => {
        const { page, watch } = await showPreview(preview, { today: '2027-01-20', scheme });
        const sessions = preview.model.weeks.flatMap(week => week.days.flatMap(day => day.sessions.map(session => ({ key: session.key, date: day.date }))));
        // Weeks 1-3 and 5-11 have 9 sessions each, weeks 4 and 8 have 9, week 12 has 6: 9 x 11 + 6 = 105.
        expect(sessions).toHaveLength(105);
        expect(await page.locator('[data-session-key]').count()).toBe(105);
        for (const { key, date } of sessions) {
            expect(await page.locator(`[data-date="${date}"] [data-session-key="${key}"]`).count(), key).toBe(1);
        }
        // The acute (orange) and chronic (purple) lines from day 28 on, in this scheme's colours.
        const [acute, chronic] = scheme === 'light' ? [[209, 134, 22, 255], [101, 45, 144, 255]] : [[209, 134, 22, 255], [177, 128, 215, 255]];
        expect(await countPixels(page, 'canvas.load-chart', acute)).toBeGreaterThan(200);
        expect(await countPixels(page, 'canvas.load-chart', chronic)).toBeGreaterThan(200);
        await page.screenshot({ path: join(ROOT, `test-results/preview-${scheme}.png`), fullPage: true });
        // Its first screen, which the Marketplace readme shows (`npm run images` copies it).
        await page.screenshot({ path: join(ROOT, `test-results/preview-${scheme}-top.png`) });
        expect(watch.problems).toEqual([]);
        await page.close();
    });

    test('reads at a narrow width: one day under another, saved as test-results/preview-narrow.png', async () => {
        const { page } = await showPreview(preview, { today: '2027-01-20', scheme: 'dark', width: 420 });
        expect(await page.locator('.calendar-head').isVisible()).toBe(false);
        expect(await page.locator('[data-date="2027-01-05"] .day-weekday').isVisible()).toBe(true);
        // At 420 px every session card takes the width beside its day's label, and nothing is wider than the page.
        const widths = await page.locator('[data-session-key]').evaluateAll(sessions => sessions.map(session => session.getBoundingClientRect().width));
        expect(Math.min(...widths)).toBeGreaterThan(250);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(420);
        await page.screenshot({ path: join(ROOT, 'test-results/preview-narrow.png') });
        await page.close();
    });
});
