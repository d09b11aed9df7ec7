/**
 * Everything measured on one generated plan, through the services the language server runs
 * (createStrideServices) and the functions the CLI and the extension call. One plan size is
 * measured in a process of its own, so that one size's garbage never weighs on another's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runCli } from '../src/cli/main.js';
import { planToIcs, type IcsOptions } from '../src/export/ical.js';
import { planToFit } from '../src/export/fit/fit-export.js';
import { PlanProvider } from '../src/language/plan-provider.js';
import { documentPreview } from '../src/language/requests.js';
import { createStrideServices, type StrideServices } from '../src/language/stride-module.js';
import type { Plan } from '../src/plan/model.js';
import { RULES, runRules, type Rule } from '../src/rules/index.js';
import { DEFAULT_THRESHOLDS, RULE_IDS } from '../src/rules/thresholds.js';
import { generatePlan } from './generate-plan.js';
import { floorCalendar, writeFloor } from './ical-floor.js';
import { completionOffsets, editedCharacter, editOffsets, hoverOffsets } from './positions.js';
import { collectGarbage, heapAfterGc, summarise, timeEach, timeRuns, type Timing } from './stats.js';

/** How many times each thing is measured: fewer for the larger plans, to keep the whole run within minutes. */
export interface PlanRuns {
    /** Unmeasured runs before each measured series, so that the JIT has compiled what it measures. */
    readonly warmups: number;
    readonly cold: number;
    readonly edits: number;
    readonly requests: number;
    readonly compute: number;
    readonly summary: number;
}

export interface PlanResult {
    readonly years: number;
    readonly lines: number;
    readonly bytes: number;
    readonly weeks: number;
    readonly sessions: number;
    readonly rulesFired: readonly string[];
    readonly bareParse: Timing;
    readonly cold: { readonly total: Timing; readonly parse: Timing; readonly link: Timing; readonly validate: Timing };
    readonly planCompile: Timing;
    readonly rules: Timing;
    readonly keystroke: Timing;
    /** The bare parse of the text after each edit, timed right after it. */
    readonly keystrokeFloor: Timing;
    /** What the editor asks for once the diagnostics are in: semantic tokens, inlay hints, outline, folding, and the open preview's model. */
    readonly afterEdit: Timing;
    /** The most Plans compiled and rule passes made for one edit and what follows it. */
    readonly compilesPerEdit: number;
    readonly rulePassesPerEdit: number;
    readonly completion: Timing & { readonly answered: number };
    readonly hover: Timing & { readonly answered: number };
    readonly formatRange: Timing;
    readonly formatDocument: Timing;
    readonly preview: Timing & { readonly bytes: number };
    readonly summary: Timing;
    readonly exportIcs: Timing & { readonly bytes: number; readonly events: number };
    readonly icalFloor: Timing & { readonly bytes: number };
    /** The FIT export (every workout and the schedule, encoded in memory), of the one-year plan only. */
    readonly exportFit: (Timing & { readonly bytes: number; readonly files: number }) | null;
    readonly heap: { readonly baseline: number; readonly loaded: number };
}

/** Every session timed in a zone with clock changes, with a reminder, published at an address. */
const EXPORT_OPTIONS: IcsOptions = {
    now: new Date('2026-12-01T09:00:00Z'),
    timezone: 'Europe/Berlin',
    defaultStartTimes: { mon: '06:30', tue: '06:30', wed: '06:30', thu: '06:30', fri: '06:30', sat: '08:00', sun: '08:00' },
    alarmMinutesBefore: 30,
    sourceUrl: 'https://coach.example/plans/plan.ics',
};
const FORMATTING = { tabSize: 2, insertSpaces: true };

/** Says on stderr what was just measured and how long that took, so a slow run shows where it is. */
function progress(years: number): (done: string) => void {
    let last = performance.now();
    return done => {
        const now = performance.now();
        process.stderr.write(`  ${years} y: ${done} (${((now - last) / 1000).toFixed(1)} s)\n`);
        last = now;
    };
}

