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

    test('a share that rounds to its limit shows the place that puts it beyond; minutes under ten show theirs', async () => {
        // 1 min at RPE 6 of 4.9 min: 20.4%, which would read 20% beside the limit of 20%.
        const { text, range } = marked(`${HEADER}«week 1 »{\n  tue run 234s @easy\n  thu run 1min @RPE6\n}\n`);
        expect(await ruleFindings(text, 'threshold-share')).toEqual([
            `info ${range} week 1: 20.4% of running time at or above threshold (1 min of 4.9 min); limit 20%`,
        ]);
    });

    test('a week that only sprints is not judged: it has no endurance running to distribute', async () => {
        expect(await ruleFindings(`${HEADER}week 1 {\n  tue speed 4 x 60m sprint @95% rest 6min\n}\n`, 'threshold-share')).toEqual([]);
    });
});
