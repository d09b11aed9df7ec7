/**
 * A 10 MB plan over stdio, as an editor meets it: while the coach types five keystrokes 100 ms
 * apart, hover and completion asked after each are answered from the plan, the diagnostics
 * published are the last version's alone (no superseded version's build was finished), and they
 * are those of that text. How long each takes is the benchmark's (`npm run bench`).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CompletionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol';
import { generateDayByDayPlan } from '../../bench/generate-plan.js';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start({ bundle: true });
}, 30_000);
afterAll(() => client.stop());

test('five keystrokes into a 10 MB plan: requests answered meanwhile, the last version\'s diagnostics', async () => {
    const uri = 'file:///ten-megabytes/plan.stride';
    const text = generateDayByDayPlan(20);
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    await client.open(uri, text);
    expect((await client.diagnostics(uri, 300_000)).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
    const published = client.publications(uri).length;

    const answers: Array<Promise<unknown>> = [];
    for (let keystroke = 0; keystroke < 5; keystroke++) {
        if (keystroke > 0) await new Promise(resolve => setTimeout(resolve, 100));
        const document = client.document(uri);
        // A zero for the set count of a line a share of the way down: `    0 x 1..m strides`.
        const line = document.positionAt(document.getText().indexOf('\n    1 x ', Math.floor((0.3 + keystroke * 0.1) * document.getText().length)) + 1).line;
        await client.change(uri, [{ range: { start: { line, character: 4 }, end: { line, character: 5 } }, text: '0' }]);
        const at = (character: number): Position => ({ line, character });
        answers.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(17) }));
        answers.push(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at(22) }));
    }
    const diagnostics = await client.diagnostics(uri, 300_000);
    const [hovers, completions] = [0, 1].map(kind => (answers.filter((_, index) => index % 2 === kind)));
    for (const hover of await Promise.all(hovers)) {
        expect(JSON.stringify(hover)).toMatch(/strides/i);
    }
    for (const completion of await Promise.all(completions)) {
        expect((completion as { items: unknown[] }).items.length).toBeGreaterThan(0);
    }
    // Only the last version's diagnostics: each keystroke's build was cut short by the next.
    expect(client.publications(uri).slice(published).map(publication => publication.version)).toEqual([6]);
    expect(diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${diagnostic.range.start.line}: ${diagnostic.message}`))
        .toEqual(expect.arrayContaining([expect.stringMatching(/a count of 0 is nothing to do/)]));
    expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toHaveLength(5);
    expect(client.stderr.join('')).toBe('');
}, 600_000);
