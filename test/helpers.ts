import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkPlanTexts, type CheckedPlan } from '../src/language/load-plans.js';
import { createStrideServices } from '../src/language/stride-module.js';

/** One set of services for a test file, as the language server has one for a workspace. */
export const services = createStrideServices(EmptyFileSystem);

let counter = 0;

/** Parses, links and validates a plan given inline, like the language server does on every edit. */
export async function checkPlan(text: string): Promise<CheckedPlan> {
    const [checked] = await checkPlanTexts(services, [{ uri: `file:///test/plan-${++counter}.stride`, text }]);
    return checked;
}

/** Diagnostics as `line:col-line:col message` with one-based positions, easy to read in an assertion. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[], severity?: 1 | 2 | 3 | 4): string[] {
    return diagnostics
        .filter(diagnostic => severity === undefined || diagnostic.severity === severity)
        .map(diagnostic => {
            const { start, end } = diagnostic.range;
            return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${diagnostic.message}`;
        });
}

export function errorsOf(checked: CheckedPlan): string[] {
    return describeDiagnostics(checked.diagnostics, 1);
}

/** Text with `«` and `»` around the range an assertion expects; returns the clean text and the one-based range. */
export function marked(text: string): { text: string; range: string } {
    const start = text.indexOf('«');
    const end = text.indexOf('»') - 1;
    const clean = text.replace('«', '').replace('»', '');
    const position = (offset: number) => {
        const before = clean.slice(0, offset).split('\n');
        return `${before.length}:${before[before.length - 1].length + 1}`;
    };
    return { text: clean, range: `${position(start)}-${position(end)}` };
}
