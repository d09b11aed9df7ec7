/**
 * One text through everything a user can do with it, with the properties each step must
 * keep whatever the text: parse, link and validate; completion and hover; formatting; the
 * Plan, the summary, the preview's transfer object and the calendar export. A step breaks a
 * property by throwing, so a fast-check property is `(text) => exercise(text, ...)`.
 */
import { URI, type LangiumDocument } from 'langium';
import { expect } from 'vitest';
import type { CompletionItem, Diagnostic, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summaryJson, summaryRows } from '../../src/cli/summary.js';
import { ExportError } from '../../src/export/errors.js';
import { planToIcs, type IcsOptions } from '../../src/export/ical.js';
import { checkPlanTexts, type CheckedPlan } from '../../src/language/load-plans.js';
import { documentPreview } from '../../src/language/requests.js';
import { isValidDate } from '../../src/plan/dates.js';
import { describeSession, sessionHeadline } from '../../src/plan/describe.js';
import type { Plan } from '../../src/plan/model.js';
import { services } from '../helpers.js';
import { lintIcs } from '../export/ics-lint.js';
import { parseIcs } from '../export/parse-ics.js';

const { Stride, shared } = services;
const FORMATTING = { options: { insertSpaces: true, tabSize: 2 } };
const NOW = new Date('2027-01-01T12:00:00Z');

/** The export's settings a case runs with: none, or every one of them set. */
export const EXPORT_OPTIONS: readonly Omit<IcsOptions, 'now'>[] = [
    {},
    { timezone: 'America/New_York', defaultStartTimes: { mon: '06:00', wed: '23:59', sat: '08:00' }, alarmMinutesBefore: 15 },
];

/** Why an export of a plan without errors may still be refused; anything else it throws is a bug. */
const EXPECTED_EXPORT_REFUSALS = [
    /^the plan has no start date/,
    /^the plan has no sessions and no rest-day notes/,
    /^"[^"]*" is not a time zone/,
    /ends? after 9999-12-31/,
];

/** Everything one text goes through, and what each step must keep. */
export async function exercise(text: string, offsets: readonly number[], exportOptions: Omit<IcsOptions, 'now'> = {}): Promise<void> {
    await withoutLoggedErrors(async () => {
        const { checked, document } = await check(text, 'file:///robustness/case.stride');
        expectDiagnosticsInside(document, checked.diagnostics);
        expectFigures('the Plan', checked.plan);
        expectFigures('the summary', summaryJson(checked));
        for (const row of summaryRows(checked)) {
            expect(row.join(' | '), 'a summary cell').not.toMatch(UNCLEAR);
        }
        const { model } = await documentPreview(Stride, document);
        expectFigures('the preview model', model);
        expectPlainData('the preview model', model);
        expectExport(checked, exportOptions);
        for (const offset of offsets) {
            await expectEditorFeaturesAt(document, offset % (text.length + 1));
        }
        await expectFormatting(document, checked);
    });
}

/** Words that mean a figure or a message was built from nothing: a user must never read them. */
const UNCLEAR = /NaN|Infinity|undefined|\[object |\+0\d{5}-/;

/** Parses, links and validates the text as the language server does, keeping its document. */
export async function check(text: string, uri: string): Promise<{ checked: CheckedPlan; document: LangiumDocument }> {
    const [checked] = await checkPlanTexts(services, [{ uri, text }]);
    return { checked, document: shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))! };
}

/**
 * Langium catches an exception in a validation check, logs it with console.error and turns it
 * into an "An error occurred" diagnostic: both mean a check threw, so neither may happen.
 */
async function withoutLoggedErrors(run: () => Promise<void>): Promise<void> {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
        await run();
    } finally {
        console.error = original;
    }
    expect(logged, 'nothing logged an error').toEqual([]);
}

