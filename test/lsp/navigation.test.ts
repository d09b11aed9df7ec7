/** Go to definition, find references and rename for a plan's drills, named sessions, paces and weeks. */
import { expectFindReferences, expectGoToDefinition, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
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

describe('rename', () => {
    /** Renames what is at `<|>` and returns the text after the edits, or undefined when the rename is refused. */
    async function rename(marked: string, newName: string): Promise<string | undefined> {
        const offset = marked.indexOf('<|>');
        const document = await parseDocument(services.Stride, marked.replace('<|>', ''));
        const position = document.textDocument.positionAt(offset);
        const provider = services.Stride.lsp.RenameProvider!;
        const params = { textDocument: { uri: document.uri.toString() }, position, newName };
        const prepared = await provider.prepareRename(document, params);
        const edit = await provider.rename(document, params);
        const edits = edit?.changes?.[document.uri.toString()];
        if (prepared === undefined || edits === undefined) {
            return undefined;
        }
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    test('a drill: its definition and every use, those written by an alias too', async () => {
        const renamed = await rename('plan "P"\ndrill hill-bound plyometric alias hb\nweek 1 {\n  tue plyometrics 10 <|>hill-bound and plyometrics 8 hb\n}', 'uphill-bound');
        expect(renamed).toBe('plan "P"\ndrill uphill-bound plyometric alias hb\nweek 1 {\n  tue plyometrics 10 uphill-bound and plyometrics 8 uphill-bound\n}');
    });

    test('a week, from a week that derives from it', async () => {
        const renamed = await rename('plan "P"\nweek 1 {\n  tue run 5km\n}\nweek 2 = week <|>1 +5%', '3');
        expect(renamed).toBe('plan "P"\nweek 3 {\n  tue run 5km\n}\nweek 2 = week 3 +5%');
    });

    test('a built-in drill is refused', async () => {
        expect(await rename('plan "P"\nweek 1 {\n  tue run 3 x 30m <|>flying-sprint\n}', 'my-sprint')).toBeUndefined();
    });

    test('a week made by a block of weeks is refused: it has no number of its own', async () => {
        expect(await rename('plan "P"\nweek 1 {\n  tue run 5km\n}\nweeks 2-3 = weeks 1-1\nweek 4 = week <|>3', '9')).toBeUndefined();
    });
});
