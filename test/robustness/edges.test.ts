/**
 * The edges of the language: zero and negative counts, 10^12 metres, `99:99` paces, 30
 * February, the years 1900 and 9999, a plan of no weeks, a week of eight days. Each gives a
 * clear error where it is written, and none reaches the Plan, the preview or the calendar as
 * NaN, Infinity or a wrong date.
 */
import { describe, expect, test } from 'vitest';
import { ExportError } from '../../src/export/errors.js';
import { planToIcs } from '../../src/export/ical.js';
import { previewModel } from '../../src/preview/build-model.js';
import type { Plan } from '../../src/plan/model.js';
import { runRules } from '../../src/rules/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { parseIcs } from '../export/parse-ics.js';
import { HEADER, checkPlan, describeDiagnostics, marked, sessionsOf } from '../helpers.js';
import { expectFigures } from './pipeline.js';

const NOW = new Date('2027-01-01T12:00:00Z');

/** The plan's errors, and its Plan and preview checked for NaN, Infinity, numbers below zero and impossible dates. */
async function errorsAndPlan(text: string): Promise<{ errors: string[]; plan: Plan }> {
    const { diagnostics, plan } = await checkPlan(text);
    expectFigures('the Plan', plan);
    expectFigures('the preview', previewModel(plan, runRules(plan, DEFAULT_THRESHOLDS), DEFAULT_THRESHOLDS.acwr));
    return { errors: describeDiagnostics(diagnostics, 1), plan };
}

/** A plan with one marked place, and the one error expected there. */
async function expectError(markedText: string, message: string): Promise<Plan> {
    const { text, range } = marked(markedText);
    const { errors, plan } = await errorsAndPlan(text);
    expect(errors).toEqual([`${range} ${message}`]);
    return plan;
}

describe('counts', () => {
    test.each([
        ['tue run «0» x 60m sprint', 'a count of 0 is nothing to do'],
        ['tue run «0km»', 'an amount of 0km is nothing to do'],
        ['tue circuit «0» rounds { 10 pogo-jump }', 'a group repeats a whole number of times, at least once: not 0'],
        ['tue run «0min» { 5km }', 'a round of 0min is nothing to do'],
    ])('%s: %s, and no figures from it', async (day, message) => {
        const plan = await expectError(`${HEADER}week 1 {\n  ${day}\n}`, message);
        expect(sessionsOf(plan).map(session => [session.minutes, session.distanceM])).toEqual([[0, 0]]);
    });

    test('a negative count is not in the language: the parser stops at the minus', async () => {
        const { errors } = await errorsAndPlan(`${HEADER}week 1 {\n  tue run -3 x 60m sprint\n}`);
        // Line 6: `  tue run -3 ...`, the `-` is the 11th character.
        // `run` with nothing after it is the use of a session named run, which the plan does not have.
        expect(errors).toEqual([
            "6:11-6:12 expected '}' but found '-'",
            "6:7-6:10 no session named 'run': a written-out run session needs something in it, like run 8km @easy",
        ]);
    });
});

describe('numbers too large to mean anything', () => {
    test('10^12 metres: an error on the number, and the step is left out of the Plan', async () => {
        const plan = await expectError(`${HEADER}week 1 {\n  tue run «1000000000000»m\n}`, '1000000000000 is too large: a number in a plan is at most 1000000');
        expect(sessionsOf(plan)[0].distanceM).toBe(0);
    });

    test('more digits than a double holds reads as the digits, not as Infinity', async () => {
        const digits = '9'.repeat(400);
        const plan = await expectError(`${HEADER}week 1 {\n  tue run 3 x «${digits}»m\n}`, '999999999999... (400 digits) is too large: a number in a plan is at most 1000000');
        expect(sessionsOf(plan)[0].distanceM).toBe(0);
    });

    test('a week number past fifty years', async () => {
        await expectError(`${HEADER}week «99999999» {\n  tue run 5km\n}`, 'week numbers run from 1 to 2600, fifty years: not 99999999');
        await expectError(`${HEADER}week 1 { tue run 5km }\n«weeks 2-2601 »= weeks 1-1`, 'week numbers run from 1 to 2600, fifty years: not 2601');
    });

    test('one line cannot copy a week into more sessions than a plan holds', async () => {
        // 18 sessions a week: week 2,223 would bring the plan to 40,014 sessions.
        const day = (weekday: string) => `  ${weekday} ${Array.from({ length: 6 }, () => 'run 1km').join(' and ')}`;
        const plan = await expectError(`${HEADER}week 1 {\n${['mon', 'wed', 'fri'].map(day).join('\n')}\n}\n«weeks 2-2600 »= weeks 1-1`,
            'week 2223 would make the plan hold more than 40,000 sessions, the most a plan can: it and the weeks after it are left out');
        expect(plan.weeks).toHaveLength(2222);
        expect(plan.totals.sessions).toBe(39_996);
    });

    test('a speed too slow to time anything is an error, and the default speed is assumed', async () => {
        const plan = await expectError('plan "P"\n  start 2027-01-04\n  max-speed «0.01» m/s\nweek 1 { tue run 4 x 60m sprint }',
            '0.01 m/s is slower than a crawl: a speed is at least 0.1 m/s');
        expect(plan.maxSpeed).toBeNull();
    });
});

