import { describe, expect, test } from 'vitest';
import { checkPlan, HEADER, marked } from '../helpers.js';
import { findingsOf, ruleFindings } from './rule-helpers.js';

const speedDay = (session: string) => `${HEADER}week 1 {
  tue speed ${session}
}
`;

// The limit: 1 min of rest per 10 m sprinted at 90% of max speed or more, so 60 m asks for 6 min.
describe('sprint-rest', () => {
    test('6 min after 60 m at 95% just passes', async () => {
        expect(await ruleFindings(speedDay('4 x 60m sprint @95% rest 6min'), 'sprint-rest')).toEqual([]);
    });

    test('5:55 after 60 m just fails, on the item', async () => {
        const { text, range } = marked(speedDay('«4 x 60m sprint @95% rest 5:55»'));
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([
            `warning ${range} rest 5:55 min after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
    });

    test("with no rest written, the drill's default counts and the message says so", async () => {
        // The sprint drill rests 4 min by default: enough for 40 m (4 min), short of 50 m (5 min).
        expect(await ruleFindings(speedDay('4 x 40m sprint @95%'), 'sprint-rest')).toEqual([]);
        const { text, range } = marked(speedDay('«4 x 50m sprint @95%»'));
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([
            `warning ${range} rest 4 min (the drill's default) after each 50 m sprint; minimum 5 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
    });

    test('sprints under 90% of max speed are not judged', async () => {
        expect(await ruleFindings(speedDay('4 x 60m sprint @85% rest 1min'), 'sprint-rest')).toEqual([]);
    });

    test("a flying sprint's run-in is not sprinted metres: 30 m flying asks for 3 min", async () => {
        expect(await ruleFindings(speedDay('3 x 30m flying-sprint @max rest 3min'), 'sprint-rest')).toEqual([]);
        const { text, range } = marked(speedDay('«3 x 30m flying-sprint @max rest 2:55»'));
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([
            `warning ${range} rest 2:55 min after each 30 m sprint; minimum 3 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
    });

    test('the rest between rounds of a group that sprints', async () => {
        expect(await ruleFindings(speedDay('3 x { 60m sprint @95% } rest 6min'), 'sprint-rest')).toEqual([]);
        const { text, range } = marked(speedDay('«3 x { 60m sprint @95% } rest 5min»'));
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([
            `warning ${range} rest 5 min between rounds after 60 m sprints; minimum 6 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
    });

    test('a derived week sits on its header and names the session', async () => {
        // Week 2 = week 1 +10%: 40 m becomes 44 m, asking for 4.4 min = 4:24; the drill's default rest stays 4 min.
        const { text, range } = marked(`${speedDay('4 x 40m sprint @95%')}«week 2 »= week 1 +10%
`);
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([
            `warning ${range} week 2 tue, Speed: rest 4 min (the drill's default) after each 44 m sprint; minimum 4:24 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
    });

    test('a named session used in two weeks is one warning on its item, for both weeks', async () => {
        const { text, range } = marked(`${HEADER}session sprints {
  «4 x 60m sprint @95% rest 3min»
}
week 1 {
  tue sprints
}
week 2 {
  tue sprints
}
`);
        const checked = await checkPlan(text);
        expect(findingsOf(checked, 'sprint-rest')).toEqual([
            `warning ${range} rest 3 min after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)`,
        ]);
        expect(checked.diagnostics.find(diagnostic => diagnostic.code === 'sprint-rest')!.data).toMatchObject({ rule: 'sprint-rest', weeks: [1, 2] });
    });
});
