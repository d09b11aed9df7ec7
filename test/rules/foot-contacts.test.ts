import { describe, expect, test } from 'vitest';
import { HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// A pogo jump is one foot contact per rep: `121 pogo-jump` is 121 contacts.
const plan = (level: string | null, session: string) => `${HEADER}${level ? `  athlete ${level}\n` : ''}week 1 {
  tue ${session}
}
`;

describe('foot-contacts', () => {
    test('120 contacts just pass for an intermediate athlete', async () => {
        expect(await ruleFindings(plan('intermediate', 'plyometrics 120 pogo-jump'), 'foot-contacts')).toEqual([]);
    });

    test('121 just fail, on the session', async () => {
        const { text, range } = marked(plan('intermediate', '«plyometrics 121 pogo-jump»'));
        expect(await ruleFindings(text, 'foot-contacts')).toEqual([
            `warning ${range} week 1 tue, Plyometrics: 121 foot contacts; limit 120 (intermediate)`,
        ]);
    });

    test('a beginner is limited to 100 and an advanced athlete to 140', async () => {
        expect(await ruleFindings(plan('beginner', 'plyometrics 100 pogo-jump'), 'foot-contacts')).toEqual([]);
        expect(await ruleFindings(plan('beginner', 'plyometrics 101 pogo-jump'), 'foot-contacts')).toEqual([
            'warning 7:7-7:32 week 1 tue, Plyometrics: 101 foot contacts; limit 100 (beginner)',
        ]);
        expect(await ruleFindings(plan('advanced', 'plyometrics 140 pogo-jump'), 'foot-contacts')).toEqual([]);
        expect(await ruleFindings(plan('advanced', 'plyometrics "Jumps" 141 pogo-jump'), 'foot-contacts')).toEqual([
            'warning 7:7-7:40 week 1 tue, Jumps: 141 foot contacts; limit 140 (advanced)',
        ]);
    });

    test('without an athlete level, the intermediate limit applies and the message says so', async () => {
        // 3 rounds of (25 pogo jumps + 16 bounds) = 3 x 41 = 123 contacts.
        const { text, range } = marked(plan(null, '«plyometrics 3 rounds { 25 pogo-jump 16 bound }»'));
        expect(await ruleFindings(text, 'foot-contacts')).toEqual([
            `warning ${range} week 1 tue, Plyometrics: 123 foot contacts; limit 120 (intermediate, as the plan gives no athlete level)`,
        ]);
    });
});