describe('clock times', () => {
    test.each([
        [`plan "P"\n  start 2027-01-04\n  pace easy «99:99»/km\nweek 1 { tue run 5km @easy }`, '99:99 is not a pace: minutes and seconds run from 0 to 59'],
        [`${HEADER}week 1 {\n  tue run 5km @«99:99»/km\n}`, '99:99 is not a pace: minutes and seconds run from 0 to 59'],
        [`${HEADER}week 1 {\n  tue run «99:99»\n}`, '99:99 is not a time: minutes and seconds run from 0 to 59'],
        [`${HEADER}week 1 {\n  tue «99:99» run 5km\n}`, '99:99 is not a time of day (00:00 to 23:59)'],
    ])('%s', async (text, message) => {
        await expectError(text, message);
    });
});

describe('dates', () => {
    test('30 February as the start: an error, and the weeks have no dates', async () => {
        const plan = await expectError('plan "P"\n  start «2027-02-30»\nweek 1 { tue run 5km }', '2027-02-30 is not a date');
        expect(plan.weeks[0].startDate).toBeNull();
    });

    test('30 February as a day: an error, and the day has no date in the Plan', async () => {
        const plan = await expectError(`${HEADER}week 1 {\n  «2027-02-30» run 5km\n}`, '2027-02-30 is not a date');
        expect(plan.weeks[0].days[0].date).toBeNull();
        expect(() => planToIcs(plan, { now: NOW })).toThrow(ExportError);
    });

    test('1900: 1 January was a Monday, 29 February did not exist, and the calendar reads it back', async () => {
        const { errors, plan } = await errorsAndPlan('plan "P"\n  start 1900-01-01\nweek 1 { tue run 5km }');
        expect(errors).toEqual([]);
        expect(sessionsOf(plan)[0].date).toBe('1900-01-02');
        expect(parseIcs(planToIcs(plan, { now: NOW }).ics).events.map(event => event.start)).toEqual(['1900-01-02']);
        await expectError('plan "P"\n  start «1900-02-29»\nweek 1 { tue run 5km }', '1900-02-29 is not a date');
    });

    test('9999: a week that runs past 31 December is an error, and no rule names a day after it', async () => {
        // 9999-12-31 is a Friday, so week 1 from Monday 9999-12-20 fits and week 2 from 9999-12-27 does not.
        const { text, range } = marked('plan "P"\n  start 9999-12-20\n  pace easy 6:00/km\nweek 1 { tue run 5km }\n«week 2 »= week 1 +50%');
        const checked = await checkPlan(text);
        expect(describeDiagnostics(checked.diagnostics, 1)).toEqual([`${range} week 2 would end after 9999-12-31, the last date a plan can use`]);
        expect(checked.diagnostics.map(diagnostic => diagnostic.message).join('\n')).not.toMatch(/\+0\d{5}/);
        expect(checked.plan.weeks.map(week => [week.startDate, week.endDate])).toEqual([['9999-12-20', '9999-12-26'], ['9999-12-27', null]]);
        expectFigures('the Plan', checked.plan);
    });

    test('9999: a session on 31 December cannot become an event that ends the next day', async () => {
        const { plan } = await checkPlan('plan "P"\n  start 9999-12-27\nweek 1 { fri run 5km }');
        expect(() => planToIcs(plan, { now: NOW })).toThrow('the session of week 1 on 9999-12-31 ends after 9999-12-31, the last date a plan can use');
    });

    test('a date before the year 1000 says so, and so does a race so early that week 1 would start before it', async () => {
        await expectError('plan "P"\n  start «0001-01-01»\nweek 1 { tue run 5km }', '0001-01-01 is before 1000-01-01, the first date a plan can use');
        // 1000-01-01 was a Wednesday: the week of a race that day starts on Monday 0999-12-30.
        await expectError('plan "P"\n  race 1000-01-01\n«week 1 »{ tue run 5km }', 'week 1 would start before 1000-01-01, the first date a plan can use');
    });
});

describe('the shape of a plan', () => {
    test('a plan of no weeks says nothing, previews empty, and is no calendar: RFC 5545 asks for at least one event', async () => {
        const { diagnostics, plan } = await checkPlan('plan "P"\n  start 2027-01-04');
        expect(describeDiagnostics(diagnostics)).toEqual([]);
        expect(previewModel(plan, [], DEFAULT_THRESHOLDS.acwr)).toMatchObject({ weeks: [], days: [], totals: { sessions: 0, minutes: 0 } });
        expect(() => planToIcs(plan, { now: NOW })).toThrow('the plan has no sessions and no rest-day notes, and a calendar file needs at least one event');
    });

    test('a week of eight days by weekday: the second Monday is an error', async () => {
        const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day} run 5km`).join('\n');
        // Lines 6 to 12 hold Monday to Sunday; the second Monday is line 13.
        await expectError(`${HEADER}week 1 {\n${days}\n  «mon» run 8km\n}`, "mon appears twice in week 1 (first on line 6); put two sessions on one day with 'and'");
    });

    test('a week of eight days by date: the eighth is not in the week, and the rules still count it', async () => {
        const days = Array.from({ length: 7 }, (_, index) => `  2027-01-${String(4 + index).padStart(2, '0')} run 5km`).join('\n');
        const { text, range } = marked(`${HEADER}week 1 {\n${days}\n  «2027-01-11» run 8km\n}`);
        const checked = await checkPlan(text);
        const warnings = describeDiagnostics(checked.diagnostics, 2);
        expect(warnings).toContain(`${range} 2027-01-11 is not in week 1 (2027-01-04 to 2027-01-10)`);
        expectFigures('the Plan', checked.plan);
    });
});
