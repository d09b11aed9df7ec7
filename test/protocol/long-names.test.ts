/**
 * An unknown name pasted as thousands of letters, then typed on, over stdio: each version's
 * diagnostics come as quickly as for a short name, and quote the name shortened.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

/** Far more than a version takes with any name (milliseconds); an edit distance over the whole word took seconds a keystroke. */
const HANG_MS = 10_000;

test('a pasted 8,000-letter drill name costs each keystroke no more than a short one, and is quoted shortened', async () => {
    const uri = 'file:///protocol/long-name.stride';
    const word = 'spr'.repeat(2700).slice(0, 8000);
    const text = `plan "P"\n  start 2027-01-04\nweek 1 {\n  tue run 4 x 60m ${word}\n}\n`;
    const started = performance.now();
    await client.open(uri, text);
    let diagnostics = await client.diagnostics(uri);
    for (let keystroke = 0; keystroke < 5; keystroke++) {
        const end = client.document(uri).positionAt(text.indexOf('\n}') + keystroke);
        await client.change(uri, [{ range: { start: end, end }, text: 'x' }]);
        diagnostics = await client.diagnostics(uri);
    }
    expect(performance.now() - started, 'six versions of the plan').toBeLessThan(HANG_MS);
    const unknown = diagnostics.find(diagnostic => String(diagnostic.message).startsWith('unknown drill'))!;
    expect(unknown.message).toBe(`unknown drill '${word.slice(0, 40)}...' (8005 characters)`);
});
