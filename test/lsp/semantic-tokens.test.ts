/** Semantic highlighting: numbers with their units, intensities, drill and session names, keywords and dates. */
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const highlight = highlightHelper(services.Stride);

loadBuiltinDrills();

describe('semantic tokens', () => {
    test('each part of a plan has its kind of token', async () => {
        const tokens = await highlight(`<|plan|> "P"
  start <|2027-01-04|>
  pace <|easy|> <|6:00/km|>
drill <|hill-bound|> plyometric
session <|gym|> strength {
  3 <|x|> 5 <|back-squat|> <|@80kg|>
}
<|week|> <|1|> {
  <|tue|> <|gym|> and run <|4|> x <|60m|> <|hill-bound|> <|@easy|> <|rest|> <|3min|>
  <|2027-01-06|> run 5km <|@RPE3|>
}
week 2 = week <|1|> <|+5%|>`);
        const expected: SemanticTokenTypes[] = [
            SemanticTokenTypes.keyword, // plan
            SemanticTokenTypes.number, // 2027-01-04: a date
            SemanticTokenTypes.variable, // easy, where the pace is named
            SemanticTokenTypes.number, // 6:00/km
            SemanticTokenTypes.function, // hill-bound, where the drill is defined
            SemanticTokenTypes.class, // gym, where the session is named
            SemanticTokenTypes.operator, // x
            SemanticTokenTypes.function, // back-squat
            SemanticTokenTypes.decorator, // @80kg
            SemanticTokenTypes.keyword, // week
            SemanticTokenTypes.namespace, // 1, the week's number
            SemanticTokenTypes.keyword, // tue
            SemanticTokenTypes.class, // gym, a named session used
            SemanticTokenTypes.number, // 4: a count
            SemanticTokenTypes.number, // 60m: a number with its unit
            SemanticTokenTypes.function, // hill-bound, a drill used
            SemanticTokenTypes.decorator, // @easy
            SemanticTokenTypes.keyword, // rest
            SemanticTokenTypes.number, // 3min
            SemanticTokenTypes.number, // 2027-01-06: a day given by its date
            SemanticTokenTypes.decorator, // @RPE3
            SemanticTokenTypes.namespace, // 1, the week derived from
            SemanticTokenTypes.number, // +5%
        ];
        expect(tokens.ranges).toHaveLength(expected.length);
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });

    test('a name where it is defined is marked as a declaration', async () => {
        const { tokens } = await highlight('plan "P"\ndrill hill-bound plyometric\nweek 1 {\n  tue plyometrics 10 hill-bound\n}');
        const modifiers = tokens.filter(token => token.text === 'hill-bound').map(token => token.tokenModifiers);
        // The definition, then the use.
        expect(modifiers).toEqual([AllSemanticTokenModifiers[SemanticTokenModifiers.declaration], 0]);
    });
});
