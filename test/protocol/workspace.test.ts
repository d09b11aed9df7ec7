/**
 * A coach's folder of plans over stdio: an edit of the open plan is validated without waiting
 * for the others, and every plan of the folder still gets its diagnostics, the closed ones after;
 * a plan closed without saving is the file on disk again, and one not on disk leaves.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WorkspaceSymbolRequest } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

const PLANS = 30;
const BROKEN = 7;
let folder: string;
let client: LspClient;

function planText(index: number): string {
    return `plan "Athlete ${index}"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 {\n  tue run ${index === BROKEN ? '8' : `${index}km`} @easy\n}\n`;
}

const uriOf = (index: number) => pathToFileURL(join(folder, `athlete-${index}.stride`)).toString();

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'stride-workspace-'));
    for (let index = 1; index <= PLANS; index++) {
        writeFileSync(join(folder, `athlete-${index}.stride`), planText(index));
    }
    client = await LspClient.start({ folder });
}, 30_000);
afterAll(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
});

test('the open plan is validated at each edit, and the closed plans after it', async () => {
    const open = uriOf(1);
    await client.open(open, planText(1));
    await client.change(open, [{ text: planText(1).replace('1km', '12km') }]);
    expect(await client.diagnostics(open)).toEqual([]);
    const closed = Array.from({ length: PLANS - 1 }, (_, index) => uriOf(index + 2));
    await client.until(() => closed.every(uri => client.publications(uri).length > 0), 'every closed plan has its diagnostics');
    const broken = client.publications(uriOf(BROKEN)).at(-1)!.diagnostics;
    expect(broken.map(diagnostic => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([expect.stringMatching(/^5: .*needs a unit/)]);
    expect(closed.filter(uri => uri !== uriOf(BROKEN)).every(uri => client.publications(uri).at(-1)!.diagnostics.length === 0)).toBe(true);
});

test('a plan closed without saving is read from disk again: the discarded edit\'s errors go', async () => {
    const uri = uriOf(2);
    await client.open(uri, planText(2));
    await client.change(uri, [{ text: planText(2).replace('2km', '2') }]);
    expect((await client.diagnostics(uri)).map(diagnostic => diagnostic.message)).toEqual([expect.stringMatching(/needs a unit/)]);
    const published = client.publications(uri).length;
    await client.close(uri);
    await client.until(() => client.publications(uri).length > published, 'the closed plan\'s diagnostics');
    expect(client.publications(uri).at(-1)!.diagnostics).toEqual([]);
});

test('a plan that is not on disk leaves with its diagnostics when closed', async () => {
    const uri = pathToFileURL(join(folder, 'never-saved.stride')).toString();
    await client.open(uri, planText(BROKEN));
    expect(await client.diagnostics(uri)).toHaveLength(1);
    const published = client.publications(uri).length;
    await client.close(uri);
    await client.until(() => client.publications(uri).length > published, 'the closed plan\'s diagnostics');
    expect(client.publications(uri).at(-1)!.diagnostics).toEqual([]);
    // Gone from the workspace: a search of its symbols finds the saved plans' weeks and not its own.
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
    expect(symbols!.some(symbol => symbol.location.uri === uri)).toBe(false);
    expect(symbols!.some(symbol => symbol.location.uri === uriOf(3))).toBe(true);
});
