/**
 * The preview's webview in Chromium, fed the way the extension feeds it: the model the
 * language server's `stride/previewModel` request answers with, posted as an `update`
 * message. What a reader sees: every session on its date named by what it is, rest days, the
 * week totals and the rules that fired, the details of a session as a structure, plan text
 * shown as text, the errors of a broken plan over its last good calendar; and what the editor
 * is told when a session is clicked, dragged to another day or moved with the keyboard.
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
  tue run 5km @easy
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
    readonly title: string;
    /** The time, minutes, load and distance, as shown under the title. */
    readonly meta: string[];
}

/** The sessions shown on a date, in order. */
async function sessionsOn(page: Page, date: string): Promise<ShownSession[]> {
    return page.locator(`[data-date="${date}"] [data-session-key]`).evaluateAll(sessions => sessions.map(session => ({
        title: session.querySelector('.session-title')?.textContent ?? '',
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

/** Drags a session card by the mouse, as a reader does, and drops it on the day of `date`. */
async function drag(page: Page, sessionKey: string, date: string): Promise<void> {
    const from = (await page.locator(`[data-session-key="${sessionKey}"]`).boundingBox())!;
    const to = (await page.locator(`.day[data-date="${date}"]`).boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 8);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 12, { steps: 2 });
    await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 5 });
    await page.mouse.up();
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

    test('shows every session on its date, named by what it is, with its minutes, load and distance', async () => {
        // Week 1 starts on Monday 4 January. Easy pace is 6:00/km at RPE 3, so a run of d km takes 6d minutes and loads 3 x 6d AU.
        // Week 2 is week 1 x 1.2, week 3 is week 2 x 1.4 (week 1 x 1.68), week 4 is week 1 x 0.7.
        const expected: Record<string, ShownSession[]> = {
            // 5 km: 30 min, 90 AU; 6 km: 36 min, 108 AU; 10 km: 60 min, 180 AU.
            '2027-01-05': [{ title: '5 km easy', meta: ['30 min', '90 AU', '5.0 km'] }],
            '2027-01-07': [{ title: 'Steady', meta: ['07:00', '36 min', '108 AU', '6.0 km'] }],
            '2027-01-09': [{ title: 'Long', meta: ['1:00 h', '180 AU', '10.0 km'] }],
            // 6 km: 36 min, 108 AU; 7.2 km: 43.2 min, 129.6 AU; 12 km: 72 min, 216 AU.
            '2027-01-12': [{ title: '6 km easy', meta: ['36 min', '108 AU', '6.0 km'] }],
            '2027-01-14': [{ title: 'Steady', meta: ['07:00', '43 min', '130 AU', '7.2 km'] }],
            '2027-01-16': [{ title: 'Long', meta: ['1:12 h', '216 AU', '12.0 km'] }],
            // 8.4 km: 50.4 min, 151.2 AU; 10.08 km: 60.48 min, 181.44 AU; 16.8 km: 100.8 min, 302.4 AU.
            '2027-01-19': [{ title: '8.4 km easy', meta: ['50 min', '151 AU', '8.4 km'] }],
            '2027-01-21': [{ title: 'Steady', meta: ['07:00', '1:00 h', '181 AU', '10.1 km'] }],
            '2027-01-23': [{ title: 'Long', meta: ['1:41 h', '302 AU', '16.8 km'] }],
            // 3.5 km: 21 min, 63 AU; 4.2 km: 25.2 min, 75.6 AU; 7 km: 42 min, 126 AU.
            '2027-01-26': [{ title: '3.5 km easy', meta: ['21 min', '63 AU', '3.5 km'] }],
            '2027-01-28': [{ title: 'Steady', meta: ['07:00', '25 min', '76 AU', '4.2 km'] }],
            '2027-01-30': [{ title: 'Long', meta: ['42 min', '126 AU', '7.0 km'] }],
        };
        for (const [date, sessions] of Object.entries(expected)) {
            expect(await sessionsOn(page, date), date).toEqual(sessions);
        }
        // Four weeks of three sessions, and none anywhere else; each with its kind's icon, and a named one with its main set.
        await expect.poll(() => page.locator('[data-session-key]').count()).toBe(12);
        expect(await page.locator('[data-session-key] .kind-icon').count()).toBe(12);
        expect(await page.locator('[data-session-key="w1-thu-1"] .session-main').textContent()).toBe('6 km easy');
        expect(await page.locator('[data-session-key="w1-thu-1"] .session-open').getAttribute('title')).toBe('Steady: 6 km easy · Run · 07:00 · 36 min · 108 AU · 6.0 km');
    });

    test('explains AU wherever a load is shown, and in the legend', async () => {
        const explained = 'AU: arbitrary units of training load, how hard a session feels (RPE, 1 to 10) times its minutes';
        const titles = await page.locator('.load').evaluateAll(loads => loads.map(load => `${load.textContent} ${load.getAttribute('title')}`));
        // Twelve sessions, four weeks' totals and the plan's.
        expect(titles).toHaveLength(17);
        expect(titles.every(title => / AU /.test(title) && title.endsWith(explained))).toBe(true);
        expect(await page.locator('.legend-au').innerText()).toBe('AU: load, effort (RPE 1-10) × minutes');
        expect(await page.locator('.legend-au abbr').getAttribute('title')).toBe(explained);
        expect(await page.locator('.legend li').allInnerTexts()).toEqual(['Run', 'Hard session', 'Warning', 'AU: load, effort (RPE 1-10) × minutes']);
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

    test("shows each week's totals and the rules that fired on it, and the plan's above its weeks", async () => {
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
        // 21 + 25.2 + 35.28 + 14.7 = 96.18 km; 126 + 151.2 + 211.68 + 88.2 = 577.08 min; 378 + 453.6 + 635.04 + 264.6 = 1731.24 AU. Only week 3 warns.
        const facts = await page.locator('.summary-facts > div').evaluateAll(items => items.map(item => item.textContent));
        expect(facts).toEqual(['Weeks4', 'Running96.2 km', 'Time9:37 h', 'Load1731 AU', 'Sessions12', 'WarningsWeek 3']);
        expect(await page.locator('.warned-week').getAttribute('href')).toBe('#week-3');
    });

    test('draws the load chart and the weekly distance in the theme colours, the week that warns in the warning colour', async () => {
        // The light palette of media/standalone-theme.css: bars #1a85ff at 70%, the band #388a34 at 18%,
        // the 1.5 line #e51400, the weekly distance #388a34 at 75%, and week 3's bar #e51400.
        expect(await countPixels(page, 'canvas.load-chart', [26, 133, 255, 179])).toBeGreaterThan(1000);
        expect(await countPixels(page, 'canvas.load-chart', [56, 138, 52, 46])).toBeGreaterThan(1000);
        expect(await countPixels(page, 'canvas.load-chart', [229, 20, 0, 255])).toBeGreaterThan(100);
        expect(await countPixels(page, 'canvas.distance-chart', [56, 138, 52, 191])).toBeGreaterThan(1000);
        expect(await countPixels(page, 'canvas.distance-chart', [229, 20, 0, 255])).toBeGreaterThan(500);
    });

    test('a click on a week or a finding asks the editor to show its line; a click on a session opens its details and shows its line, keeping the focus', async () => {
        await page.locator('.week-title', { hasText: 'Week 4' }).click();
        await page.locator('.finding-text', { hasText: 'week 3: 35.3 km' }).click();
        await page.locator('[data-session-key="w1-sat-1"] .session-open').click();
        // A derived week's sessions come from its header.
        await page.locator('[data-session-key="w2-tue-1"] .session-open').click();
        expect((await postedByWebview(page)).slice(-4)).toEqual([
            { type: 'reveal', line: lineOf(PLAN, 'week 4 "Deload"'), preserveFocus: false },
            { type: 'reveal', line: lineOf(PLAN, 'week 3 ='), preserveFocus: false },
            { type: 'reveal', line: lineOf(PLAN, 'sat run "Long"'), preserveFocus: true },
            { type: 'reveal', line: lineOf(PLAN, 'week 2 ='), preserveFocus: true },
        ]);
        // One session's details at a time, under its own week.
        expect(await page.locator('.session-details:not([hidden])').count()).toBe(1);
        const details = page.locator('#details-2');
        expect(await details.locator('.details-title').textContent()).toBe('6 km easy');
        expect(await details.locator('.details-when').textContent()).toBe('Tue 12 Jan · Run');
        expect(await details.locator('.details-origin').textContent()).toBe('From week 1, +20%: move it in week 1');
        expect(await details.locator('.outline').innerText()).toBe('6.0 km Run at easy pace (6:00/km)');
        expect(await page.locator('[data-session-key="w2-tue-1"] .session-open').getAttribute('aria-expanded')).toBe('true');
        await details.locator('.details-source').click();
        expect((await postedByWebview(page)).at(-1)).toEqual({ type: 'reveal', line: lineOf(PLAN, 'week 2 ='), preserveFocus: false });
        await details.locator('.details-close').click();
        expect(await page.locator('.session-details:not([hidden])').count()).toBe(0);
    });

    test('the keyboard reaches the weeks and the sessions, and Enter opens a session', async () => {
        const focused = () => page.evaluate(() => {
            const active = document.activeElement;
            return `${active?.closest('[data-session-key]')?.getAttribute('data-session-key') ?? ''} ${active?.tagName} ${active?.textContent}`;
        });
        const asked = (await postedByWebview(page)).length;
        // Past the summary's fold and the warned week's link, to the calendar.
        await page.locator('.summary > summary').focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await focused()).toBe(' BUTTON Week 1');
        await page.keyboard.press('Tab');
        expect(await focused()).toBe('w1-tue-1 BUTTON Run: 5 km easy30 min90 AU5.0 km');
        await page.keyboard.press('Enter');
        expect(await page.locator('#details-1 .details-title').textContent()).toBe('5 km easy');
        expect((await postedByWebview(page)).slice(asked)).toEqual([{ type: 'reveal', line: lineOf(PLAN, 'tue run 5km'), preserveFocus: true }]);
        await page.keyboard.press('Enter');
        expect(await page.locator('.session-details:not([hidden])').count()).toBe(0);
    });

    test('highlights the sessions under the cursor, and keeps the details the reader opened when the plan changes', async () => {
        const cursorKeys = sessionKeysAtLine(preview.model, lineOf(PLAN, 'week 3 ='));
        expect(cursorKeys).toEqual(['w3-tue-1', 'w3-thu-1', 'w3-sat-1']);
        await sendToWebview(page, { type: 'highlight', sessionKeys: cursorKeys });
        expect(await page.locator('.session.highlighted').evaluateAll(sessions => sessions.map(session => session.getAttribute('data-session-key'))))
            .toEqual(cursorKeys);

        await page.locator('[data-session-key="w1-tue-1"] .session-open').click();
        await sendToWebview(page, { type: 'update', ...preview, version: preview.version + 1 });
        expect(await page.locator('#details-1 .details-title').textContent()).toBe('5 km easy');
        expect(await page.locator('.session.highlighted').count()).toBe(3);
    });
});

describe('moving a session', () => {
    let preview: DocumentPreview;
    let page: Page;

    beforeAll(async () => {
        preview = await previewOf(PLAN);
        ({ page } = await showPreview(preview));
    }, 60_000);

    afterAll(async () => {
        await page?.close();
    });

    test('dragged to another day: the editor is asked to move it there, and the page says what was done or why not', async () => {
        await drag(page, 'w1-tue-1', '2027-01-06');
        expect((await postedByWebview(page)).at(-1)).toEqual({
            type: 'moveSession', version: preview.version, sessionKey: 'w1-tue-1', target: { week: 1, weekday: 'wed', date: '2027-01-06' },
        });
        // The release is not a click: the card did not open.
        expect(await page.locator('.session-details:not([hidden])').count()).toBe(0);
        expect(await page.locator('[data-session-key="w1-tue-1"]').getAttribute('class')).toContain('moving');
        await sendToWebview(page, { type: 'moved', sessionKey: 'w1-tue-1', movedTo: 'w1-wed-1' });
        expect(await page.locator('.status').textContent()).toBe('Moved “5 km easy” to Wed 6 Jan. Undo in the editor puts it back.');

        // The next drag, of a derived week's session, waits for the plan to change; then the reason comes back.
        await sendToWebview(page, { type: 'update', ...preview, version: preview.version + 1 });
        const asked = (await postedByWebview(page)).length;
        await drag(page, 'w2-sat-1', '2027-01-17');
        expect((await postedByWebview(page)).slice(asked)).toEqual([{
            type: 'moveSession', version: preview.version + 1, sessionKey: 'w2-sat-1', target: { week: 2, weekday: 'sun', date: '2027-01-17' },
        }]);
        const reason = 'Week 2 comes from week 1 (week 2 = week 1 +20%): its sessions are written there. Move the session in that week, or write week 2 out day by day.';
        await sendToWebview(page, { type: 'moveRefused', sessionKey: 'w2-sat-1', reason });
        expect(await page.locator('.status').textContent()).toBe(reason);
        expect(await page.locator('.status').getAttribute('class')).toBe('status refused');
        expect(await page.locator('.moving').count()).toBe(0);

        // Dropped where it was, nothing is asked.
        await drag(page, 'w1-thu-1', '2027-01-07');
        expect((await postedByWebview(page)).length).toBe(asked + 1);
    });

    test('with Alt+Arrow on a focused session: a day with Left and Right, a week with Up and Down', async () => {
        await page.locator('[data-session-key="w1-sat-1"] .session-open').focus();
        // VS Code turns Alt+Right into the extension's command, which sends this; the page keeps the browser from going back.
        const prevented = await page.evaluate(() => {
            const event = new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, cancelable: true });
            document.activeElement!.dispatchEvent(event);
            return event.defaultPrevented;
        });
        expect(prevented).toBe(true);
        await sendToWebview(page, { type: 'moveFocusedSession', days: 1 });
        expect((await postedByWebview(page)).at(-1)).toMatchObject({ sessionKey: 'w1-sat-1', target: { week: 1, weekday: 'sun', date: '2027-01-10' } });
        await sendToWebview(page, { type: 'moveRefused', sessionKey: 'w1-sat-1', reason: 'no' });
        await sendToWebview(page, { type: 'moveFocusedSession', days: 7 });
        expect((await postedByWebview(page)).at(-1)).toMatchObject({ sessionKey: 'w1-sat-1', target: { week: 2, weekday: 'sat', date: '2027-01-16' } });
        await sendToWebview(page, { type: 'moveRefused', sessionKey: 'w1-sat-1', reason: 'no' });
        await sendToWebview(page, { type: 'moveFocusedSession', days: -7 });
        expect(await page.locator('.status').textContent()).toBe('The plan starts with this week.');

        // Moved, the session keeps the focus where it went once the plan is drawn again.
        await sendToWebview(page, { type: 'moveFocusedSession', days: -1 });
        await sendToWebview(page, { type: 'moved', sessionKey: 'w1-sat-1', movedTo: 'w1-thu-2' });
        const after = await previewOf(PLAN.replace('thu 07:00 run "Steady" 6km @easy\n  sat run "Long" 10km @easy', 'thu 07:00 run "Steady" 6km @easy and run "Long" 10km @easy'));
        await sendToWebview(page, { type: 'update', ...after, uri: preview.uri, version: preview.version + 2 });
        expect(await page.evaluate(() => document.activeElement?.closest('[data-session-key]')?.getAttribute('data-session-key'))).toBe('w1-thu-2');
    });
});

