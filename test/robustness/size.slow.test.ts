/**
 * Size: a 100,000-line plan and 10 MB files go through the language server's own path (the
 * editor's text, a build under the workspace lock) and their diagnostics arrive; a newer edit
 * cancels the build of the older one, and the newer one's diagnostics still arrive. The time
 * each takes is printed; docs/robustness.md keeps the measurements. The rules run whatever
 * the size: on ten years written out day by day they take a fraction of a second of a
 * build that parsing dominates (docs/robustness.md), so nothing is skipped.
 */
import { DocumentState } from 'langium';
import { describe, expect, test } from 'vitest';
import { describeDiagnostics, services } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { documentAt, edit, secondsSince, TEN_MB_FILES, uriOf, validatedVersions, writtenOutPlan } from './large-plans.js';

loadBuiltinDrills();

describe('a 100,000-line plan', () => {
    // Ten years of weeks, each day four sessions of six items: 520 x (2 + 7 x 4 x 7) = 102,960 lines, give or take the header.
    const text = writtenOutPlan(6);

    test('edited while it is checked: the older check is cancelled, and the edit\'s diagnostics arrive', async () => {
        expect(text.split('\n').length).toBeGreaterThanOrEqual(100_000);
        const uri = uriOf('large');
        const versions = validatedVersions(uri);
        const start = performance.now();
        const first = edit(uri, 1, text);
        // The coach types while the first version is being checked: a zero where the first 1 was.
        const edited = text.replace('    1 x 1', '    0 x 1');
        let second: Promise<void> | undefined;
        let editedAt = 0;
        const listener = services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => {
            listener.dispose();
            editedAt = performance.now();
            second = edit(uri, 2, edited);
        });
        await first;
        await second;
        console.log(`a ${text.split('\n').length}-line plan (${(text.length / 1e6).toFixed(1)} MB): first version parsed in `
            + `${Math.round((editedAt - start) / 100) / 10} s, then edited; the edit's diagnostics ${secondsSince(editedAt)} s later`);
        expect(versions).toEqual([2]);
        const diagnostics = documentAt(uri).diagnostics ?? [];
        // Line 6 is week 1's Monday; its first item is on line 7: `    0 x 101m strides ...`, the 0 at character 5.
        expect(describeDiagnostics(diagnostics, 1)).toEqual(['7:5-7:6 a count of 0 is nothing to do']);
        // Strides at 80% of max speed every day, four times a day: the whole-plan rules ran on it too.
        expect(diagnostics.some(diagnostic => diagnostic.code === 'monotony')).toBe(true);
    }, 120_000);
});

describe('ten megabytes that are not a plan', () => {
    test.each(TEN_MB_FILES)('$name: a clear error, and the diagnostics arrive', async ({ name, text, errors }) => {
        const uri = uriOf(name.replace(/\W+/g, '-'));
        const written = text();
        expect(written.length).toBeGreaterThanOrEqual(10_000_000);
        const versions = validatedVersions(uri);
        const start = performance.now();
        await edit(uri, 1, written);
        console.log(`${name} (${(written.length / 1e6).toFixed(1)} MB): diagnostics in ${secondsSince(start)} s`);
        expect(versions).toEqual([1]);
        expect(documentAt(uri).diagnostics!.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message)).toEqual(errors);
    }, 120_000);

    test('blocks nested 3,000 deep: a clear error on the seventeenth brace, and the diagnostics arrive', async () => {
        const uri = uriOf('nested');
        const versions = validatedVersions(uri);
        // The week's `{` is the first; `  tue run ` is 10 characters and each `2 x {` 5 more, so the
        // seventeenth, the fifteenth group's, is at 10 + 15 x 5 + 4 = 89, zero-based.
        await edit(uri, 1, `plan "P"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 {\n  tue run ${'2 x {'.repeat(3000)} 1km ${'}'.repeat(3000)}\n}\n`);
        expect(versions).toEqual([1]);
        expect(describeDiagnostics(documentAt(uri).diagnostics!, 1)).toEqual(['5:90-5:91 blocks nest at most 16 deep: what is inside this one is left out']);
    });
});
