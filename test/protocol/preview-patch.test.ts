/** `stride/previewModel` over stdio, as the extension asks after each edit: what changed since the preview it shows. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { applyPreviewPatch, isPreviewPatch } from '../../src/preview/patch.js';
import { PreviewModelRequest, type DocumentPreview } from '../../src/protocol/requests.js';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

const EXAMPLE = readFileSync(new URL('../../examples/strength-power.stride', import.meta.url), 'utf8');

async function preview(uri: string, since?: number) {
    const answer = await client.connection.sendRequest(PreviewModelRequest, { textDocument: { uri }, since });
    expect(answer).not.toBeNull();
    return answer!;
}

test('after an edit, the weeks it changed; applied to the preview shown, the whole preview', async () => {
    const uri = 'file:///protocol/preview-patch.stride';
    await client.open(uri, EXAMPLE);
    const shown = await preview(uri) as DocumentPreview;
    expect(isPreviewPatch(shown)).toBe(false);

    const edited = EXAMPLE.replace('week 3 "Volume"', 'week 3 "Edited"');
    expect(edited).not.toBe(EXAMPLE);
    await client.change(uri, [{ text: edited }]);
    const patch = await preview(uri, shown.version);
    if (!isPreviewPatch(patch)) throw new Error('expected a patch');
    expect(patch.since).toBe(shown.version);
    const sent = patch.model.weeks.filter(week => typeof week !== 'number');
    // Week 4 derives from week 3.
    expect(sent.map(week => week.number)).toEqual([3, 4]);
    expect(sent[0].title).toBe('Edited');

    // The whole preview of the same version, asked for as a client that shows none.
    const whole = await preview(uri) as DocumentPreview;
    expect(isPreviewPatch(whole)).toBe(false);
    expect(applyPreviewPatch(shown, patch)).toEqual(whole);
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(whole).length / 2);
});

test('a client that shows another version than the server last sent gets the whole preview', async () => {
    const uri = 'file:///protocol/preview-whole.stride';
    await client.open(uri, EXAMPLE);
    const shown = await preview(uri) as DocumentPreview;
    await client.change(uri, [{ text: `${EXAMPLE}\n` }]);
    expect(isPreviewPatch(await preview(uri, shown.version - 1))).toBe(false);
});