export function expectDiagnosticsInside(document: LangiumDocument, diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        const message = messageOf(diagnostic);
        expect(message, 'a diagnostic').not.toMatch(/An error occurred/);
        expect(message, 'a diagnostic').not.toMatch(UNCLEAR);
        expectRangeInside(document.textDocument, diagnostic.range, message);
    }
}

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function expectRangeInside(text: TextDocument, range: Range, what: string): void {
    const { start, end } = range;
    const inside = (position: Range['start']) =>
        position.line >= 0 && position.line < text.lineCount && position.character >= 0
        && position.character <= lineLength(text, position.line);
    expect(inside(start) && inside(end), `${what} at ${JSON.stringify(range)} is inside the document`).toBe(true);
    expect(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what} starts before it ends`).toBe(true);
}

function lineLength(text: TextDocument, line: number): number {
    return text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
}

/** The only figures that may be below zero: a week's change on the one before, and the changes a derived week makes. */
const SIGNED = /\.(distanceChange|changePercent|roundChange)$/;

/**
 * Every number is finite, and not below zero unless it is a change; every date is a real
 * calendar date: nothing reaches a reader as NaN, Infinity, -3 km or `+010000-01-01`.
 */
export function expectFigures(what: string, value: unknown): void {
    const problems: string[] = [];
    const walk = (inner: unknown, path: string): void => {
        if (typeof inner === 'number' && (!Number.isFinite(inner) || (inner < 0 && !SIGNED.test(path)))) {
            problems.push(`${path} is ${inner}`);
        } else if (typeof inner === 'string' && /date$/i.test(path) && !isValidDate(inner)) {
            problems.push(`${path} is ${inner}`);
        } else if (inner !== null && typeof inner === 'object') {
            for (const [key, child] of Object.entries(inner)) {
                walk(child, `${path}.${key}`);
            }
        }
    };
    walk(value, what);
    expect(problems).toEqual([]);
}

/** The preview's transfer object crosses JSON channels: nothing in it but null, booleans, numbers, strings, arrays and plain objects. */
function expectPlainData(what: string, value: unknown): void {
    const problems: string[] = [];
    const walk = (inner: unknown, path: string): void => {
        if (inner === null || ['boolean', 'number', 'string'].includes(typeof inner)) {
            return;
        }
        const prototype = typeof inner === 'object' ? Object.getPrototypeOf(inner) : undefined;
        if (prototype !== Object.prototype && prototype !== Array.prototype) {
            problems.push(`${path} is ${typeof inner === 'object' ? prototype?.constructor?.name : typeof inner}`);
            return;
        }
        for (const [key, child] of Object.entries(inner as object)) {
            walk(child, `${path}.${key}`);
        }
    };
    walk(value, what);
    expect(problems).toEqual([]);
}

/**
 * A plan with errors may be refused, with an ExportError only. A plan without errors exports
 * (or is refused for a reason the user can act on), and the file reads back with ical.js as
 * exactly the Plan's sessions and rest-day notes: one event each, on its date, saying what
 * the session is.
 */
function expectExport(checked: CheckedPlan, options: Omit<IcsOptions, 'now'>): void {
    const hasErrors = checked.diagnostics.some(diagnostic => diagnostic.severity === 1);
    let ics: string;
    try {
        ics = planToIcs(checked.plan, { now: NOW, ...options }).ics;
    } catch (error) {
        expect(error, 'the export throws only ExportError').toBeInstanceOf(ExportError);
        const message = (error as ExportError).message;
        expect(message).not.toMatch(UNCLEAR);
        if (!hasErrors) {
            expect(EXPECTED_EXPORT_REFUSALS.some(reason => reason.test(message)), `a plan without errors is refused: ${message}`).toBe(true);
        }
        return;
    }
    expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
    if (hasErrors) {
        return;
    }
    const sessions = sessionsOf(checked.plan);
    const restNotes = checked.plan.weeks.flatMap(week => week.days.filter(day => day.note !== null));
    const allEvents = parseIcs(ics).events;
    const events = allEvents.filter(event => event.categories[0] !== 'rest');
    expect(allEvents.filter(event => event.categories[0] === 'rest').map(event => [event.summary, isoStart(event.start)]))
        .toEqual(restNotes.map(day => [`Rest day: ${asCalendarText(day.note!)}`, day.date]));
    expect(events.map(event => event.summary)).toEqual(sessions.map(session => asCalendarText(sessionHeadline(session, checked.plan.units))));
    const withoutClockNote = (description: string) => description.replace(/\n\n[^\n]*, where clocks go [^\n]*$/, '');
    expect(events.map(event => withoutClockNote(event.description))).toEqual(sessions.map(session => asCalendarText(describeSession(session, checked.plan.units))));
    expect(events.map(event => isoStart(event.start).slice(0, 10))).toEqual(sessions.map(session => session.date));
    expect(events.map(event => event.categories)).toEqual(sessions.map(session => [session.kind]));
    expect(new Set(events.map(event => event.uid)).size, 'one UID per session').toBe(sessions.length);
    sessions.forEach((session, index) => {
        // A session on a night the clocks change may start later than its time, or be written in UTC (test/export/daylight-saving.test.ts).
        const clockChange = events[index].description.includes(', where clocks go ') || events[index].start.endsWith('Z');
        if (session.time !== null && !clockChange) {
            expect(isoStart(events[index].start), 'a timed session starts at its time').toBe(`${session.date}T${session.time}:00`);
        }
    });
}

/** ical.js writes the year 1 as `1`: the four digits a plan writes. */
function isoStart(start: string): string {
    return start.replace(/^\d+/, year => year.padStart(4, '0'));
}

function sessionsOf(plan: Plan) {
    return plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions));
}

/**
 * What a calendar holds of plan text (RFC 5545 3.3.11): control characters other than tab and
 * line breaks, and lone UTF-16 surrogates, show as U+FFFD, and every line break reads back as
 * a line feed.
 */
function asCalendarText(text: string): string {
    return text.toWellFormed().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** Completion and hover at an offset answer without throwing, and every edit they offer lies inside the document. */
export async function expectEditorFeaturesAt(document: LangiumDocument, offset: number): Promise<void> {
    const position = document.textDocument.positionAt(offset);
    const params = { textDocument: { uri: document.uri.toString() }, position };
    const list = await Stride.lsp.CompletionProvider!.getCompletion(document, params);
    for (const item of list?.items ?? []) {
        for (const range of editRanges(item)) {
            expectRangeInside(document.textDocument, range, `completion '${item.label}'`);
        }
    }
    await Stride.lsp.HoverProvider!.getHoverContent(document, params);
}

function editRanges(item: CompletionItem): Range[] {
    const edit = item.textEdit;
    const main = edit === undefined ? [] : 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
    return [...main, ...(item.additionalTextEdits ?? []).map(additional => additional.range)];
}

/**
 * A text that parses is formatted to one that means the same (the same diagnostics and the same
 * Plan, source positions aside), and formatting that again changes nothing. A text that does
 * not parse is left alone, so a half-written plan never loses what the parser could not read.
 */
async function expectFormatting(document: LangiumDocument, checked: CheckedPlan): Promise<void> {
    const edits = await Stride.lsp.Formatter!.formatDocument(document, { ...FORMATTING, textDocument: { uri: document.uri.toString() } });
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        expect(edits, 'a text that does not parse is not formatted').toEqual([]);
        return;
    }
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    const again = await check(formatted, 'file:///robustness/formatted.stride');
    const editsAgain = await Stride.lsp.Formatter!.formatDocument(again.document, { ...FORMATTING, textDocument: { uri: again.document.uri.toString() } });
    expect(TextDocument.applyEdits(again.document.textDocument, editsAgain), 'formatting twice changes nothing').toBe(formatted);
    expect(meaning(again.checked), 'formatting keeps the meaning').toEqual(meaning(checked));
}

/** What a plan says, wherever its lines are: its diagnostics by severity, code and message, and its Plan without source positions. */
function meaning(checked: CheckedPlan): unknown {
    const diagnostics = checked.diagnostics
        .map(diagnostic => `${diagnostic.severity} ${diagnostic.code} ${messageOf(diagnostic).replace(/line \d+/g, 'line N')}`)
        .sort();
    const plan = JSON.parse(JSON.stringify(checked.plan, (key, value: unknown) => (key === 'source' ? undefined : value)));
    return { diagnostics, plan };
}
