import { describe, expect, test } from 'vitest';
import { HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// `@easy` is RPE 3; `@RPE6` is at threshold. Timed runs make the minutes exact.
const week = (easyMinutes: number) => `${HEADER}«week 1 »{
  tue run ${easyMinutes}min @easy
  thu run 10min @RPE6
}
`;

describe('threshold-share', () => {
    test('10 of 50 minutes at threshold, 20%, just passes', async () => {
        expect(await ruleFindings(marked(week(40)).text, 'threshold-share')).toEqual([]);
    });

    test('10 of 48 minutes, 20.8%, just fails: a note on the week', async () => {
        const { text, range } = marked(week(38));
        expect(await ruleFindings(text, 'threshold-share')).toEqual([
            `info ${range} week 1: 21% of running time at or above threshold (10 min of 48 min); limit 20%`,
        ]);
    });
});