/** Counts the rule passes made, by wrapping each rule where the rule validator and the preview find it. */
function countRulePasses(): () => number {
    let calls = 0;
    for (const rule of RULES) {
        const check = rule.check;
        (rule as { check: Rule['check'] }).check = (plan, thresholds) => {
            calls++;
            return check(plan, thresholds);
        };
    }
    return () => calls / RULES.length;
}

/** Records each distinct Plan the services hand out: one per parse when the cache holds. */
function recordPlans(provider: PlanProvider): Set<Plan> {
    const seen = new Set<Plan>();
    const planOf = provider.planOf.bind(provider);
    provider.planOf = document => {
        const plan = planOf(document);
        seen.add(plan);
        return plan;
    };
    return seen;
}

export async function measurePlan(years: number, runs: PlanRuns): Promise<PlanResult> {
    const text = generatePlan({ years });
    const done = progress(years);
    const { warmups } = runs;
    const rulePasses = countRulePasses();
    const { shared, Stride } = createStrideServices(EmptyFileSystem);
    const plansSeen = recordPlans(Stride.plan.PlanProvider);
    const builder = shared.workspace.DocumentBuilder;
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const baseline = heapAfterGc();

    const cold = await measureColdOpen(shared, text, runs.cold, warmups);
    const bareParse = await timeRuns(runs.cold, () => Stride.parser.LangiumParser.parse(text), warmups);
    done('cold open and bare parse');

    // The document as the editor has it open.
    const uri = URI.parse(`file:///bench/plan-${years}y.stride`);
    let textDocument = TextDocument.create(uri.toString(), 'stride', 0, text);
    shared.workspace.TextDocuments.set(textDocument);
    await builder.update([uri], []);
    const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
    const loaded = heapAfterGc();
    const rulesFired = RULE_IDS.filter(rule => document.diagnostics!.some(diagnostic => diagnostic.code === rule));
    expectNoErrors(document, `the generated ${years}-year plan`);
    const plan = Stride.plan.PlanProvider.planOf(document);

    const planCompile = await timeRuns(runs.compute, () => new PlanProvider().planOf(document), warmups);
    const rules = await timeRuns(runs.compute, () => runRules({ ...plan }, DEFAULT_THRESHOLDS), warmups);
    done('Plan compile and rules');
    const requests = await measureRequests(Stride, document, text, runs.requests, warmups);
    done('completion, hover and formatting');
    const preview = await measurePreview(Stride, document, runs.compute, warmups);
    const exports = measureExport(plan, runs.compute, warmups);
    const exportFit = years === 1 ? await measureFitExport(plan, runs.compute, warmups) : null;
    done('preview and export');
    const summary = await measureSummary(text, years, runs.summary);
    done('stride summary');

    // Typing: one character at a time, spread through the plan.
    const keystrokes: number[] = [];
    const floors: number[] = [];
    const followUps: number[] = [];
    let compilesPerEdit = 0;
    let rulePassesPerEdit = 0;
    const offsets = editOffsets(text, runs.edits);
    for (const [index, offset] of [...offsets.slice(0, warmups), ...offsets].entries()) {
        const start = textDocument.positionAt(offset);
        const end = textDocument.positionAt(offset + 1);
        textDocument = TextDocument.update(textDocument, [{ range: { start, end }, text: editedCharacter(textDocument.getText(), offset) }], textDocument.version + 1);
        shared.workspace.TextDocuments.set(textDocument);
        plansSeen.clear();
        const passesBefore = rulePasses();

        // The edit and its floor each start on a collected heap, so that neither pays for collecting the other's garbage.
        collectGarbage();
        const typed = performance.now();
        await shared.workspace.WorkspaceLock.write(cancelToken => builder.update([uri], [], cancelToken));
        const diagnosed = performance.now();
        await editorFollowUps(Stride, document, start);
        const followed = performance.now();

        collectGarbage();
        const parseStart = performance.now();
        Stride.parser.LangiumParser.parse(textDocument.getText());
        const parsed = performance.now();
        if (index >= warmups) {
            keystrokes.push(diagnosed - typed);
            followUps.push(followed - diagnosed);
            floors.push(parsed - parseStart);
        }
        compilesPerEdit = Math.max(compilesPerEdit, plansSeen.size);
        rulePassesPerEdit = Math.max(rulePassesPerEdit, rulePasses() - passesBefore);
    }
    expectNoErrors(document, `the ${years}-year plan after the edits`);
    done(`${keystrokes.length} edits`);

    return {
        years,
        lines: text.split('\n').length - 1,
        bytes: Buffer.byteLength(text),
        weeks: plan.weeks.length,
        sessions: plan.totals.sessions,
        rulesFired,
        bareParse,
        cold,
        planCompile,
        rules,
        keystroke: summarise(keystrokes),
        keystrokeFloor: summarise(floors),
        afterEdit: summarise(followUps),
        compilesPerEdit,
        rulePassesPerEdit,
        ...requests,
        preview,
        summary,
        ...exports,
        exportFit,
        heap: { baseline, loaded },
    };
}

