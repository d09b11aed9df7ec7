import { expect } from 'vitest';
import type { CheckedPlan } from '../../src/language/load-plans.js';
import { checkPlan, describeDiagnostics, errorsOf } from '../helpers.js';

const SEVERITY_NAMES: Readonly<Record<number, string>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** One rule's diagnostics as `severity line:col-line:col message`, one-based, in source order. */
export function findingsOf(checked: CheckedPlan, rule: string): string[] {
    const diagnostics = checked.diagnostics.filter(diagnostic => diagnostic.code === rule);
    const described = describeDiagnostics(diagnostics);
    return diagnostics.map((diagnostic, index) => `${SEVERITY_NAMES[diagnostic.severity ?? 1]} ${described[index]}`);
}

/** Checks a plan that has no errors and returns what one rule says about it. */
export async function ruleFindings(text: string, rule: string): Promise<string[]> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    return findingsOf(checked, rule);
}
