/**
 * Ten years of a plan written out until it is 10 MB, through the language server's path:
 * too slow for the fast loop (about a minute): the slow tier runs it.
 */
import { describe, expect, test } from 'vitest';
import { describeDiagnostics } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { documentAt, edit, secondsSince, uriOf, validatedVersions, writtenOutPlan } from './large-plans.js';

loadBuiltinDrills();

describe('a 10 MB plan', () => {
    test('is checked, and its diagnostics arrive', async () => {
        // Ten years of weeks, each day four sessions of twenty items.
        const text = writtenOutPlan(20);
        expect(text.length).toBeGreaterThanOrEqual(10_000_000);
        const uri = uriOf('ten-megabytes');
        const versions = validatedVersions(uri);
        const start = performance.now();
        await edit(uri, 1, text);
        console.log(`a ${(text.length / 1e6).toFixed(1)} MB plan of ${text.split('\n').length} lines: diagnostics in ${secondsSince(start)} s`);
        expect(versions).toEqual([1]);
        expect(describeDiagnostics(documentAt(uri).diagnostics ?? [], 1)).toEqual([]);
    }, 600_000);
});
