/** The bounded edit distance behind "did you mean": the same answer as the whole table, within its limit. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance, nearestNames, quotedName } from '../src/language/nearest-names.js';
import { PROPERTY_RUNS } from './robustness/fuzz-settings.js';

describe('editDistance', () => {
    test('known distances: an edit, a swap of neighbours, a word of thousands of letters', () => {
        expect(editDistance('sprint', 'sprnt')).toBe(1);
        expect(editDistance('lunge', 'lnuge')).toBe(1);
        expect(editDistance('box-jump', 'box-jump')).toBe(0);
        expect(editDistance('x'.repeat(8000), 'sprint', 2)).toBe(3);
    });

    test('within a limit, it is the whole table\'s distance, or limit + 1 when that is larger', () => {
        const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
        fc.assert(fc.property(word, word, fc.nat(6), (a, b, limit) => {
            expect(editDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
        }), { numRuns: PROPERTY_RUNS * 10 });
    });
});

test('nearest names: what contains the name first, then what is a few edits away', () => {
    expect(nearestNames('sprin', ['sprint', 'flying-sprint', 'spring', 'lunge'])).toEqual(['spring', 'sprint', 'flying-sprint']);
    expect(nearestNames('lnuge', ['sprint', 'lunge', 'lunges'])).toEqual(['lunge', 'lunges']);
    expect(nearestNames('x'.repeat(8000), ['sprint', 'lunge'])).toEqual([]);
});

test('a long name is quoted by its start and its length', () => {
    expect(quotedName('hill-sprnt')).toBe("'hill-sprnt'");
    expect(quotedName('a'.repeat(41))).toBe(`'${'a'.repeat(40)}...' (41 characters)`);
});
