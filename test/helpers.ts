import { EmptyFileSystem } from 'langium';
import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { runCli } from '../src/cli/main.js';
import { checkPlanTexts, type CheckedPlan } from '../src/language/load-plans.js';
import { createStrideServices } from '../src/language/stride-module.js';
import { steps } from '../src/plan/build-plan.js';
import type { Plan, PlanSession, PlanStep } from '../src/plan/model.js';

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

/** A plan header that leaves nothing to assume: week 1 starts on Monday 2027-01-04, easy pace 6:00/km, max speed 8 m/s. */
export const HEADER = `plan "Test"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
`;

/** Checks a plan, expects it free of errors, and returns its Plan. */
export async function cleanPlan(text: string): Promise<Plan> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    return checked.plan;
}

/** The sessions of a week in the order written. */
export function sessionsOf(plan: Plan, week = 1): PlanSession[] {
    return plan.weeks.find(candidate => candidate.number === week)?.days.flatMap(day => day.sessions) ?? [];
}

/** The sessions of week 1 of a plan with these days, checked free of errors. */
export async function week1Sessions(days: string, header = HEADER): Promise<PlanSession[]> {
    return sessionsOf(await cleanPlan(`${header}week 1 {\n${days}\n}`));
}

/** The steps of week 1, groups opened, in the order written. */
export async function week1Steps(days: string, header = HEADER): Promise<PlanStep[]> {
    return (await week1Sessions(days, header)).flatMap(session => steps(session.items));
}

export async function onlySession(days: string, header = HEADER): Promise<PlanSession> {
    const sessions = await week1Sessions(days, header);
    expect(sessions).toHaveLength(1);
    return sessions[0];
}

export async function onlyStep(days: string, header = HEADER): Promise<PlanStep> {
    const found = await week1Steps(days, header);
    expect(found).toHaveLength(1);
    return found[0];
}

/** What one run of the CLI printed, line by line, and how it exited. */
export interface CliRun {
    readonly code: number;
    readonly out: string[];
    readonly err: string[];
}

/** Runs `stride ...args` in-process, as the binary would, and collects its output split into lines. */
export async function runStride(...args: string[]): Promise<CliRun> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: text => out.push(...text.split('\n')), err: text => err.push(...text.split('\n')) });
    return { code, out, err };
}
