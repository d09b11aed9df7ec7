/** Where a plan's text is cut into blocks: at declarations that start a line, never inside a string or a comment. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { splitIntoBlocks, stringEnd } from '../../src/language/parsing/blocks.js';

const firstLines = (text: string) => splitIntoBlocks(text).map(block => block.text.split('\n')[0]);

describe('blocks', () => {
    test('a declaration at the start of a line starts a block', () => {
        expect(firstLines('plan "P"\nweek 1 { tue run 5km }\n  week 2 = week 1\nweeks 3-4 = weeks 1-2\n')).toEqual(['plan "P"', 'week 1 { tue run 5km }', 'weeks 3-4 = weeks 1-2']);
    });

    test('not inside a note over lines, a block comment, or after a line comment', () => {
        const text = 'plan "P"\nweek 1 { tue run 5km "a note\nweek 9 is not here" }\n/* week 8\nweek 7 */ // week 6\nweek 2 = week 1\n';
        expect(firstLines(text)).toEqual(['plan "P"', 'week 1 { tue run 5km "a note', 'week 2 = week 1']);
    });

    test('a quote that no quote closes, and a comment that nothing closes, hide nothing', () => {
        expect(firstLines('plan "P\nweek 1 { tue run 5km }\n')).toEqual(['plan "P', 'week 1 { tue run 5km }']);
        expect(firstLines('plan "P"\n/* no end\nweek 1 { tue run 5km }\n')).toEqual(['plan "P"', 'week 1 { tue run 5km }']);
    });

    test('an escaped quote does not close a note', () => {
        expect(firstLines('plan "P"\nweek 1 { tue run 5km "say \\"\nweek 2\\" twice" }\nweek 3 = week 1\n')).toEqual(['plan "P"', 'week 1 { tue run 5km "say \\"', 'week 3 = week 1']);
    });

    test('strings end where the grammar\'s STRING terminal ends them', () => {
        const grammar = readFileSync(new URL('../../src/language/stride.langium', import.meta.url), 'utf8');
        const terminal = new RegExp(/terminal STRING: \/(.*)\/;/.exec(grammar)![1], 'y');
        const grammarEnd = (text: string) => {
            terminal.lastIndex = 0;
            return terminal.test(text) ? terminal.lastIndex : -1;
        };
        fc.assert(fc.property(fc.string({ unit: fc.constantFrom('"', '\\', 'a', '\n') }), rest => {
            const text = `"${rest}`;
            expect(stringEnd(text, 0)).toBe(grammarEnd(text));
        }), { numRuns: 2000 });
    });

    test('a string of five million escapes is read without running out of stack', () => {
        const text = `plan "${'\\\\'.repeat(5_000_000)}"\nweek 1 { tue run 5km }\n`;
        expect(firstLines(text)).toEqual([text.split('\n')[0], 'week 1 { tue run 5km }']);
    });
});
