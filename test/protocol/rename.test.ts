/**
 * Rename over stdio, as an editor asks: what it renames, and what it refuses, with the reason,
 * because the new name would break the plan.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PrepareRenameRequest, RenameRequest, ResponseError, type Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

let opened = 0;

/** Renames what is at `<|>` to `newName`: the text after the edit, or `refused: <the server's reason>`. */
async function rename(marked: string, newName: string): Promise<string> {
    const text = marked.replace('<|>', '');
    const uri = `file:///protocol/rename-${opened++}.stride`;
    const document = await client.open(uri, text);
    await client.diagnostics(uri);
    const position = document.positionAt(marked.indexOf('<|>'));
    try {
        const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }) as Range | null;
        if (!prepared) return 'refused: nothing to rename here';
        const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
        return TextDocument.applyEdits(document, edit?.changes?.[uri] ?? []);
    } catch (error) {
        if (error instanceof ResponseError) return `refused: ${error.message}`;
        throw error;
    }
}

const PLAN = `plan "P"
  pace easy 5:40/km
  pace 10k 4:20/km
drill hill-bound plyometric alias hb
drill skip-a sprint-drill
session speed-day speed {
  4 x 60m sprint rest 3min
}
session hills run {
  6 x 10 hill-bound
}
week 1 {
  tue <|>speed-day
  thu run 8km @easy
  sat plyometrics 10 hb
}
week 2 = week 1 +5%
`;

describe('rename', () => {
    test('a drill: its definition and every use, those written by an alias too', async () => {
        const renamed = await rename(PLAN.replace('<|>', '').replace('sat plyometrics 10 hb', 'sat plyometrics 10 <|>hb'), 'uphill-bound');
        expect(renamed).toContain('drill uphill-bound plyometric alias hb');
        expect(renamed).toContain('6 x 10 uphill-bound');
        expect(renamed).toContain('sat plyometrics 10 uphill-bound');
    });

    test('a named session, a pace and a week, with every use', async () => {
        expect(await rename(PLAN, 'sprint-day')).toContain('session sprint-day speed {');
        expect(await rename(PLAN.replace('<|>', '').replace('@easy', '@<|>easy'), 'steady')).toContain('thu run 8km @steady');
        expect(await rename(PLAN.replace('<|>', '').replace('week 1 {', 'week <|>1 {'), '3')).toContain('week 2 = week 3 +5%');
    });

    test.each([
        ['', 'refused: a session needs a name'],
        ['{', "refused: '{' is not a name of a session: write letters, digits, - and _, starting with a letter or with digits and then a letter, like 5k-race"],
        ['10km', "refused: '10km' is not a name of a session: write letters, digits, - and _, starting with a letter or with digits and then a letter, like 5k-race"],
        ['a b', "refused: 'a b' is not a name of a session: write letters, digits, - and _, starting with a letter or with digits and then a letter, like 5k-race"],
        ['week', "refused: 'week' is a word of the language and cannot name a session"],
        ['hills', "refused: 'hills' already names a session of this plan (line 9)"],
    ])('a session renamed to %j is refused', async (newName, reason) => {
        expect(await rename(PLAN, newName)).toBe(reason);
    });

    test('a drill renamed to a drill of the plan, an alias of one, or a built-in drill is refused', async () => {
        const drill = PLAN.replace('<|>', '').replace('drill skip-a', 'drill <|>skip-a');
        expect(await rename(drill, 'hb')).toBe("refused: 'hb' already names a drill of this plan (line 4)");
        expect(await rename(drill, 'flying-sprint')).toBe("refused: 'flying-sprint' is the built-in drill Flying sprint: the plan's uses of it would become this drill");
    });

    test('a pace may be named by digits and letters, like 10k, but not twice', async () => {
        const pace = PLAN.replace('<|>', '').replace('pace easy', 'pace <|>easy');
        expect(await rename(pace, '5k')).toContain('pace 5k 5:40/km');
        expect(await rename(pace, '10k')).toBe("refused: '10k' already names a pace of this plan (line 3)");
    });

    test('a week takes a free number in range, and not one a block of weeks counts from', async () => {
        const week = PLAN.replace('<|>', '').replace('week 1 {', 'week <|>1 {');
        expect(await rename(week, '2')).toBe('refused: week 2 already exists (line 17)');
        expect(await rename(week, '0')).toBe('refused: week numbers run from 1 to 2600: not 0');
        expect(await rename(week, 'x')).toBe("refused: 'x' is not a name of a week: write a week number from 1 to 2600");
        expect(await rename(week, 'w1')).toBe("refused: 'w1' is not a name of a week: write a week number from 1 to 2600");
        const block = `${week}weeks 5-7 = weeks 1-2\n`;
        expect(await rename(block, '9')).toBe("refused: week 1 is where 'weeks 5-7 = weeks 1-2' (line 18) counts from or to: renumbering it would change the weeks that block copies");
    });

    test('a built-in drill and a week of a block are not the plan\'s to rename', async () => {
        expect(await rename('plan "P"\nweek 1 {\n  tue run 3 x 30m <|>flying-sprint\n}\n', 'my-sprint')).toBe('refused: flying-sprint is a built-in drill: it is not the plan\'s to rename');
        expect(await rename('plan "P"\nweek 1 {\n  tue run 5km\n}\nweeks 2-3 = weeks 1-1\nweek 4 = week <|>3\n', '9'))
            .toBe("refused: the weeks of 'weeks 2-3' are numbered by the block: change its range instead");
    });
});
