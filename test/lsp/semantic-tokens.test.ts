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

describe('the seeds\' workouts and keywords as names', () => {
    test('a session named by a keyword, a timed sprint, a recovery, phases, a tempo, rounds where used and added', async () => {
        const tokens = await highlight(`plan "P"
session <|speed|> "Speed" { 4 x 60m sprint <|in|> <|7.7s|> rest <|200m|> <|jog|> }
session <|circuit-day|> circuit { 2 rounds { 10 pogo-jump } }
week 1 {
  tue <|speed|> and <|circuit-day|> <|3|> rounds
  wed speed 3 x in-and-out (<|20m|> <|@95%|>, 20m @80%) and strength 3 x 8 back-squat <|@tempo 4-0-4-0|>
}
week 2 = week 1 +<|1|> <|round|>`);
        const expected: SemanticTokenTypes[] = [
            SemanticTokenTypes.class, // speed, a session's name though a kind
            SemanticTokenTypes.keyword, // in
            SemanticTokenTypes.number, // 7.7s
            SemanticTokenTypes.number, // 200m
            SemanticTokenTypes.function, // jog, the drill the rest is
            SemanticTokenTypes.class, // circuit-day
            SemanticTokenTypes.class, // speed, used
            SemanticTokenTypes.class, // circuit-day, used
            SemanticTokenTypes.number, // 3 rounds
            SemanticTokenTypes.number, // 20m, a phase
            SemanticTokenTypes.decorator, // @95%
            SemanticTokenTypes.decorator, // @tempo 4-0-4-0
            SemanticTokenTypes.number, // +1
            SemanticTokenTypes.keyword, // round
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });
});
