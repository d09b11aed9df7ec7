/** Inlay hints: each week's totals after its header, each session's size after it; each kind can be turned off. */
import { parseDocument } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

loadBuiltinDrills();

afterEach(() => {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { stride: {} } });
});

const PLAN = `plan "P"
  start 2027-01-04
  pace easy 6:00/km
week 1 {
  tue run 10km @easy
  thu run 8km @easy
}
week 2 = week 1 +10%
weeks 3-4 = weeks 1-2
`;

/** The hints as `line:character label`, one-based lines. */
async function hints(text: string): Promise<string[]> {
    const document = await parseDocument(services.Stride, text);
    const all = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    const found = await services.Stride.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: all });
    return (found ?? []).map(hint => `${hint.position.line + 1}:${hint.position.character} ${hint.label}`);
}

describe('inlay hints', () => {
    test('after each week header its totals and change; after each session its minutes and load', async () => {
        expect(await hints(PLAN)).toEqual([
            // Week 1: 10 km + 8 km at 6:00/km is 18 km in 108 min (1:48 h) at RPE 3: load 324. Hint after its `{`.
            '4:8 18.0 km · 1:48 h · 324 AU',
            // 10 km in 60 min, load 180; 8 km in 48 min, load 144. Hints at the end of each session.
            '5:20 1:00 h · 180 AU',
            '6:19 48 min · 144 AU',
            // Week 2, 10% more: 11 km + 8.8 km = 19.8 km in 118.8 min (1:59 h), load 356.4; 19.8 / 18 is +10%.
            '8:20 19.8 km · 1:59 h · 356 AU · +10%',
            // Weeks 3 and 4 repeat weeks 1 and 2: 18 / 19.8 - 1 = -9%, then +10% again.
            '9:21 3: 18.0 km · 1:48 h · 324 AU · -9% | 4: 19.8 km · 1:59 h · 356 AU · +10%',
        ]);
    });

    test('week totals can be turned off', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { stride: { inlayHints: { weekTotals: false } } } });
        expect(await hints(PLAN)).toEqual(['5:20 1:00 h · 180 AU', '6:19 48 min · 144 AU']);
    });

    test('session totals can be turned off', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { stride: { inlayHints: { sessionTotals: false } } } });
        expect(await hints(PLAN)).toHaveLength(3);
        expect((await hints(PLAN)).some(hint => hint.includes('180 AU'))).toBe(false);
    });
});
