import { describe, expect, test } from 'vitest';
import { HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

const runs = (days: readonly string[]) => days.map(day => `  ${day} run 5km @easy`).join('\n');

describe('days-without-rest', () => {
    test('six days of running and a rest day just pass', async () => {
        expect(await ruleFindings(`${HEADER}week 1 {
${runs(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'])}
  sun rest
}
`, 'days-without-rest')).toEqual([]);
    });

    test('seven days just fail: a note on the week', async () => {
        const { text, range } = marked(`${HEADER}«week 1 »{
${runs(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])}
}
`);
        expect(await ruleFindings(text, 'days-without-rest')).toEqual([
            `info ${range} week 1: 7 days without a rest day (mon to sun); limit 6`,
        ]);
    });

    test('a run of days across two weeks is reported on the week where it passes six', async () => {
        // Week 1 thu to sun (4) and week 2 mon to wed (3): 7 days.
        const { text, range } = marked(`${HEADER}week 1 {
${runs(['thu', 'fri', 'sat', 'sun'])}
}
«week 2 »{
${runs(['mon', 'tue', 'wed'])}
}
`);
        expect(await ruleFindings(text, 'days-without-rest')).toEqual([
            `info ${range} week 2: 7 days without a rest day (week 1 thu to wed); limit 6`,
        ]);
    });

    test('a day of mobility work alone counts as rest', async () => {
        expect(await ruleFindings(`${HEADER}week 1 {
${runs(['mon', 'tue', 'wed'])}
  thu mobility 2 x 45s hip-flexors each-leg
${runs(['fri', 'sat', 'sun'])}
}
`, 'days-without-rest')).toEqual([]);
    });
});