/** Timing a plan with errors would time something else than the plans coaches write. */
function expectNoErrors(document: LangiumDocument, what: string): void {
    const error = document.diagnostics?.find(diagnostic => diagnostic.severity === 1);
    if (error) {
        throw new Error(`${what} has errors: ${error.message} (line ${error.range.start.line + 1})`);
    }
}

/** A plan opened for the first time: parsed, indexed and linked, then validated (the Plan compiled and the rules run). */
async function measureColdOpen(shared: ReturnType<typeof createStrideServices>['shared'], text: string, runs: number, warmups: number)
    : Promise<PlanResult['cold']> {
    const { DocumentBuilder, LangiumDocumentFactory, LangiumDocuments } = shared.workspace;
    const reached = new Map<DocumentState, number>();
    for (const state of [DocumentState.Linked, DocumentState.Validated]) {
        DocumentBuilder.onDocumentPhase(state, () => { reached.set(state, performance.now()); });
    }
    const samples = { total: [] as number[], parse: [] as number[], link: [] as number[], validate: [] as number[] };
    for (let index = 0; index < warmups + runs; index++) {
        const uri = URI.parse(`file:///bench/cold-${index}.stride`);
        const start = performance.now();
        const document = LangiumDocumentFactory.fromString(text, uri);
        const parsed = performance.now();
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        if (index >= warmups) {
            samples.total.push(reached.get(DocumentState.Validated)! - start);
            samples.parse.push(parsed - start);
            samples.link.push(reached.get(DocumentState.Linked)! - parsed);
            samples.validate.push(reached.get(DocumentState.Validated)! - reached.get(DocumentState.Linked)!);
        }
        await DocumentBuilder.update([], [uri]);
    }
    return { total: summarise(samples.total), parse: summarise(samples.parse), link: summarise(samples.link), validate: summarise(samples.validate) };
}

/** What the editor asks for after a change: highlighting, the hints in view, the outline, the folds, and the preview beside it. */
async function editorFollowUps(services: StrideServices, document: LangiumDocument, edited: Position): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const lsp = services.lsp;
    const inView = { start: { line: Math.max(0, edited.line - 30), character: 0 }, end: { line: edited.line + 30, character: 0 } };
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: inView });
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    JSON.stringify(await documentPreview(services, document));
}

