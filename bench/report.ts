/** The benchmark's tables, the targets of issues 8, 15 and 21 beside what was measured, and the figures before them, as Markdown. */
import { cpus, loadavg, totalmem, type } from 'node:os';
import type { CliResult } from './measure-cli.js';
import type { PlanResult } from './measure-plan.js';
import type { ResponsivenessResult } from './measure-responsiveness.js';
import type { Timing } from './stats.js';
import type { WorkspaceResult } from './measure-workspace.js';

export interface Machine {
    readonly date: string;
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGb: number;
    readonly node: string;
    readonly os: string;
    /** The load average over 1, 5 and 15 minutes: other work on the machine slows every figure. */
    readonly load: readonly number[];
}

export interface Bundle {
    readonly path: string;
    readonly bytes: number;
}

export interface Results {
    readonly machineBefore: Machine;
    readonly machineAfter: Machine;
    readonly plans: readonly PlanResult[];
    readonly workspace: WorkspaceResult;
    readonly responsiveness: ResponsivenessResult;
    readonly cli: CliResult;
    readonly bundles: readonly Bundle[];
}

export function machine(): Machine {
    return {
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        os: type(),
        load: loadavg().map(value => Math.round(value * 100) / 100),
    };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const median = (timing: Timing) => `${ms(timing.median)} ms`;
const medianP95 = (timing: Timing) => `${ms(timing.median)} / ${ms(timing.p95)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

function table(headings: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(headings), line(headings.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function planTable(plans: readonly PlanResult[]): string {
    const row = (label: string, cell: (plan: PlanResult) => string) => [label, ...plans.map(cell)];
    return table(['', ...plans.map(plan => plan.label)], [
        row('size: lines, weeks, sessions', plan => `${plan.lines} lines, ${kb(plan.bytes)}, ${plan.weeks} wk, ${plan.sessions} sessions`),
        row('cold open: parse + link + validate (median)', plan => median(plan.cold.total)),
        row('&nbsp; parse / index and link / validate', plan => `${ms(plan.cold.parse.median)} / ${ms(plan.cold.link.median)} / ${ms(plan.cold.validate.median)} ms`),
        row('**floor**: bare Langium parse (median)', plan => median(plan.bareParse)),
        row('keystroke to diagnostics (median / p95)', plan => medianP95(plan.keystroke)),
        row('&nbsp; bare parse of the edited text (median)', plan => median(plan.keystrokeFloor)),
        row('&nbsp; **ratio** keystroke / bare parse (medians)', plan => ratio(plan.keystroke.median / plan.keystrokeFloor.median)),
        row('&nbsp; edits measured', plan => String(plan.keystroke.runs)),
        row('after an edit: tokens (delta), hints in view, outline, folds, preview (patch) (median / p95)', plan => medianP95(plan.afterEdit)),
        row('&nbsp; keystroke and those, each edit (median / p95)', plan => medianP95(plan.keystrokeAndFollowUps)),
        row('Plans compiled / rule passes per edit (most)', plan => `${plan.compilesPerEdit} / ${plan.rulePassesPerEdit}`),
        row('Plan compile (median)', plan => median(plan.planCompile)),
        row('rules, all eleven (median)', plan => median(plan.rules)),
        row('completion (median / p95)', plan => `${medianP95(plan.completion)}, ${Math.round(plan.completion.answered * 100)}% with items`),
        row('hover (median / p95)', plan => `${medianP95(plan.hover)}, ${Math.round(plan.hover.answered * 100)}% with content`),
        row('format 20 lines (median / p95)', plan => medianP95(plan.formatRange)),
        row('format document (median)', plan => median(plan.formatDocument)),
        row('preview transfer object (median, size)', plan => `${median(plan.preview)}, ${kb(plan.preview.bytes)}`),
        row('`stride summary`, in process (median)', plan => median(plan.summary)),
        row('.ics export (median, size)', plan => `${median(plan.exportIcs)}, ${kb(plan.exportIcs.bytes)}, ${plan.exportIcs.events} events`),
        row('**floor**: ical-generator alone, same events (median, size)', plan => `${median(plan.icalFloor)}, ${kb(plan.icalFloor.bytes)}`),
        row('&nbsp; **ratio** export / ical-generator (medians)', plan => ratio(plan.exportIcs.median / plan.icalFloor.median)),
        row('FIT export: workouts and schedule (median, size)', plan => plan.exportFit === null ? 'one-year plan only'
            : `${median(plan.exportFit)}, ${kb(plan.exportFit.bytes)}, ${plan.exportFit.files} files`),
        row('heap: services alone / with the plan open', plan => `${mb(plan.heap.baseline)} / ${mb(plan.heap.loaded)}`),
        row('rules that fired', plan => `${plan.rulesFired.length} of 11`),
    ]);
}

/**
 * How time grows with the plan: the bigger plan's median over the smaller's, against how much
 * bigger it is; from each size to the next, and from the smallest to the largest.
 */
function scalingTable(all: readonly PlanResult[]): string {
    const plans = all.filter(plan => !plan.writtenOut);
    const steps = plans.slice(1).map((plan, index) => [plans[index], plan] as const);
    const pairs = plans.length > 2 ? [...steps, [plans[0], plans[plans.length - 1]] as const] : steps;
    const measures: ReadonlyArray<readonly [string, (plan: PlanResult) => Timing]> = [
        ['cold open', plan => plan.cold.total],
        ['bare parse', plan => plan.bareParse],
        ['keystroke to diagnostics', plan => plan.keystroke],
        ['Plan compile', plan => plan.planCompile],
        ['rules', plan => plan.rules],
        ['.ics export', plan => plan.exportIcs],
    ];
    return table(['time grows', ...pairs.map(([small, large]) => `${small.years} to ${large.years} years (${ratio(large.weeks / small.weeks)} the weeks)`)],
        measures.map(([label, timing]) => [label, ...pairs.map(([small, large]) => ratio(timing(large).median / timing(small).median))]));
}

function workspaceTable(workspace: WorkspaceResult): string {
    return table(['coach workspace', `${workspace.plans} one-year plans, ${mb(workspace.bytes)}`], [
        ['indexed: read, parsed, indexed and linked (no validation)', `${(workspace.indexMs / 1000).toFixed(2)} s`],
        ['heap: services alone / indexed / every plan validated', `${mb(workspace.heap.baseline)} / ${mb(workspace.heap.indexed)} / ${mb(workspace.heap.validated)}`],
        ['resident set size once indexed', mb(workspace.rssIndexed)],
        ['first edit of an opened plan, to its diagnostics', `${ms(workspace.firstEditMs)} ms`],
        ['&nbsp; then every other plan validated, from the edit (in the background)', seconds(workspace.allValidatedMs)],
        ['later edits of that plan (median)', `${ms(workspace.nextEditMs)} ms`],
    ]);
}

function responsivenessTable({ responsiveness: server }: Results): string {
    return table(['the server over stdio', `a ${(server.bytes / 1e6).toFixed(1)} MB plan of ${server.lines} lines`], [
        ['opened: its first diagnostics (one full build)', seconds(server.firstDiagnosticsMs)],
        ['&nbsp; hover and completion sent 1 s into that build, answered after', seconds(server.requestsDuringOpenMs)],
        ['one keystroke, to its diagnostics', `${ms(server.keystrokeMs)} ms`],
        ['five keystrokes 100 ms apart, from the first to the last one\'s diagnostics', `${ms(server.fiveKeystrokesMs)} ms`],
        ['&nbsp; versions whose diagnostics were published', server.publishedVersions.join(', ')],
        ['&nbsp; hover and completion sent after each, answered after (median / slowest)', `${ms(server.requestsWhileTyping.median)} / ${ms(server.requestsWhileTyping.max)} ms`],
        ['peak resident set of the server', mb(server.peakRss)],
    ]);
}

interface Target {
    readonly issue: number;
    readonly target: string;
    readonly measured: string;
    readonly holds: boolean;
}

function targets({ plans, workspace, responsiveness: server, cli, bundles }: Results): Target[] {
    const year = plans.find(plan => plan.years === 1 && !plan.writtenOut)!;
    const decade = plans.find(plan => plan.years === 10)!;
    const season = plans.find(plan => plan.writtenOut)!;
    const extension = bundles.find(bundle => bundle.path.endsWith('extension.cjs'))!;
    const keystrokeRatio = year.keystroke.median / year.keystrokeFloor.median;
    const decadeRatio = decade.keystroke.median / decade.keystrokeFloor.median;
    const growth = (timing: (plan: PlanResult) => Timing) => timing(decade).median / timing(year).median;
    const exportRatio = year.exportIcs.median / year.icalFloor.median;
    const burstRatio = server.fiveKeystrokesMs / server.firstDiagnosticsMs;
    return [
        { issue: 8, target: 'one-year plan: keystroke to diagnostics, median <= 30 ms', measured: median(year.keystroke), holds: year.keystroke.median <= 30 },
        { issue: 8, target: 'one-year plan: keystroke to diagnostics, p95 <= 60 ms', measured: `${ms(year.keystroke.p95)} ms`, holds: year.keystroke.p95 <= 60 },
        { issue: 8, target: 'one-year plan: keystroke <= 1.5x the bare parse', measured: ratio(keystrokeRatio), holds: keystrokeRatio <= 1.5 },
        { issue: 8, target: 'one-year plan: completion p95 <= 15 ms', measured: `${ms(year.completion.p95)} ms`, holds: year.completion.p95 <= 15 },
        { issue: 8, target: '10x the plan (1 to 10 years): keystroke <= 11x the time', measured: ratio(growth(plan => plan.keystroke)), holds: growth(plan => plan.keystroke) <= 11 },
        { issue: 8, target: '10x the plan (1 to 10 years): cold open <= 11x the time', measured: ratio(growth(plan => plan.cold.total)), holds: growth(plan => plan.cold.total) <= 11 },
        { issue: 8, target: `${workspace.plans}-plan workspace indexed in <= 5 s`, measured: seconds(workspace.indexMs), holds: workspace.indexMs <= 5000 },
        { issue: 8, target: `${workspace.plans}-plan workspace in <= 500 MB (heap once indexed)`, measured: mb(workspace.heap.indexed), holds: workspace.heap.indexed <= 500 * 2 ** 20 },
        { issue: 8, target: 'one-year plan: export within 1.2x raw ical-generator', measured: ratio(exportRatio), holds: exportRatio <= 1.2 },
        { issue: 8, target: 'extension bundle <= 1 MB minified', measured: kb(extension.bytes), holds: extension.bytes <= 2 ** 20 },
        { issue: 21, target: '52 weeks written out: keystroke to diagnostics, median <= 20 ms', measured: median(season.keystroke), holds: season.keystroke.median <= 20 },
        { issue: 21, target: 'ten-year plan: keystroke to diagnostics, median <= 30 ms', measured: median(decade.keystroke), holds: decade.keystroke.median <= 30 },
        { issue: 21, target: 'ten-year plan: keystroke <= 0.3x the bare parse', measured: ratio(decadeRatio), holds: decadeRatio <= 0.3 },
        { issue: 21, target: 'one-year plan: keystroke and the editor\'s follow-ups, median <= 25 ms', measured: median(year.keystrokeAndFollowUps), holds: year.keystrokeAndFollowUps.median <= 25 },
        { issue: 21, target: `${workspace.plans}-plan workspace: first edit of one plan <= 100 ms`, measured: `${ms(workspace.firstEditMs)} ms`, holds: workspace.firstEditMs <= 100 },
        { issue: 21, target: `\`stride check\` of a ${cli.lines}-line plan, whole process, median <= 300 ms`, measured: median(cli.check), holds: cli.check.median <= 300 },
        { issue: 15, target: '10 MB plan: hover and completion while typing answered within 1 s (slowest)', measured: `${ms(server.requestsWhileTyping.max)} ms`, holds: server.requestsWhileTyping.max <= 1000 },
        { issue: 15, target: '10 MB plan: five keystrokes 100 ms apart to diagnostics <= 1.2x one full build', measured: ratio(burstRatio), holds: burstRatio <= 1.2 },
        { issue: 15, target: '10 MB plan: the server\'s peak resident set below the 3.0 GB measured before', measured: mb(server.peakRss), holds: server.peakRss < 3.0 * 2 ** 30 },
    ];
}

