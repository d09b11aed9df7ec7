import { describe, expect, test } from 'vitest';
import { HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

const circuit = (rounds: readonly number[]) => `${HEADER}${rounds.map((count, index) => `week ${index + 1} {
  sun plyometrics ${index === rounds.length - 1 ? '«' : ''}${count} rounds { 10 pogo-jump 8 bound }${index === rounds.length - 1 ? '»' : ''}
}`).join('\n')}
`;

describe('circuit-rounds', () => {
    test('2, 3, 4 rounds: one more a week just passes', async () => {
        expect(await ruleFindings(marked(circuit([2, 3, 4])).text, 'circuit-rounds')).toEqual([]);
    });

    test('3 to 5 rounds just fails, on the circuit', async () => {
        const { text, range } = marked(circuit([2, 3, 5]));
        expect(await ruleFindings(text, 'circuit-rounds')).toEqual([
            `warning ${range} week 3 sun, Plyometrics: 5 rounds of pogo-jump, bound, up from 3 in week 2; limit +1 a week`,
        ]);
    });

    test('a different circuit is not compared', async () => {
        const text = `${HEADER}week 1 {
  sun plyometrics 2 rounds { 10 pogo-jump 8 bound }
}
week 2 {
  sun plyometrics 5 rounds { 10 skip 8 bound }
}
`;
        expect(await ruleFindings(text, 'circuit-rounds')).toEqual([]);
    });
});
