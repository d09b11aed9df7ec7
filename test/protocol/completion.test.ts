/** Completion over stdio at any position an editor may send, inside the text or past it. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';
import { expectCompletionEditsValid } from './ranges.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

describe('completion', () => {
    test.each(['speed-block.stride', 'overloaded.stride'])('in %s, past the end of lines and of the text, gives edits inside the document', async name => {
        const uri = `file:///protocol/completion-${name}`;
        const document = await client.open(uri, readFileSync(`examples/${name}`, 'utf8'));
        await client.diagnostics(uri);
        const positions = [
            ...Array.from({ length: document.lineCount }, (_, line) => ({ line, character: 200 })),
            { line: document.lineCount, character: 0 },
            { line: document.lineCount + 5, character: 3 },
        ];
        let items = 0;
        for (const position of positions) {
            const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }) as CompletionList | null;
            items += result?.items.length ?? 0;
            expectCompletionEditsValid(document, result);
        }
        expect(items).toBeGreaterThan(100);
    });

    test('at the end of a line, offers what fits there, as at the same place written exactly', async () => {
        const uri = 'file:///protocol/completion-line-end.stride';
        const text = 'plan "P"\n  start 2027-01-04\nweek 1 {\n  tue run 4 x 60m spr\n}\n';
        await client.open(uri, text);
        await client.diagnostics(uri);
        const exact = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 22 } }) as CompletionList;
        const past = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 80 } }) as CompletionList;
        expect(exact.items.map(item => item.label)).toContain('sprint');
        expect(past.items).toEqual(exact.items);
    });
});
