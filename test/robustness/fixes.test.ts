/**
 * One test for each bug the robustness properties found and src/ fixes (docs/robustness.md
 * lists them), where edges.test.ts, size.test.ts and hostile.test.ts do not already hold it.
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { planToIcs } from '../../src/export/ical.js';
import { addDays, daysBetween, isValidDate, weekdayOf } from '../../src/plan/dates.js';
import { LARGEST_FIGURE } from '../../src/plan/estimate.js';
import { planCalendar } from '../../src/plan/calendar.js';
import { parseIcs } from '../export/parse-ics.js';
import { HEADER, checkPlan, describeDiagnostics, marked, services, sessionsOf } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { expectFigures } from './pipeline.js';

loadBuiltinDrills();

describe('dates', () => {
    test('a date millions of days away is no date, where it threw a RangeError', () => {
        expect(addDays('2027-01-04', 7 * 99_999_998)).toBeNull();
        expect(addDays('2027-01-04', -1e9)).toBeNull();
    });

    test('dates run from 1000-01-01, where the years 0 to 99 were read as 1900 to 1999 and exported wrong', () => {
        // 1000-01-01 was a Wednesday; 1000 was no leap year (a century 400 does not divide).
        expect(weekdayOf('1000-01-01')).toBe('wed');
        expect(isValidDate('1000-02-29')).toBe(false);
        expect(daysBetween('1000-01-01', '1001-01-01')).toBe(365);
        expect(addDays('1000-01-01', -1)).toBeNull();
        expect(isValidDate('0050-06-01')).toBe(false);
    });

    test('a day dated centuries from its week does not stretch the day-by-day series over them', async () => {
        const { plan } = await checkPlan(`${HEADER}week 1 {\n  9999-12-31 run 1km\n}`);
        // The plan has one week: seven days, where the series ran to 9999-12-31, 2.9 million of them.
        expect(planCalendar(plan)).toHaveLength(7);
    });
});

describe('figures', () => {
    test('rounds of rounds of a million stop at the largest figure, where they reached 10^21 m', async () => {
        const { plan } = await checkPlan(`${HEADER}week 1 {\n  tue run 1000000 x { 1000000 x { 1000000km } }\n}`);
        // 10^6 km is 10^9 m a rep; a million rounds of it 10^15 m; a million of those 10^21 m: all past 10^12.
        expect(sessionsOf(plan).map(session => [session.distanceM, session.minutes])).toEqual([[LARGEST_FIGURE, LARGEST_FIGURE]]);
        expectFigures('the Plan', plan);
    });

    test('a week doubled hundreds of times stops at the largest figure, where it overflowed to Infinity', async () => {
        const { plan } = await checkPlan(`${HEADER}week 1 { tue run 5km }\nweeks 2-520 = weeks 1-1 +100%`);
        const distance = (week: number) => plan.weeks.find(candidate => candidate.number === week)!.totals.distanceM;
        // Week n is week 1 doubled n - 1 times: week 28 is 5000 m x 2^27 = 671,088,640,000 m, week 29 would be 1.34 x 10^12.
        expect(distance(28)).toBe(671_088_640_000);
        expect(distance(29)).toBe(LARGEST_FIGURE);
        expect(distance(520)).toBe(LARGEST_FIGURE);
        expectFigures('the Plan', plan);
    });

    test('a week that loses more than all of its volume is an error and copies its week unchanged, where its distances went below zero', async () => {
        const { text, range } = marked(`${HEADER}week 1 { tue run 5km }\nweek 2 = week 1 «-150%»`);
        const { diagnostics, plan } = await checkPlan(text);
        expect(describeDiagnostics(diagnostics, 1)).toEqual([`${range} a week cannot lose 150% of its volume`]);
        expect(plan.weeks.map(week => week.totals.distanceM)).toEqual([5000, 5000]);
    });

    test('a drill\'s own speed too slow to time a rep is an error', async () => {
        const { text, range } = marked('plan "P"\n  start 2027-01-04\ndrill crawl "Crawl" cross in distance speed «0.05» m/s\nweek 1 { tue cross 100m crawl }');
        expect(describeDiagnostics((await checkPlan(text)).diagnostics, 1)).toEqual([`${range} 0.05 m/s is slower than a crawl: a speed is at least 0.1 m/s`]);
    });
});

describe('messages say what is written', () => {
    test.each([
        ['a drill with no name', 'plan "P"\ndrill "Title" sprint\nweek 1 { tue run 5km }'],
        ['a week with no number', `${HEADER}week { mon run 5km\n mon run 5km }`],
        ['a block with no numbers', `${HEADER}week 1 { tue run 5km }\nweeks = weeks 1-1`],
        ['a max speed with no unit', 'plan "P"\n  max-speed 8.6\nweek 1 { tue run 4 x 60m sprint }'],
        ['a derived week from a week past Infinity', `${HEADER}week 1 { tue run 5km }\nweek 2 = week ${'9'.repeat(400)}`],
        ['a count past Infinity', `${HEADER}week 1 { tue strength ${'9'.repeat(400)} x 5 back-squat }`],
        ['a percentage past Infinity', `${HEADER}week 1 { tue run 4 x 60m sprint @${'9'.repeat(400)}% }`],
        ['a volume change past Infinity', `${HEADER}week 1 { tue run 5km }\nweek 2 = week 1 -${'9'.repeat(400)}%`],
    ])('%s: no message says undefined, Infinity or NaN', async (_, text) => {
        const { diagnostics } = await checkPlan(text);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.map(diagnostic => diagnostic.message).join('\n')).not.toMatch(/undefined|Infinity|NaN/);
    });
});

describe('rules', () => {
    test('a run of hard days longer than a week is named by its first and last day, where each message listed every day of it', async () => {
        const sprints = 'speed 4 x 60m sprint @95% rest 8min';
        const week = (days: string[]) => `{\n${days.map(day => `  ${day} ${sprints}`).join('\n')}\n}`;
        const { diagnostics } = await checkPlan(`${HEADER}week 1 ${week(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])}\nweek 2 ${week(['mon', 'tue', 'wed'])}`);
        const messages = diagnostics.filter(diagnostic => diagnostic.code === 'hard-days-in-a-row').map(diagnostic => diagnostic.message);
        // Ten hard days from week 1 mon to week 2 wed; the limit is one, so days 2 to 10 each have a warning.
        expect(messages).toHaveLength(9);
        expect(messages).toContain('week 1 sun, Speed (sprints at 90% or more): 7 hard days in a row (mon, tue, wed, thu, fri, sat, sun); limit 1');
        expect(messages).toContain('week 2 mon, Speed (sprints at 90% or more): 8 hard days in a row (week 1 mon to mon); limit 1');
        expect(messages).toContain('week 2 wed, Speed (sprints at 90% or more): 10 hard days in a row (week 1 mon to wed); limit 1');
    });
});

describe('the calendar', () => {
    test('a session the ones before it push past midnight is all day on its own day, where it moved to the next', async () => {
        const { plan } = await checkPlan(`${HEADER}week 1 {\n  mon run 40km @easy and run 5km @easy\n}`);
        // 40 km at 6:00/km is 240 min: from 23:00 it ends at 03:00 on Tuesday, so the second run cannot start on Monday.
        const { events } = parseIcs(planToIcs(plan, { now: new Date('2027-01-01T12:00:00Z'), defaultStartTimes: { mon: '23:00' } }).ics);
        expect(events.map(event => [event.start, event.end, event.allDay])).toEqual([
            ['2027-01-04T23:00:00', '2027-01-05T03:00:00', false],
            ['2027-01-04', '2027-01-05', true],
        ]);
    });
});

describe('completion', () => {
    // A date where a warm-up's block should start: the completion parser stops there, and Langium alone tries every
    // reading of the tokens after it, which doubles with each item written after it, on its line or below.
    test.each([
        ['below it', '\n    15min @easy\n    2 x 20m a-skip\n    2 x 20m b-skip\n    2 x 20m fast-leg each-leg\n    2 x 20m fast-leg each-leg\n    4 '],
        ['on its line', ' 15min @easy 2 x 20m fast-leg each-leg 2 x 20m fast-leg each-leg 4 '],
    ])('after a token the completion parser cannot read, %s, answers at once, where it searched for minutes and ran out of stack', async (_, rest) => {
        const text = `plan "P"\nsession speed-day "Speed day" speed {\n  warmup 2027-03-01${rest}`;
        const { uri } = await checkPlan(text);
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        const start = performance.now();
        await services.Stride.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position: document.textDocument.positionAt(text.length) });
        expect(performance.now() - start).toBeLessThan(1_000);
    });
});
