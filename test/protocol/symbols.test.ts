/** The outline and workspace symbols of half-typed plans, as an editor asks for them over stdio: what is written, never `undefined`. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocumentSymbolRequest, WorkspaceSymbolRequest, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

let opened = 0;
async function outline(text: string): Promise<string[]> {
    const uri = `file:///protocol/symbols-${opened++}.stride`;
    await client.open(uri, text);
    await client.diagnostics(uri);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[] | null;
    const lines: string[] = [];
    const visit = (symbol: DocumentSymbol, depth: number) => {
        lines.push(`${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`);
        symbol.children?.forEach(child => visit(child, depth + 1));
    };
    (symbols ?? []).forEach(symbol => visit(symbol, 0));
    return lines;
}

const HEADER = 'plan "Half typed"\n  start 2027-01-04\n';

describe('the outline of a half-typed plan', () => {
    test('a pace without its unit shows what is written', async () => {
        expect(await outline(`${HEADER}  pace 10k 4:00\n`)).toContain('  10k (4:00)');
    });

    test('a derived week without its change shows what is written', async () => {
        const lines = await outline(`${HEADER}week 1 {\n  tue circuit 2 rounds { 10 pogo-jump }\n}\nweek 2 = week 1 +5\nweek 3 = week 1 +5% +1 round\n`);
        expect(lines).toContain('  week 2 (= week 1 +5)');
        expect(lines).toContain('  week 3 (= week 1 +5% +1 round)');
    });

    test('a block of weeks cut short names only what is written', async () => {
        const lines = await outline(`${HEADER}week 1 {\n  tue run 8km\n}\nweeks\n`);
        expect(lines.join('\n')).not.toMatch(/undefined|NaN/);
    });

    test.each([
        'week 1 { tue run 8km } stray',
        'weeks 3- = weeks 1-',
        'week = week',
        'session { 4 x }',
        'drill',
        '  pace easy',
        '  1rm',
        'weeks 2-3 "Block" = weeks 1-1 -',
    ])('%s: no symbol says undefined or NaN', async line => {
        const lines = await outline(`${HEADER}${line}\n`);
        expect(lines.join('\n')).not.toMatch(/undefined|NaN/);
    });
});

test('workspace symbols of half-typed plans say no undefined either', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as WorkspaceSymbol[] | null;
    expect(symbols?.length).toBeGreaterThan(5);
    expect((symbols ?? []).map(symbol => `${symbol.name} ${symbol.containerName ?? ''}`).join('\n')).not.toMatch(/undefined|NaN/);
});
