import { describe, expect, test } from 'vitest';
import { HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

const speedDay = (session: string) => `${HEADER}week 1 {
  tue ${session}
}
`;

describe('sprint-metres', () => {
    test('10 x 60 m = 600 m at 95% just passes', async () => {
        expect(await ruleFindings(speedDay('speed 10 x 60m sprint @95% rest 6min'), 'sprint-metres')).toEqual([]);
    });

    test('10 x 61 m = 610 m just fails, on the session', async () => {
        const { text, range } = marked(speedDay('«speed 10 x 61m sprint @95% rest 7min»'));
        expect(await ruleFindings(text, 'sprint-metres')).toEqual([
            `warning ${range} week 1 tue, Speed: 610 m sprinted at 90% or more; limit 600 m`,
        ]);
    });

    test("flying sprints count the timed part, not the 20 m run-in: 12 x 50 m flying is 600 m", async () => {
        expect(await ruleFindings(speedDay('speed 12 x 50m flying-sprint @max rest 5min'), 'sprint-metres')).toEqual([]);
    });

    test('sprints under 90% do not count: 12 x 60 m at 85% is none', async () => {
        expect(await ruleFindings(speedDay('speed 12 x 60m sprint @85% rest 2min'), 'sprint-metres')).toEqual([]);
    });
});
