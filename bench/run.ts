/**
 * `npm run bench`: measures each plan size and the coach's workspace in a child process of its
 * own, then prints the tables and writes them to bench/results.md. With an argument
 * (`plan 10`, `workspace 200`) it is that child, and prints its result as JSON.
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measurePlan, type PlanResult, type PlanRuns } from './measure-plan.js';
import { measureWorkspace, type WorkspaceResult } from './measure-workspace.js';
import { machine, report, type Bundle, type Results } from './report.js';

/**
 * Plans of one, ten and fifty years, as issue 8 asks; fifty years is the most a plan holds
 * (MAX_WEEKS). The keystroke targets, median and p95 over at least 50 edits, are the one-year
 * plan's; a fifty-year keystroke takes seconds, so that plan is measured on 20 edits and a few
 * runs of the rest, about three minutes in all.
 */
const PLAN_RUNS: Readonly<Record<number, PlanRuns>> = {
    1: { warmups: 3, cold: 15, edits: 60, requests: 60, compute: 20, summary: 5 },
    10: { warmups: 3, cold: 5, edits: 50, requests: 50, compute: 10, summary: 3 },
    50: { warmups: 1, cold: 3, edits: 20, requests: 10, compute: 4, summary: 3 },
};
const COACH_PLANS = 200;
const BUNDLES = ['dist/extension.cjs', 'dist/language-server.cjs'];
const RESULTS = 'bench/results.md';

async function child(part: string, size: number): Promise<void> {
    const result = part === 'plan' ? await measurePlan(size, PLAN_RUNS[size]) : await measureWorkspace(size);
    process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs one part in a fresh node with --expose-gc; its last line of output is the result. */
function inChild<T>(part: string, size: number): T {
    const started = performance.now();
    process.stderr.write(`bench: ${part} ${size}\n`);
    const script = fileURLToPath(import.meta.url);
    const run = spawnSync(process.execPath, ['--expose-gc', script, part, String(size)], {
        encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (run.status !== 0) {
        throw new Error(`bench ${part} ${size} failed with exit code ${run.status}`);
    }
    process.stderr.write(`bench: ${part} ${size} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

function parent(): void {
    const loadBefore = machine();
    const plans = Object.keys(PLAN_RUNS).map(years => inChild<PlanResult>('plan', Number(years)));
    const workspace = inChild<WorkspaceResult>('workspace', COACH_PLANS);
    const bundles: Bundle[] = BUNDLES.map(path => ({ path, bytes: statSync(path).size }));
    const results: Results = { machineBefore: loadBefore, machineAfter: machine(), plans, workspace, bundles };
    const markdown = report(results);
    writeFileSync(RESULTS, markdown);
    process.stdout.write(`${markdown}\nwrote ${RESULTS}\n`);
}

const [part, size] = process.argv.slice(2);
if (part) {
    await child(part, Number(size));
} else {
    parent();
}
