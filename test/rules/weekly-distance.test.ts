import { describe, expect, test } from 'vitest';
import { checkWeeklyDistance } from '../../src/rules/weekly-distance.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { cleanPlan, HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// Week 1 runs 10 km; every later week is derived with a change, so its distance is the week before's times (1 + change).
const weeks = (third: string, fourth: string) => `${HEADER}week 1 {
  tue run 10km @easy
}
week 2 = week 1 +10%
${third}
${fourth}
`;

describe('weekly-distance', () => {
    test('+10% on the week before just passes', async () => {
        // Week 2: 10 km x 1.10 = 11.0 km, (11 - 10) / 10 = +10%: not above 10%.
        expect(await ruleFindings(weeks('', ''), 'weekly-distance')).toEqual([]);
    });

    test('+11% is a note on the week header, with both distances and the limit', async () => {
        // Week 3: 11.0 km x 1.11 = 12.21 km, (12.21 - 11) / 11 = +11%.
        const { text, range } = marked(weeks('«week 3 »= week 2 +11%', ''));
        expect(await ruleFindings(text, 'weekly-distance')).toEqual([
            `info ${range} week 3: 12.2 km, +11% on week 2 (11.0 km); limit +10%`,
        ]);
    });

    test('a change that rounds to its limit shows the place that puts it beyond: +10.2%, not +10%', async () => {
        // (11.02 - 10) / 10 = +10.2%, which would read +10% beside the limit of +10%.
        const { text, range } = marked(`${HEADER}week 1 {\n  tue run 10km @easy\n}\n«week 2 »{\n  tue run 11.02km @easy\n}\n`);
        expect(await ruleFindings(text, 'weekly-distance')).toEqual([`info ${range} week 2: 11.0 km, +10.2% on week 1 (10.0 km); limit +10%`]);
    });

    test('+30% is still only a note; +31% is a warning against the +30% limit', async () => {
        // Week 3: 11 km x 1.3 = 14.3 km, +30%: a note (above 10%, not above 30%).
        // Week 4: 14.3 km x 1.31 = 18.733 km, written to the nearest 10 m: 18.73 km; (18.73 - 14.3) / 14.3 = +30.98%.
        const { text, range } = marked(weeks('week 3 = week 2 +30%', '«week 4 »= week 3 +31%'));
        const findings = await ruleFindings(text, 'weekly-distance');
        expect(findings).toEqual([
            'info 9:1-9:8 week 3: 14.3 km, +30% on week 2 (11.0 km); limit +10%',
            `warning ${range} week 4: 18.7 km, +31% on week 3 (14.3 km); limit +30%`,
        ]);
    });

    test('a plan in miles says miles', async () => {
        // 10 mi then 12 mi: +20%.
        const text = `plan "Miles"
  start 2027-01-04
  units mi
  pace easy 9:00/mi
week 1 {
  tue run 10mi @easy
}
week 2 {
  tue run 12mi @easy
}
`;
        expect(await ruleFindings(text, 'weekly-distance')).toEqual(['info 8:1-8:8 week 2: 12.0 mi, +20% on week 1 (10.0 mi); limit +10%']);
    });

    test('a week after a gap, or after a week without running, is not compared', async () => {
        const text = `${HEADER}week 1 {
  tue run 10km @easy
}
week 3 {
  tue run 20km @easy
}
week 4 {
  tue strength 3 x 5 back-squat @RPE7
}
week 5 {
  tue run 20km @easy
}
`;
        expect(await ruleFindings(text, 'weekly-distance')).toEqual([]);
    });

    test('thresholds given to the rule change where it speaks', async () => {
        // +11% (week 3 above) is under a 12% note threshold.
        const plan = await cleanPlan(weeks('week 3 = week 2 +11%', ''));
        expect(checkWeeklyDistance(plan, { ...DEFAULT_THRESHOLDS['weekly-distance'], note: 12 })).toEqual([]);
        // With a note above 5% and a warning above 10%: week 2 (+10%) is a note, week 3 (+11%) a warning.
        const findings = checkWeeklyDistance(plan, { ...DEFAULT_THRESHOLDS['weekly-distance'], note: 5, warning: 10 });
        expect(findings.map(({ severity, week, message }) => ({ severity, week, message }))).toEqual([
            { severity: 'note', week: 2, message: 'week 2: 11.0 km, +10% on week 1 (10.0 km); limit +5%' },
            { severity: 'warning', week: 3, message: 'week 3: 12.2 km, +11% on week 2 (11.0 km); limit +10%' },
        ]);
    });
});