/**
 * The figures before issues 15 and 21, beside today's: from bench/results.md of 2026-11-22 and,
 * where that had none, as the issues measured them (over stdio, on this machine when quiet).
 */
function beforeAndAfter({ plans, workspace, responsiveness: server, cli }: Results): string {
    const year = plans.find(plan => plan.years === 1 && !plan.writtenOut)!;
    const decade = plans.find(plan => plan.years === 10)!;
    const fifty = plans.find(plan => plan.years === 50)!;
    const season = plans.find(plan => plan.writtenOut)!;
    const rows: ReadonlyArray<readonly [string, string, string]> = [
        ['52 weeks written out: keystroke to diagnostics (median)', '90 ms (issue 21, stdio)', median(season.keystroke)],
        ['one-year plan: keystroke to diagnostics (median / p95)', '25.2 / 36.4 ms', medianP95(year.keystroke)],
        ['one-year plan: the editor\'s follow-ups after an edit (median)', '36.3 ms', median(year.afterEdit)],
        ['ten-year plan: keystroke to diagnostics (median)', '222 ms', median(decade.keystroke)],
        ['ten-year plan: follow-ups after an edit (median)', '169 ms', median(decade.afterEdit)],
        ['fifty-year plan: keystroke to diagnostics (median)', '868 ms', median(fifty.keystroke)],
        ['one-year plan: cold open (median)', '44.6 ms', median(year.cold.total)],
        ['one-year plan: completion (p95)', '7.85 ms', `${ms(year.completion.p95)} ms`],
        ['one-year plan: `stride summary` in process (median)', '92.2 ms', median(year.summary)],
        ['one-year plan: export / ical-generator', '1.51x', ratio(year.exportIcs.median / year.icalFloor.median)],
        [`${workspace.plans}-plan workspace: indexed`, '2.04 s', seconds(workspace.indexMs)],
        [`${workspace.plans}-plan workspace: heap once indexed`, '221 MB', mb(workspace.heap.indexed)],
        [`${workspace.plans}-plan workspace: first edit of one plan`, '2.66 s', `${ms(workspace.firstEditMs)} ms`],
        [`\`stride check\` of a ${cli.lines}-line plan, whole process (median)`, '0.88 s (issue 21)', median(cli.check)],
        ['10 MB plan: first diagnostics', '26.6 s (issue 15)', seconds(server.firstDiagnosticsMs)],
        ['10 MB plan: five keystrokes 100 ms apart, to the last one\'s diagnostics', '98 s (issue 15)', seconds(server.fiveKeystrokesMs)],
        ['10 MB plan: hover and completion while typing (slowest)', '79 s (issue 15)', seconds(server.requestsWhileTyping.max)],
        ['10 MB plan: peak resident set of the server', '3.0 GB (issue 15)', mb(server.peakRss)],
    ];
    return table(['measure', 'before', 'now'], rows);
}

