import { describe, expect, test } from 'vitest';
import { formatTable, SUMMARY_HEADINGS, summaryJson, summaryRows } from '../../src/cli/summary.js';
import { checkPlan, HEADER } from '../helpers.js';

// Week 1: mon-fri 10 km at 6:00/km (60 min, 180 AU each), sat 4 km (24 min, 72 AU), sun rest.
// Week 2 = week 1 +20%: every run 1.2 times longer, so every daily load 1.2 times larger.
const PLAN = `${HEADER}week 1 {
  mon run 10km @easy
  tue run 10km @easy
  wed run 10km @easy
  thu run 10km @easy
  fri run 10km @easy
  sat run 4km @easy
  sun rest
}
week 2 = week 1 +20%
`;

describe('stride summary, per week', () => {
    test('distance, time, load, change, ACWR, monotony, strain, contacts, sprint metres, hard sessions and the rules that fired', async () => {
        const rows = summaryRows(await checkPlan(PLAN));
        // Week 1: 54 km, 324 min = 5:24 h, 972 AU. Monotony (see monotony.test.ts): mean 138.857, SD 67.839, 2.0469;
        // strain 972 x 2.0469 = 1989.6. Monotony does not change when every load is scaled: week 2 is 2.05 too,
        // its strain 1166.4 x 2.0469 = 2387.5. Week 2: 64.8 km, 388.8 min = 6:29 h, 1166.4 AU, +20% (a note).
        // The ACWR needs 28 days: none in two weeks. No contacts, no sprints, no hard session.
        expect(rows).toEqual([
            ['1', '2027-01-04 to 2027-01-10', '6', '54.0 km', '5:24 h', '972 AU', '-', '-', '2.05', '1990 AU', '0', '0 m', '0', 'monotony'],
            ['2', '2027-01-11 to 2027-01-17', '6', '64.8 km', '6:29 h', '1166 AU', '+20%', '-', '2.05', '2387 AU', '0', '0 m', '0', 'weekly-distance, monotony'],
        ]);
    });

    test('contacts, sprint metres and hard sessions of a week', async () => {
        const rows = summaryRows(await checkPlan(`${HEADER}week 1 {
  tue speed 4 x 60m sprint @95% rest 6min
  thu plyometrics 40 pogo-jump
}
`));
        // 4 x 60 m at 95% = 240 m; 40 pogo jumps = 40 contacts (under 50: not a hard session); the sprints are hard.
        expect(rows[0].slice(10, 13)).toEqual(['40', '240 m', '1']);
    });

    test('the ACWR column is the week\'s highest day from the 28th on', async () => {
        const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map(day => `  ${day} run 10km @easy`).join('\n');
        const rows = summaryRows(await checkPlan(`${HEADER}week 1 {\n${everyDay}\n}\nweeks 2-4 = weeks 1-1\n`));
        // The same 180 AU every day: acute and chronic averages both 180, a ratio of 1.00 on day 28, week 4's Sunday.
        expect(rows.map(row => row[7])).toEqual(['-', '-', '-', '1.00']);
    });

    test('the table lines up its columns, the rules to the left', async () => {
        const table = formatTable(SUMMARY_HEADINGS, summaryRows(await checkPlan(PLAN))).split('\n');
        expect(table[0]).toBe('week  dates                     sessions  distance    time     load  change  ACWR  monotony   strain  contacts  sprint  hard  rules');
        expect(table[3]).toBe('2     2027-01-11 to 2027-01-17         6   64.8 km  6:29 h  1166 AU    +20%     -      2.05  2387 AU         0     0 m     0  weekly-distance, monotony');
    });

    test('--format json: the Plan, each week with its analysis', async () => {
        const json = summaryJson(await checkPlan(PLAN)) as { name: string; weeks: Array<{ number: number; analysis: object }> };
        expect(json.name).toBe('Test');
        expect(json.weeks[1].analysis).toMatchObject({
            acwr: null,
            rules: [
                { rule: 'weekly-distance', severity: 'note', message: 'week 2: 64.8 km, +20% on week 1 (54.0 km); limit +10%', line: 14 },
                // Week 2's strain is exactly 20% above week 1's: monotonous, but not rising past the limit, a note.
                { rule: 'monotony', severity: 'note', line: 14 },
            ],
        });
        expect((json.weeks[1].analysis as { monotony: number }).monotony).toBeCloseTo(2.0469, 4);
    });
});
