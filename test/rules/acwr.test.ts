import { describe, expect, test } from 'vitest';
import { checkAcwr, dailyAcwr } from '../../src/rules/acwr.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { cleanPlan, HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// Every day a 10 km run at the easy pace, 6:00/km: 60 min at RPE 3, a load of 180 AU a day.
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day} run 10km @easy`).join('\n');

/** Weeks 1-4 at 180 AU a day, week 5 at +50% (15 km, 270 AU a day), week 6 as given. */
const sixWeeks = (sixth: string) => `${HEADER}week 1 {
${EVERY_DAY}
}
weeks 2-4 = weeks 1-1
week 5 = week 1 +50%
${sixth}
`;

// The hand computation. lambda = 2 / (N + 1): acute 2/8 = 0.25, chronic 2/29.
// k days at a constant load x take an average e to x - (x - e)(1 - lambda)^k:
//   0.75^3 = 0.421875, 0.75^4 = 0.316406, 0.75^5 = 0.237305, 0.75^7 = 0.133484;
//   (27/29)^3 = 0.807044, (27/29)^4 = 0.751386, (27/29)^5 = 0.699566, (27/29)^7 = 0.606402.
// Both averages start at week 1's mean daily load, 180 AU, and stay there through week 4.
// Week 5, 270 AU a day, by its Sunday: acute 270 - 90 x 0.133484 = 257.986; chronic 270 - 90 x 0.606402 = 215.424.
// In week 6 the acute average rises fast and then flattens while the chronic one keeps rising,
// so the ratio peaks mid-week: the rule reports the week's highest day.
describe('acwr (EWMA, coupled)', () => {
    test('week 6 at +185% just passes the warning: a note', async () => {
        // 28.5 km = 171 min = 513 AU a day.
        // wed (k = 3): acute 513 - 255.014 x 0.421875 = 405.416; chronic 513 - 297.576 x 0.807044 = 272.843; 1.4859
        // thu (k = 4): acute 513 - 255.014 x 0.316406 = 432.312; chronic 513 - 297.576 x 0.751386 = 289.405; 1.4938
        // fri (k = 5): acute 513 - 255.014 x 0.237305 = 452.484; chronic 513 - 297.576 x 0.699566 = 304.826; 1.4844
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +185%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `info ${range} week 6: ACWR 1.49 on thu 2027-02-11 (acute 432 AU a day, chronic 289 AU a day); limit 1.3`,
        ]);
    });

    test('week 6 at +190% just fails: a warning', async () => {
        // 29 km = 174 min = 522 AU a day.
        // wed: acute 522 - 264.014 x 0.421875 = 410.619; chronic 522 - 306.576 x 0.807044 = 274.580; 1.4954
        // thu: acute 522 - 264.014 x 0.316406 = 438.464; chronic 522 - 306.576 x 0.751386 = 291.643; 1.5034
        // fri: acute 522 - 264.014 x 0.237305 = 459.348; chronic 522 - 306.576 x 0.699566 = 307.530; 1.4937
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +190%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `warning ${range} week 6: ACWR 1.50 on thu 2027-02-11 (acute 438 AU a day, chronic 292 AU a day); limit 1.5`,
        ]);
    });

    test('week 6 at +95% just passes the note; +100% just fails it', async () => {
        // +95%, 351 AU a day. thu: acute 351 - 93.014 x 0.316406 = 321.570; chronic 351 - 135.576 x 0.751386 = 249.130; 1.2908
        // (wed 311.760 / 241.584 = 1.2905, fri 328.927 / 256.156 = 1.2841).
        expect(await ruleFindings(sixWeeks('week 6 = week 1 +95%'), 'acwr')).toEqual([]);
        // +100%, 360 AU a day. thu: acute 360 - 102.014 x 0.316406 = 327.722; chronic 360 - 144.576 x 0.751386 = 251.368; 1.3038
        // (wed 316.963 / 243.321 = 1.3027, fri 335.792 / 258.859 = 1.2972).
        const { text, range } = marked(sixWeeks('«week 6 »= week 1 +100%'));
        expect(await ruleFindings(text, 'acwr')).toEqual([
            `info ${range} week 6: ACWR 1.30 on thu 2027-02-11 (acute 328 AU a day, chronic 251 AU a day); limit 1.3`,
        ]);
    });

    test('the daily averages follow the hand computation', async () => {
        const plan = await cleanPlan(sixWeeks('week 6 = week 1 +190%'));
        const daily = dailyAcwr(plan, 'coupled');
        // Day 28 (index 27) is the first with 28 days of history: both averages still 180.
        expect(daily[0].day.index).toBe(27);
        expect(daily[0].ratio).toBeCloseTo(1, 10);
        const weekFiveSunday = daily.find(entry => entry.day.index === 34)!;
        expect(weekFiveSunday.acute).toBeCloseTo(257.986, 3);
        expect(weekFiveSunday.chronic).toBeCloseTo(215.424, 3);
        const weekSixThursday = daily.find(entry => entry.day.index === 38)!;
        expect(weekSixThursday.acute).toBeCloseTo(438.464, 3);
        expect(weekSixThursday.chronic).toBeCloseTo(291.643, 3);
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

    test('a tripled week 4 is judged on its Sunday alone, the 28th day', async () => {
        // 540 AU a day from 180, 7 days: acute 540 - 360 x 0.133484 = 491.946; chronic 540 - 360 x 0.606402 = 321.695; 1.5292.
        expect(await ruleFindings(jump(3), 'acwr')).toEqual([
            'warning 15:1-15:8 week 4: ACWR 1.53 on sun 2027-01-31 (acute 492 AU a day, chronic 322 AU a day); limit 1.5',
        ]);
    });
});

describe('acwr, uncoupled', () => {
    test('divides by the chronic average as it stood seven days before', async () => {
        const plan = await cleanPlan(sixWeeks('week 6 = week 1 +100%'));
        const uncoupled = { ...DEFAULT_THRESHOLDS.acwr, form: 'uncoupled' as const };
        // Week 5, day k: acute 270 - 90 x 0.75^k over week 4's chronic, 180; highest on Sunday: 257.986 / 180 = 1.4333, a note.
        // Week 6, day k: acute 360 - 102.014 x 0.75^k over week 5's chronic of the same weekday, 270 - 90 x (27/29)^k:
        //   thu 327.722 / (270 - 90 x 0.751386 = 202.375) = 1.6194; fri 335.792 / (270 - 90 x 0.699566 = 207.039) = 1.6219;
        //   sat (k = 6: 0.75^6 = 0.177979, (27/29)^6 = 0.651320) 341.844 / 211.381 = 1.6172: Friday is the peak, a warning.
        expect(checkAcwr(plan, uncoupled).map(({ severity, message }) => `${severity} ${message}`)).toEqual([
            'note week 5: ACWR (uncoupled) 1.43 on sun 2027-02-07 (acute 258 AU a day, chronic 180 AU a day); limit 1.3',
            'warning week 6: ACWR (uncoupled) 1.62 on fri 2027-02-12 (acute 336 AU a day, chronic 207 AU a day); limit 1.5',
        ]);
    });
});
