import type { Diagnostic } from 'vscode-languageserver-types';
import type { CheckedPlan } from '../language/load-plans.js';
import { oneLine } from './one-line.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface CheckReport {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
}

/** Diagnostics as `stride check` reports them: one-based lines and columns, in source order. */
export function checkReports(file: string, checked: CheckedPlan): CheckReport[] {
    return [...checked.diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(diagnostic => ({
            file,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            endLine: diagnostic.range.end.line + 1,
            endColumn: diagnostic.range.end.character + 1,
            severity: SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error',
            code: codeOf(diagnostic),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        }));
}

function codeOf(diagnostic: Diagnostic): string {
    if (diagnostic.code !== undefined) {
        return String(diagnostic.code);
    }
    const data = diagnostic.data as { code?: string } | undefined;
    return data?.code ?? 'syntax';
}

export function formatReportLine(report: CheckReport): string {
    return `${report.file}:${report.line}:${report.column} ${report.severity} ${report.code} ${oneLine(report.message)}`;
}

/** Exit 1 on any error, or on more warnings than allowed (`--max-warnings`, as ESLint has it); else 0. */
export function checkExitCode(reports: readonly CheckReport[], maxWarnings: number | undefined): number {
    const errors = reports.filter(report => report.severity === 'error').length;
    const warnings = reports.filter(report => report.severity === 'warning').length;
    return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