describe('a plan with errors, and the details of a session', () => {
    let good: DocumentPreview;
    let page: Page;

    beforeAll(async () => {
        good = await previewOf(PLAN);
        ({ page } = await showPreview(good));
    }, 60_000);

    afterAll(async () => {
        await page?.close();
    });

    test('shows how many and the first, which a click shows in the editor, over the last calendar without errors, greyed and not movable', async () => {
        const brokenText = PLAN.replace('tue run 5km @easy', 'tue run 5km no-such-drill @easy').replace('sat run "Long" 10km @easy', 'sat run "Long" 10km @easy-ish');
        const broken = await previewOf(brokenText);
        expect(broken.errors.count).toBe(2);
        // The same document, a later version.
        await sendToWebview(page, { type: 'update', ...broken, uri: good.uri, version: good.version + 1 });
        const banner = page.locator('.error-banner');
        await banner.waitFor();
        expect(await banner.locator('.error-count').textContent()).toBe('2 errors');
        expect(await banner.locator('.error-first .error-message').textContent()).toBe(`Line ${lineOf(brokenText, 'no-such-drill') + 1}: ${broken.errors.listed[0].message}`);
        expect(broken.errors.listed[0].message).toContain('no-such-drill');
        expect(await banner.locator('.error-note').textContent()).toBe('The calendar below is the plan as it was before the errors; it comes back to life once they are mended.');
        await banner.locator('.error-first .error-message').click();
        expect((await postedByWebview(page)).at(-1)).toEqual({ type: 'reveal', line: lineOf(brokenText, 'no-such-drill'), preserveFocus: false });
        await banner.locator('.error-list summary').click();
        expect(await banner.locator('.error-list li').count()).toBe(1);

        // The last good calendar: week 1's Tuesday still runs 5 km (the broken text dropped it), greyed, and nothing moves.
        expect(await sessionsOn(page, '2027-01-05')).toEqual([{ title: '5 km easy', meta: ['30 min', '90 AU', '5.0 km'] }]);
        expect(await page.locator('.calendar').getAttribute('class')).toBe('calendar stale');
        expect(await page.locator('.summary').getAttribute('class')).toBe('summary stale');
        const asked = (await postedByWebview(page)).length;
        await drag(page, 'w1-tue-1', '2027-01-06');
        expect((await postedByWebview(page)).length).toBe(asked);

        // Mended, the calendar is live again.
        await sendToWebview(page, { type: 'update', ...good, version: good.version + 2 });
        await expect.poll(() => page.locator('.error-banner').count()).toBe(0);
        expect(await page.locator('.calendar').getAttribute('class')).toBe('calendar movable');
    });

    test('opened with errors, shows what could be read, and says so', async () => {
        // Another document, never without errors.
        await sendToWebview(page, { type: 'update', ...await previewOf(PLAN.replace('tue run 5km @easy', 'tue run 5km no-such-drill @easy')) });
        await expect.poll(() => page.locator('.error-count').textContent()).toBe('1 error');
        expect(await page.locator('.error-list').count()).toBe(0);
        expect(await page.locator('.error-note').textContent()).toBe('The calendar below is what could be read of the plan; it may be missing what the errors are in.');
    });

    test('show its items as a structure: phases, rounds around what each round does, rests apart from the work', async () => {
        const text = `${HEADER}session speed-day "Speed day" speed {
  warmup 15min @easy
  3 x { 4 x 30m flying-sprint @max rest 2min } rest 8min "walk back"
  note "Stop when the times slow"
  cooldown 10min @easy
}
week 1 {
  tue speed-day
}
`;
        const shown = await previewOf(text);
        await sendToWebview(page, { type: 'update', ...shown });
        await page.locator('.error-banner').waitFor({ state: 'detached' });
        await page.locator('[data-session-key="w1-tue-1"] .session-open').click();
        const details = page.locator('#details-1');
        expect(await details.locator('.details-origin').textContent()).toBe('Uses the named session speed-day');
        const outline = await details.locator('.outline-section').evaluateAll(sections => sections.map(section => ({
            phase: section.querySelector('.outline-phase')?.textContent,
            items: [...section.querySelectorAll(':scope > .outline > li')].map(item => ({
                kind: item.className,
                work: item.querySelector(':scope > .outline-work, :scope > .outline-rounds-head')?.textContent ?? item.textContent,
                rests: [...item.querySelectorAll('.outline-rest')].map(rest => rest.textContent),
            })),
        })));
        expect(outline).toEqual([
            { phase: 'Warm-up', items: [{ kind: 'outline-step', work: '15 min Run at easy pace (6:00/km)', rests: [] }] },
            {
                phase: 'Main',
                items: [
                    { kind: 'outline-rounds', work: '3 rounds, rest 8 min between (walk back)', rests: ['rest 2 min'] },
                    { kind: 'outline-note-line', work: 'Stop when the times slow', rests: [] },
                ],
            },
            { phase: 'Cool-down', items: [{ kind: 'outline-step', work: '10 min Run at easy pace (6:00/km)', rests: [] }] },
        ]);
        expect(await details.locator('.outline-rounds .outline-step .outline-work').textContent()).toBe('4 x 30 m Flying sprint at max effort');
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
        await page.locator('[data-session-key="w1-tue-1"] .session-open').click();
        expect(await page.locator('#details-1 .outline').first().innerText()).toBe([
            '13 x 10 Pogo jump',
            'rest 1:30 min',
            '<img src=x onerror="window.__pwned=1">',
            '2 rounds, rest 1 min between (<script>window.__pwned=1</script>)',
            '100 m <img src=x onerror="window.__pwned=1"> at easy pace (6:00/km)',
            '<img src=x onerror="window.__pwned=1">',
        ].join('\n'));
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
