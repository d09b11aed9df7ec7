/**
 * Completion far down a plan. The completion parser reads from the start of the declaration
 * before the cursor's rather than from the top of the file (src/language/lsp/completion.ts), so
 * the items there must be those a plan of one week gets, and a syntax error above must not
 * change them. The tokens around the cursor are found by lexing the blocks around it, not the
 * whole text: they must be those the whole text's lexing finds.
 */
import { readFileSync } from 'node:fs';
import { DefaultCompletionProvider } from 'langium/lsp';
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const complete = expectCompletion(services.Stride);

loadBuiltinDrills();

const HEADER = 'plan "P"\n  pace easy 6:00/km\n  pace 10k 4:30/km\n';
const WEEKS = 'week 1 {\n  tue run 8km @easy\n}\nsession long "Long run" run {\n  16km @easy\n}\nweek 2 {\n  sun long\n}\n';
const INTENSITIES = [
    'easy', '10k',
    'RPE1', 'RPE2', 'RPE3', 'RPE4', 'RPE5', 'RPE6', 'RPE7', 'RPE8', 'RPE9', 'RPE10',
    'Z1', 'Z2', 'Z3', 'Z4', 'Z5',
    '95%', 'max', 'tempo 3-1-1-0',
];

describe('in the third week of a plan', () => {
    test('after @: the plan\'s paces, RPE, zones, a percentage and max, as in its first week', async () => {
        await complete({ text: `${HEADER}${WEEKS}week 3 {\n  tue run 20min @<|>\n}`, index: 0, disposeAfterCheck: true, expectedItems: INTENSITIES });
    });

    test('at the start of a line: the weekdays the week does not have yet', async () => {
        await complete({
            text: `${HEADER}${WEEKS}week 3 {\n  mon rest\n  wed rest\n  <|>\n}`,
            index: 0,
            disposeAfterCheck: true,
            expectedItems: ['tue', 'thu', 'fri', 'sat', 'sun'],
        });
    });

    test('the same items when a week above has a syntax error, read from the top then', async () => {
        const broken = WEEKS.replace('tue run 8km @easy', 'tue run 8km @');
        await complete({ text: `${HEADER}${broken}week 3 {\n  tue run 20min @<|>\n}`, index: 0, disposeAfterCheck: true, expectedItems: INTENSITIES });
    });
});

describe('the tokens around the cursor', () => {
    type Around = (text: string, offset: number) => unknown;
    const provider = services.Stride.lsp.CompletionProvider as unknown as { backtrackToAnyToken: Around };
    const wholeText: Around = (text, offset) => (DefaultCompletionProvider.prototype as unknown as { backtrackToAnyToken: Around }).backtrackToAnyToken.call(provider, text, offset);

    test.each(['speed-block', 'strength-power', 'overloaded'])('are those the whole text\'s lexing finds, at every offset of examples/%s.stride', name => {
        // A note over two lines that holds a line starting like a week, to be read as a note.
        const text = `${readFileSync(`examples/${name}.stride`, 'utf8')}week 90 { tue run 5km "a note\nweek 91 { is not a week" }\n`;
        const differ: number[] = [];
        for (let offset = 0; offset <= text.length; offset++) {
            if (JSON.stringify(provider.backtrackToAnyToken(text, offset)) !== JSON.stringify(wholeText(text, offset))) differ.push(offset);
        }
        expect(differ).toEqual([]);
    });
});