/** Completion, hover and formatting at places spread through the plan. */
async function measureRequests(services: StrideServices, document: LangiumDocument, text: string, runs: number, warmups: number)
    : Promise<Pick<PlanResult, 'completion' | 'hover' | 'formatRange' | 'formatDocument'>> {
    const textDocument = { uri: document.uri.toString() };
    const lsp = services.lsp;
    const at = (offset: number) => document.textDocument.positionAt(offset);
    let completions = 0;
    const completion = await timeEach(completionOffsets(text, runs).map(at), async position => {
        const list = await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        completions += list && list.items.length > 0 ? 1 : 0;
    }, warmups);
    let hovers = 0;
    const hover = await timeEach(hoverOffsets(text, runs).map(at), async position => {
        hovers += (await lsp.HoverProvider!.getHoverContent(document, { textDocument, position })) ? 1 : 0;
    }, warmups);
    const formatRange = await timeEach(editOffsets(text, runs).map(at), position => lsp.Formatter!.formatDocumentRange(document, {
        textDocument, options: FORMATTING,
        range: { start: { line: Math.max(0, position.line - 10), character: 0 }, end: { line: position.line + 10, character: 0 } },
    }), warmups);
    const formatDocument = await timeRuns(Math.max(3, Math.round(runs / 5)), () => lsp.Formatter!.formatDocument(document, { textDocument, options: FORMATTING }), warmups);
    // The warm-up runs counted too: the share answered is of all calls made.
    return {
        completion: { ...completion, answered: completions / (completion.runs + warmups) },
        hover: { ...hover, answered: hovers / (hover.runs + warmups) },
        formatRange,
        formatDocument,
    };
}

/** The preview's transfer object: built from the Plan and the findings, and serialised as the language server sends it. */
async function measurePreview(services: StrideServices, document: LangiumDocument, runs: number, warmups: number): Promise<PlanResult['preview']> {
    let bytes = 0;
    const timing = await timeRuns(runs, async () => {
        bytes = Buffer.byteLength(JSON.stringify(await documentPreview(services, document)));
    }, warmups);
    return { ...timing, bytes };
}

/**
 * A re-export of the plan over its own previous export (every event read back and kept), and
 * beside it ical-generator alone writing the same events; runs alternate.
 */
function measureExport(plan: Plan, runs: number, warmups: number): Pick<PlanResult, 'exportIcs' | 'icalFloor'> {
    const options: IcsOptions = { ...EXPORT_OPTIONS, previous: planToIcs(plan, { ...EXPORT_OPTIONS, now: new Date('2026-11-01T09:00:00Z') }).ics };
    const ics = planToIcs(plan, options);
    const floor = floorCalendar(ics.ics, EXPORT_OPTIONS.alarmMinutesBefore!);
    const floorText = writeFloor(floor);
    const stride: number[] = [];
    const raw: number[] = [];
    // Each starts on a collected heap, so that neither pays for collecting the other's garbage.
    for (let index = 0; index < warmups + runs; index++) {
        collectGarbage();
        const start = performance.now();
        planToIcs(plan, options);
        const strideEnd = performance.now();
        collectGarbage();
        const floorStart = performance.now();
        writeFloor(floor);
        const end = performance.now();
        if (index >= warmups) {
            stride.push(strideEnd - start);
            raw.push(end - floorStart);
        }
    }
    return {
        exportIcs: { ...summarise(stride), bytes: Buffer.byteLength(ics.ics), events: ics.events },
        icalFloor: { ...summarise(raw), bytes: Buffer.byteLength(floorText) },
    };
}

/** `stride export --format fit`'s work without the disk: every session's workout and the schedule, encoded with Garmin's Encoder. */
async function measureFitExport(plan: Plan, runs: number, warmups: number): Promise<NonNullable<PlanResult['exportFit']>> {
    const options = { now: EXPORT_OPTIONS.now, today: '2000-01-01' };
    const { files } = planToFit(plan, options);
    const timing = await timeRuns(runs, () => planToFit(plan, options), warmups);
    return { ...timing, bytes: files.reduce((sum, file) => sum + file.bytes.length, 0), files: files.length };
}

/** `stride summary plan.stride` as the CLI runs it, in this process: services created, the file read, checked and tabulated. */
async function measureSummary(text: string, years: number, runs: number): Promise<Timing> {
    const folder = mkdtempSync(join(tmpdir(), 'stride-bench-'));
    const file = join(folder, `plan-${years}y.stride`);
    writeFileSync(file, text);
    const discard = { out: () => undefined, err: () => undefined };
    try {
        return await timeRuns(runs, async () => {
            const code = await runCli(['summary', file], discard);
            if (code !== 0) {
                throw new Error(`stride summary exited with ${code}`);
            }
        }, 1);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
