/**
 * Semantic tokens and inlay hints as VS Code asks for them over stdio: the whole document and a
 * window at once, for tokens that span lines, on a client without multi-line tokens.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    InlayHintRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest, type InlayHint, type Range,
    type SemanticTokens, type SemanticTokensDelta,
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

interface Token {
    readonly line: number;
    readonly character: number;
    readonly length: number;
    readonly type: number;
    readonly modifiers: number;
}

/** The relative encoding of LSP's semantic tokens, decoded to absolute positions. */
function decode(tokens: SemanticTokens | null): Token[] {
    const data = tokens?.data ?? [];
    const decoded: Token[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
        line += data[index];
        character = data[index] === 0 ? character + data[index + 1] : data[index + 1];
        decoded.push({ line, character, length: data[index + 2], type: data[index + 3], modifiers: data[index + 4] });
    }
    return decoded;
}

/** A token on the range's lines, where the range ends at the start of a line. */
const inRange = (range: Range) => (token: Token) => token.line >= range.start.line && token.line < range.end.line;

const example = (name: string) => readFileSync(`examples/${name}`, 'utf8');
let opened = 0;
async function open(text: string): Promise<string> {
    const uri = `file:///protocol/tokens-${opened++}.stride`;
    await client.open(uri, text);
    await client.diagnostics(uri);
    return uri;
}

describe('semantic tokens', () => {
    test('asked for the whole document and a window at once, each answer is what it is when asked alone', async () => {
        const uri = await open(example('speed-block.stride'));
        const range: Range = { start: { line: 40, character: 0 }, end: { line: 80, character: 0 } };
        const fullAlone = decode(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
        const rangeAlone = decode(await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }));
        for (let attempt = 0; attempt < 10; attempt++) {
            const [full, windowed] = await Promise.all([
                client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
                client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }),
            ]);
            expect(decode(full)).toEqual(fullAlone);
            expect(decode(windowed)).toEqual(rangeAlone);
        }
    });

    test('of a window are every token of the whole document in it', async () => {
        const uri = await open(example('speed-block.stride'));
        const range: Range = { start: { line: 40, character: 0 }, end: { line: 80, character: 0 } };
        const full = decode(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
        const windowed = decode(await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }));
        expect(full.filter(inRange(range)).length).toBeGreaterThan(100);
        expect(windowed).toEqual(full.filter(inRange(range)));
    });

    test('a number whose unit is on the next line is one token a line, each as long as its text', async () => {
        // `8` ends line 4 and its `km` starts line 5: one amount, split for a client without multi-line tokens.
        const text = 'plan "P"\n  start 2027-01-04\nweek 1 {\n  tue run 8\nkm @easy\n}\n';
        const uri = await open(text);
        const tokens = decode(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
        const lines = text.split('\n');
        expect(tokens.filter(token => token.line === 3 && token.character === 10)).toEqual([expect.objectContaining({ length: 1 })]);
        expect(tokens.filter(token => token.line === 4 && token.character === 0)).toEqual([expect.objectContaining({ length: 2 })]);
        for (const token of tokens) {
            expect(token.character + token.length, `a token on line ${token.line + 1} ends within it`).toBeLessThanOrEqual(lines[token.line].length);
        }
    });

    test('after an edit, a delta on the last full answer gives the new tokens', async () => {
        const uri = await open(example('speed-day.stride'));
        const first = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        expect(first?.resultId).toBeDefined();
        await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// a comment\n' }]);
        await client.diagnostics(uri);
        const delta = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first!.resultId! }) as SemanticTokensDelta;
        const fresh = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        const data = [...first!.data];
        for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) {
            data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
        }
        expect(data).toEqual(fresh!.data);
    });
});

describe('inlay hints', () => {
    test('of a window are every hint of the whole document in it', async () => {
        const uri = await open(example('overloaded.stride'));
        const lines = client.document(uri).lineCount;
        const all: Range = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
        const window: Range = { start: { line: 20, character: 0 }, end: { line: 42, character: 0 } };
        const describe = (hints: InlayHint[] | null) => (hints ?? []).map(hint => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`);
        const full = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: all });
        const windowed = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: window });
        const expected = describe(full).filter(hint => Number(hint.split(':')[0]) >= 20 && Number(hint.split(':')[0]) < 42);
        expect(expected.length).toBeGreaterThanOrEqual(10);
        expect(describe(windowed)).toEqual(expected);
    });
});

test('the server wrote nothing to stderr', () => {
    expect(client.stderr.join('')).toBe('');
});
