/** Quick fixes for the language's own errors: an unknown drill, a bare number, an unused drill. */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { checkPlan, describeDiagnostics, services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

loadBuiltinDrills();

interface Fixes {
    readonly diagnostic: Diagnostic;
    readonly actions: CodeAction[];
    /** The text after applying the action with the given title. */
    apply(title: string): string;
}

/** Checks the plan and asks for the quick fixes of its one diagnostic with the given code. */
async function fixesFor(text: string, code: string): Promise<Fixes> {
    const checked = await checkPlan(text);
    const matching = checked.diagnostics.filter(diagnostic => diagnostic.code === code);
    expect(matching, describeDiagnostics(checked.diagnostics).join('\n')).toHaveLength(1);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    const actions = await services.Stride.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: checked.uri }, range: matching[0].range, context: { diagnostics: matching },
    }) as CodeAction[];
    return {
        diagnostic: matching[0],
        actions,
        apply: title => {
            const action = actions.find(candidate => candidate.title === title);
            expect(action, `no action '${title}' among ${actions.map(candidate => candidate.title).join(', ')}`).toBeDefined();
            return TextDocument.applyEdits(document.textDocument, action!.edit!.changes![checked.uri]);
        },
    };
}

describe('an unknown drill', () => {
    test('offers the names its message suggests, the first preferred', async () => {
        const fixes = await fixesFor('plan "P"\nweek 1 {\n  tue run 3 x 30m flying-sprnt\n}', 'linking-error');
        expect(fixes.diagnostic.message).toBe("unknown drill 'flying-sprnt'; did you mean fly, flying-sprint?");
        // `fly` (an alias of flying-sprint) is contained in what was typed, so it ranks first; flying-sprint is one letter away.
        expect(fixes.actions.map(action => [action.title, action.isPreferred])).toEqual([["Change to 'fly'", true], ["Change to 'flying-sprint'", false]]);
        expect(fixes.apply("Change to 'flying-sprint'")).toBe('plan "P"\nweek 1 {\n  tue run 3 x 30m flying-sprint\n}');
    });

    test('knows the plan\'s own drills', async () => {
        const fixes = await fixesFor('plan "P"\ndrill hill-bound plyometric\nweek 1 {\n  tue plyometrics 10 hill-bund\n}', 'linking-error');
        expect(fixes.actions[0].title).toBe("Change to 'hill-bound'");
    });

    test('an unknown pace has no nearest-name fix', async () => {
        const fixes = await fixesFor('plan "P"\nweek 1 {\n  tue run 5km @esy\n}', 'linking-error');
        expect(fixes.actions).toEqual([]);
    });
});

describe('a bare number', () => {
    test('offers each unit the drill is written in', async () => {
        const fixes = await fixesFor('plan "P"\nweek 1 {\n  tue run 8\n}', 'missing-unit');
        // A run is written in a distance or a time; 8 of a run is likeliest 8 km, the plan's units (km when it gives none).
        expect(fixes.actions.map(action => action.title)).toEqual(['Write 8km', 'Write 8m', 'Write 8mi', 'Write 8yd', 'Write 8s', 'Write 8min', 'Write 8h']);
        expect(fixes.apply('Write 8km')).toBe('plan "P"\nweek 1 {\n  tue run 8km\n}');
    });
});

describe('a bare number on a run', () => {
    test('prefers the plan\'s units for a short number: `run 6` is 6 km in a km plan, 6 mi in a mi plan', async () => {
        const km = await fixesFor('plan "P"\n  units km\nweek 1 {\n  tue run 6\n}', 'missing-unit');
        expect(km.actions.filter(action => action.isPreferred).map(action => action.title)).toEqual(['Write 6km']);
        const mi = await fixesFor('plan "P"\n  units mi\nweek 1 {\n  tue run 6\n}', 'missing-unit');
        expect(mi.actions[0]).toMatchObject({ title: 'Write 6mi', isPreferred: true });
    });

    test('and metres for a number of metres: 400 is 400 m', async () => {
        const fixes = await fixesFor('plan "P"\n  units km\nweek 1 {\n  tue run 6 x 400\n}', 'missing-unit');
        expect(fixes.actions[0]).toMatchObject({ title: 'Write 400m', isPreferred: true });
    });
});

describe('a day used twice', () => {
    test('the fix joins its sessions to the first with `and`', async () => {
        const text = 'plan "P"\nweek 1 {\n  tue run 5km @easy\n  wed run 8km\n  tue strength 3 x 5 back-squat\n}';
        const fixes = await fixesFor(text, 'duplicate-day');
        expect(fixes.actions.map(action => [action.title, action.isPreferred])).toEqual([["Join with tue on line 3 using 'and'", true]]);
        expect(fixes.apply("Join with tue on line 3 using 'and'"))
            .toBe('plan "P"\nweek 1 {\n  tue run 5km @easy and strength 3 x 5 back-squat\n  wed run 8km\n}');
    });

    test('a rest day is not joined to anything', async () => {
        const fixes = await fixesFor('plan "P"\nweek 1 {\n  tue rest\n  tue run 5km\n}', 'duplicate-day');
        expect(fixes.actions).toEqual([]);
    });
});

describe('an unused drill', () => {
    test('is a faded hint that the fix removes, line and all', async () => {
        const text = 'plan "P"\ndrill hill-bound plyometric   // for later\ndrill box-step strength\nweek 1 {\n  tue strength 3 x 5 box-step\n}';
        const fixes = await fixesFor(text, 'unused-drill');
        expect(describeDiagnostics([fixes.diagnostic])).toEqual(["2:1-2:28 drill 'hill-bound' is not used in this plan"]);
        expect(fixes.diagnostic.severity).toBe(DiagnosticSeverity.Hint);
        expect(fixes.diagnostic.tags).toEqual([DiagnosticTag.Unnecessary]);
        expect(fixes.apply("Remove unused drill 'hill-bound'")).toBe('plan "P"\ndrill box-step strength\nweek 1 {\n  tue strength 3 x 5 box-step\n}');
    });

    test('a drill used by an alias or in a 1RM is used', async () => {
        const checked = await checkPlan('plan "P"\n  1rm hip-lift 100 kg\ndrill hip-lift strength\ndrill hop plyometric alias hops\nweek 1 {\n  tue plyometrics 10 hops\n}');
        expect(checked.diagnostics.filter(diagnostic => diagnostic.code === 'unused-drill')).toEqual([]);
    });
});
