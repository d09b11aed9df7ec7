import { describe, expect, test } from 'vitest';
import { checkAcwr, dailyAcwr } from '../../src/rules/acwr.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { cleanPlan, HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// Every day a 10 km run at the easy pace, 6:00/km: 60 min at RPE 3, a load of 180 AU a day.
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day} run 10km @easy`).join('\n');

/** Weeks 1-4 at 180 AU a day, week 5 at +40% (14 km, 252 AU a day), week 6 as given. */
const sixWeeks = (sixth: string) => `${HEADER}week 1 {
${EVERY_DAY}
}
weeks 2-4 = weeks 1-1
week 5 = week 1 +40%
${sixth}
`;

// The hand computation, week by week: each week's load is the same every day, so on its last day the acute
// average is its daily load L, and the chronic one the mean of the four weeks to its end.
// Week 5: 252 / ((180 + 180 + 180 + 252) / 4 = 198) = 1.273: under the note.
// Week 6 at a daily load L: 4L / (612 + L).
describe('acwr (rolling averages, coupled)', () => {
    test('week 6 at +103% passes the warning: a note', async () => {
        // 20.3 km = 121.8 min = 365.4 AU a day: 1461.6 / 977.4 = 1.4954.
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +103%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `info ${range} week 6: ACWR 1.50 (365 AU a day this week, 244 AU a day over the four weeks to its end); limit 1.3`,
        ]);
    });

    test('week 6 at +105% fails it: a warning, with the place that puts it above the limit', async () => {
        // 20.5 km = 123 min = 369 AU a day: 1476 / 981 = 1.5046, which would read 1.50 beside the limit of 1.5.
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +105%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `warning ${range} week 6: ACWR 1.505 (369 AU a day this week, 245 AU a day over the four weeks to its end); limit 1.5`,
        ]);
    });

    test('week 6 at +63% passes the note; +64% fails it', async () => {
        // +63%: 16.3 km = 293.4 AU a day: 1173.6 / 905.4 = 1.2962.
        expect(await ruleFindings(sixWeeks('week 6 = week 1 +63%'), 'acwr')).toEqual([]);
        // +64%: 16.4 km = 295.2 AU a day: 1180.8 / 907.2 = 1.3016.
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +64%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `info ${range} week 6: ACWR 1.302 (295 AU a day this week, 227 AU a day over the four weeks to its end); limit 1.3`,
        ]);
    });

    test('the daily averages are the means of the 7 and 28 days to each day', async () => {
        const plan = await cleanPlan(sixWeeks('week 6 = week 1 +105%'));
        const daily = dailyAcwr(plan, 'coupled');
        // Day 28 (index 27) is the first with 28 days of history: both averages 180.
        expect(daily[0].day.index).toBe(27);
        expect(daily[0].ratio).toBeCloseTo(1, 10);
        // Week 6's Thursday (index 38): the 7 days to it are 3 of week 5 and 4 of week 6, (3 x 252 + 4 x 369) / 7 = 318.857;
        // the 28 days from index 11 are 3 of week 2, 14 of weeks 3-4, 7 of week 5 and 4 of week 6:
        // (17 x 180 + 7 x 252 + 4 x 369) / 28 = 6300 / 28 = 225.
        const thursday = daily.find(entry => entry.day.index === 38)!;
        expect(thursday.acute).toBeCloseTo(318.857, 3);
        expect(thursday.chronic).toBeCloseTo(225, 3);
    });

    test('a week that keeps its shape and adds 5% is no spike, however its days fall', async () => {
        // A rest day before each run, and the long run on Sunday after a rest day: the rolling averages see the
        // weeks' loads rise by 5% a week, not a spike on Sunday. On week 8's Sunday: 1.05^3 / ((1 + 1.05 + 1.05^2 + 1.05^3) / 4) = 1.074.
        const plan = `${HEADER}week 1 {
  tue run 5km @easy
  wed run 8km @easy
  thu run 5km @easy
  sat run 5km @easy
  sun run 20km @easy
}
weeks 2-8 = weeks 1-1 +5%
`;
        expect(await ruleFindings(plan, 'acwr')).toEqual([]);
    });
});

describe('acwr: silent until 28 days of history', () => {
    const jump = (weeksBefore: number) => `${HEADER}week 1 {
${EVERY_DAY}
}
weeks 2-${weeksBefore} = weeks 1-1
week ${weeksBefore + 1} = week 1 +200%
`;

    test('a tripled week 3 says nothing: 21 days are not enough', async () => {
        expect(await ruleFindings(jump(2), 'acwr')).toEqual([]);
    });

    test('a tripled week 4 is judged on its Sunday, the 28th day', async () => {
        // 540 AU a day after three weeks of 180: 540 / ((3 x 180 + 540) / 4 = 270) = 2.
        expect(await ruleFindings(jump(3), 'acwr')).toEqual([
            'warning 15:1-15:8 week 4: ACWR 2.00 (540 AU a day this week, 270 AU a day over the four weeks to its end); limit 1.5',
        ]);
    });
});

describe('acwr, uncoupled', () => {
    test('divides by the mean of the three weeks before', async () => {
        const plan = await cleanPlan(sixWeeks('week 6 = week 1 +100%'));
        const uncoupled = { ...DEFAULT_THRESHOLDS.acwr, form: 'uncoupled' as const };
        // Week 4: 180 / 180. Week 5: 252 / 180 = 1.4, a note. Week 6, 360 AU a day: 360 / ((180 + 180 + 252) / 3 = 204) = 1.765, a warning.
        expect(checkAcwr(plan, uncoupled).map(({ severity, message }) => `${severity} ${message}`)).toEqual([
            'note week 5: ACWR (uncoupled) 1.40 (252 AU a day this week, 180 AU a day over the three weeks before); limit 1.3',
            'warning week 6: ACWR (uncoupled) 1.76 (360 AU a day this week, 204 AU a day over the three weeks before); limit 1.5',
        ]);
    });
});
