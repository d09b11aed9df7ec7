/** Go to definition and find references for a plan's drills, named sessions, paces and weeks (rename: test/protocol/rename.test.ts). */
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, test } from 'vitest';
import { checkPlan, services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const goToDefinition = expectGoToDefinition(services.Stride);
const findReferences = expectFindReferences(services.Stride);

loadBuiltinDrills();

describe('go to definition', () => {
    test('a drill the plan defines, by its name or an alias', async () => {
        const text = 'plan "P"\ndrill <|hill-bound|> "Hill bound" plyometric in distance alias hb\nweek 1 {\n  tue run 4 x 30m <|>hill-bound\n  thu run 4 x 30m <|>hb\n}';
        await goToDefinition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await goToDefinition({ text, index: 1, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('a named session, a pace and a week another week derives from', async () => {
        const text = `plan "P"
  pace <|easy|> 6:00/km
session <|easy-day|> run {
  8km @<|>easy
}
week <|1|> {
  tue <|>easy-day
}
week 2 = week <|>1 +5%
weeks 3-4 = weeks <|>1-2`;
        // Ranges in source order: the pace, the session, week 1.
        await goToDefinition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await goToDefinition({ text, index: 1, rangeIndex: 1, disposeAfterCheck: true });
        await goToDefinition({ text, index: 2, rangeIndex: 2, disposeAfterCheck: true });
        await goToDefinition({ text, index: 3, rangeIndex: 2, disposeAfterCheck: true });
    });

    test('a built-in drill has no definition an editor could open', async () => {
        await goToDefinition({ text: 'plan "P"\nweek 1 {\n  tue run 3 x 30m <|>flying-sprint\n}', index: 0, rangeIndex: [], disposeAfterCheck: true });
    });
});

describe('find references', () => {
    test('every use of a drill, by its name or an alias, and its definition', async () => {
        await findReferences({
            text: 'plan "P"\n  1rm <|hill-bound|> 100 kg\ndrill <|<|>hill-bound|> "Hill bound" strength alias hb\nweek 1 {\n  tue strength 3 x 5 <|hill-bound|>\n  thu strength 3 x 5 <|h<|>b|>\n}',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    test('a built-in drill: its uses in this plan only', async () => {
        await checkPlan('plan "Other"\nweek 1 {\n  tue run 3 x 30m flying-sprint\n}');
        await findReferences({
            text: 'plan "P"\nweek 1 {\n  tue run 3 x 30m <|<|>flying-sprint|>\n  thu run 2 x 30m <|fly|>\n}',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    test('the uses of a named session and of a week', async () => {
        await findReferences({
            text: 'plan "P"\nsession <|>gym strength {\n  3 x 5 back-squat\n}\nweek 1 {\n  tue <|gym|>\n  fri <|gym|>\n}',
            includeDeclaration: false,
            disposeAfterCheck: true,
        });
        await findReferences({
            text: 'plan "P"\nweek <|>1 {\n  tue run 5km\n}\nweek 2 = week <|1|> +5%\nweeks 3-3 = weeks <|1|>-2',
            includeDeclaration: false,
            disposeAfterCheck: true,
        });
    });
});
