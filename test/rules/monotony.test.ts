import { describe, expect, test } from 'vitest';
import { checkMonotony } from '../../src/rules/monotony.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { checkPlan, cleanPlan, HEADER, marked } from '../helpers.js';
import { findingsOf, ruleFindings } from './rule-helpers.js';

// 10 km at 6:00/km = 60 min at RPE 3 = 180 AU; 4 km = 72 AU; 3 km = 54 AU.
const week = (saturdayKm: number) => `${HEADER}«week 1 »{
  mon run 10km @easy
  tue run 10km @easy
  wed run 10km @easy
  thu run 10km @easy
  fri run 10km @easy
  sat run ${saturdayKm}km @easy
  sun rest
}
`;

describe('monotony', () => {
    test('1.93 just passes', async () => {
        // Loads 180 x 5, 54, 0: total 954, mean 136.286. Squares of the deviations: 43.714^2 x 5 = 9554.69,
        // 82.286^2 = 6770.94, 136.286^2 = 18573.80; sum 34899.43 / 7 = 4985.63, SD 70.609; 136.286 / 70.609 = 1.9301.
        expect(await ruleFindings(marked(week(3)).text, 'monotony')).toEqual([]);
    });

    test('2.05 just fails, with the mean, the SD, the limit and the strain: a note, with no week before to compare its strain with', async () => {
        // Loads 180 x 5, 72, 0: total 972, mean 138.857. Squares: 41.143^2 x 5 = 8463.67, 66.857^2 = 4469.88,
        // 138.857^2 = 19281.31; sum 32214.86 / 7 = 4602.12, SD 67.839; 138.857 / 67.839 = 2.0469.
        // Strain: 972 x 2.0469 = 1989.6.
        const { text, range } = marked(week(4));
        expect(await ruleFindings(text, 'monotony')).toEqual([
            `info ${range} week 1: monotony 2.05 (mean 139 AU a day, SD 68 AU); limit 2.0; strain 1990 AU, no week before it to compare`,
        ]);
    });

    test('a monotonous week whose strain rises more than 20% on the weeks before is a warning; less, a note', async () => {
        // Week 2 is week 1 with every load x 1.3: the same monotony, 2.0469, and 1.3 times the strain: 2586.4, +30% on 1989.6.
        // Mean 972 x 1.3 / 7 = 180.5, SD 67.839 x 1.3 = 88.2.
        const up = marked(`${week(4).replace(/[«»]/g, '')}«week 2 »= week 1 +30%\n`);
        expect((await ruleFindings(up.text, 'monotony'))[1]).toBe(`warning ${up.range} week 2: monotony 2.05 (mean 181 AU a day, SD 88 AU) `
            + 'and strain 2586 AU, +30% on the mean of the weeks before (1990 AU); limits 2.0 and +20%');
        // At +10%: strain 2188.5, mean 152.7, SD 74.6: a note.
        const level = marked(`${week(4).replace(/[«»]/g, '')}«week 2 »= week 1 +10%\n`);
        expect((await ruleFindings(level.text, 'monotony'))[1]).toBe(`info ${level.range} week 2: monotony 2.05 (mean 153 AU a day, SD 75 AU); `
            + 'limit 2.0; strain 2189 AU, +10% on the mean of the weeks before (1990 AU), within +20%');
    });

    test('an ordinary six-day week of easy running, week after week, is a note and never a warning', async () => {
        const sixDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map(day => `  ${day} run 8km @easy`).join('\n');
        const checked = await checkPlan(`${HEADER}week 1 {\n${sixDays}\n}\nweeks 2-6 = weeks 1-1 +5%\n`);
        expect(findingsOf(checked, 'monotony').map(finding => finding.split(' ')[0])).toEqual(Array(6).fill('info'));
    });

    test('the same load every day has no deviation: monotony is capped at 10', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {
${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day} run 10km @easy`).join('\n')}
}
`);
        // 7 x 180 = 1260 AU, mean 180, SD 0: monotony 10, strain 1260 x 10 = 12600.
        expect(checkMonotony(plan, DEFAULT_THRESHOLDS.monotony).map(finding => finding.message)).toEqual([
            'week 1: monotony 10.00 (mean 180 AU a day, SD 0 AU); limit 2.0; strain 12600 AU, no week before it to compare',
        ]);
    });

    test('a higher threshold lets 2.05 pass', async () => {
        const plan = await cleanPlan(marked(week(4)).text);
        expect(checkMonotony(plan, { ...DEFAULT_THRESHOLDS.monotony, warning: 2.1 })).toEqual([]);
    });
});