function machineLine(label: string, state: Machine): string {
    return `${label} ${state.date}: load average ${state.load.join(', ')} (1, 5, 15 min)`;
}

export function report(results: Results): string {
    const { machineBefore: before, machineAfter: after } = results;
    const held = targets(results);
    return [
        '# Stride benchmarks',
        '',
        'Written by `npm run bench` (bench/run.ts); docs/performance.md explains the figures. Times are',
        'medians (and 95th percentiles) of repeated runs after warm-up runs, with performance.now(); the heap',
        'is heapUsed after a full collection (node --expose-gc). The targets are those of issues 8, 15 and 21.',
        '',
        `Machine: ${before.cpu}, ${before.cores} cores, ${before.memoryGb} GB, ${before.os}, Node ${before.node}.`,
        '',
        `- ${machineLine('started', before)}`,
        `- ${machineLine('ended', after)}`,
        '',
        '## Targets',
        '',
        table(['issue', 'target', 'measured', 'holds'], held.map(target => [String(target.issue), target.target, target.measured, target.holds ? 'yes' : '**no**'])),
        '',
        `${held.filter(target => target.holds).length} of ${held.length} targets hold.`,
        '',
        '## Before and after',
        '',
        beforeAndAfter(results),
        '',
        '## Plans',
        '',
        planTable(results.plans),
        '',
        '## How time grows with the plan',
        '',
        scalingTable(results.plans),
        '',
        '## A coach\'s workspace',
        '',
        workspaceTable(results.workspace),
        '',
        '## A 10 MB plan, over stdio',
        '',
        responsivenessTable(results),
        '',
        '## The command line',
        '',
        `\`stride check ${results.cli.plan}\` (${results.cli.lines} lines), the whole process from bin/stride.js: median ${median(results.cli.check)}, p95 ${ms(results.cli.check.p95)} ms over ${results.cli.check.runs} runs.`,
        '',
        '## Bundles (`npm run bundle`: minified)',
        '',
        table(['bundle', 'size'], results.bundles.map(bundle => [bundle.path, kb(bundle.bytes)])),
        '',
    ].join('\n');
}
