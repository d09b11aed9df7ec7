/** Each example plan opened in VS Code gets its diagnostics from the language server: none are errors, and overloaded.stride is warned about. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticLines, exampleUri, openInEditor, publishedDiagnostics } from './helpers.js';

const OVERLOADED = 'overloaded.stride';

describe('example plans', () => {
    const examples = fs.readdirSync(exampleUri('').fsPath).filter(name => name.endsWith('.stride')).sort();

    it('include the overloaded plan and at least one clean one', () => {
        assert.ok(examples.includes(OVERLOADED), examples.join(', '));
        assert.ok(examples.length > 1, examples.join(', '));
    });

    for (const name of examples.filter(example => example !== OVERLOADED)) {
        it(`${name}: no errors, no warnings`, async () => {
            const uri = exampleUri(name);
            await openInEditor(uri);
            const diagnostics = await publishedDiagnostics(uri);
            const serious = diagnostics.filter(diagnostic => diagnostic.severity <= vscode.DiagnosticSeverity.Warning);
            assert.equal(serious.length, 0, diagnosticLines(serious));
        });
    }

    it(`${OVERLOADED}: the distance jump, the workload ratio and the short sprint rest are warnings, and nothing is an error`, async () => {
        const uri = exampleUri(OVERLOADED);
        await openInEditor(uri);
        const diagnostics = await publishedDiagnostics(uri, published => published.length > 0);
        const errors = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error);
        assert.equal(errors.length, 0, diagnosticLines(errors));
        const warnings = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Warning);
        const byCode = new Map(warnings.map(warning => [codeOf(warning), warning]));
        assert.deepEqual([...byCode.keys()].sort(), ['acwr', 'sprint-rest', 'weekly-distance'], diagnosticLines(warnings));

        // Weeks 1 to 5: 4 x 8 km + 14 km = 46 km. Week 6: the sprint session is 15 min + 10 min at
        // easy 5:40/km (25 x 60 / 340 = 4.41 km) and 8 x 60 m = 0.48 km, so 4.89 km, then 16 + 16 + 18
        // + 28 = 78 km: 82.9 km, 82.89 / 46 = 1.80, +80%, over the 30% warning.
        const distance = byCode.get('weekly-distance')!;
        assert.equal(distance.message, 'week 6: 82.9 km, +80% on week 5 (46.0 km); limit +30%');
        assert.equal(distance.range.start.line + 1, 33, 'on the header of week 6');

        const acwr = byCode.get('acwr')!;
        assert.match(acwr.message, /^week 6: ACWR \d\.\d\d+ \(\d+ AU a day this week, \d+ AU a day over the four weeks to its end\); limit 1\.5$/);
        assert.equal(acwr.range.start.line + 1, 33, 'on the header of week 6');

        // 60 m sprinted at 95%: at least 1 minute per 10 m, so 6 minutes; the plan rests 2.
        const rest = byCode.get('sprint-rest')!;
        assert.equal(rest.message, 'rest 2 min after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)');
        assert.deepEqual([rest.range.start.line + 1, rest.range.start.character + 1], [37, 5], 'on the sprint step');
    });
});
