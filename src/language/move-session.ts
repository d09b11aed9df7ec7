/**
 * Moving a session to another day of the calendar, as an edit of the text: the session's own
 * text leaves its day (the day's line goes when nothing is left on it) and joins the target
 * day's line with `and`, or starts a line of its own in the week, in the order of the week's
 * days. Everything is found through the Plan's source map; a session or a day the text does
 * not write (a derived week's) is not moved, and the answer says why.
 */
import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { isWrittenFor, weekDays } from '../plan/calendar.js';
import { dayName } from '../plan/format.js';
import type { PlanDay, PlanSession, PlanWeek } from '../plan/model.js';
import type { MoveSessionParams, MoveSessionResult } from '../protocol/requests.js';
import { isSessionUse, isWeek, isWeekBlock, type Day, type SessionUse, type Week } from './generated/ast.js';
import { rangeOf, type PlanSource } from './source-map.js';

/** The edit that moves `params.sessionKey` to `params.target`, or why the text cannot say that. */
export function moveSession(source: PlanSource, document: LangiumDocument, params: MoveSessionParams): MoveSessionResult {
    if (document.textDocument.version !== params.version) {
        return { reason: 'The plan changed since the preview was drawn; try again.' };
    }
    const text = new DocumentText(document);
    const found = sessionByKey(source.plan.weeks, params.sessionKey);
    if (!found) {
        return { reason: 'That session is not in the plan any more.' };
    }
    const use = source.nodeOf(found.session.source);
    if (!isSessionUse(use)) {
        return { reason: `${derivedWeek(found.week, text, source)}: its sessions are written there. Move the session in that week, or write week ${found.week.number} out day by day.` };
    }
    const targetWeek = source.plan.weeks.find(week => week.number === params.target.week);
    if (!targetWeek) {
        return { reason: `The plan has no week ${params.target.week}.` };
    }
    const weekNode = source.nodeOf(targetWeek.source);
    if (!isWeek(weekNode) || targetWeek.derivedFrom !== null) {
        return { reason: `${derivedWeek(targetWeek, text, source)}: its days are that week's, so a session cannot be put on one of them. Write week ${targetWeek.number} out day by day first.` };
    }
    const calendar = weekDays(source.plan, targetWeek.number);
    const targetIndex = calendar.findIndex(day => day.weekday === params.target.weekday && (params.target.date === null || day.date === params.target.date));
    if (targetIndex < 0) {
        return { reason: `Week ${targetWeek.number} has no such day.` };
    }
    const fromDay = use.$container;
    const indexOf = (day: Day): number => {
        const planDay = source.dayOf(day);
        return planDay ? calendar.findIndex(calendarDay => isWrittenFor(planDay, calendarDay)) : -1;
    };
    const targetDay = weekNode.days.find(day => indexOf(day) === targetIndex);
    if (targetDay === fromDay) {
        return { reason: 'The session is on that day already.' };
    }
    const sessionText = text.of(rangeOf(use));
    const sourceIndent = text.indentOf(rangeOf(use).start.line);
    const removal = removeFromDay(use, text);
    let insertion: TextEdit | { reason: string };
    let sessionKey: string;
    if (targetDay) {
        const planDay = source.dayOf(targetDay);
        insertion = joinDay(targetDay, planDay, targetWeek.number, sessionText, sourceIndent, text);
        sessionKey = `w${targetWeek.number}-${targetDay.weekday ?? targetDay.date}-${(planDay?.sessions.length ?? 0) + 1}`;
    } else {
        // A day written by its date stays dated where it goes; else it goes by its weekday.
        const label = fromDay.date !== undefined && calendar[targetIndex].date !== null ? calendar[targetIndex].date! : calendar[targetIndex].weekday;
        const others = weekNode.days.filter(day => !(day === fromDay && removal.removesDay)).map(day => ({ day, index: indexOf(day) }));
        insertion = newDayLine(weekNode, others, targetIndex, `${label} `, sessionText, sourceIndent, text);
        sessionKey = `w${targetWeek.number}-${label}-1`;
    }
    if ('reason' in insertion) {
        return insertion;
    }
    // Where the new line starts where the removed one did, the insertion goes first, so that the two never overlap.
    return { edit: { changes: { [document.uri.toString()]: [insertion, removal.edit] } }, sessionKey };
}

function sessionByKey(weeks: readonly PlanWeek[], key: string): { week: PlanWeek; session: PlanSession } | undefined {
    for (const week of weeks) {
        for (const day of week.days) {
            const session = day.sessions.find(candidate => candidate.key === key);
            if (session) {
                return { week, session };
            }
        }
    }
    return undefined;
}

/** `Week 2 comes from week 1 (week 2 = week 1 +5%)`: the declaration that derives it, as written. */
function derivedWeek(week: PlanWeek, text: DocumentText, source: PlanSource): string {
    const node = source.nodeOf(week.source);
    const header = isWeek(node) || isWeekBlock(node) ? text.of(rangeOf(node)).replace(/\s+/g, ' ').trim() : '';
    const base = week.derivedFrom ? `week ${week.derivedFrom.week}` : 'another week';
    return `Week ${week.number} comes from ${base}${header ? ` (${header})` : ''}`;
}

/** Takes the session out of its day: `A and B` loses `and B` or `A and`; a day left with nothing goes, its line with it. */
function removeFromDay(use: SessionUse, text: DocumentText): { edit: TextEdit; removesDay: boolean } {
    const sessions = use.$container.sessions;
    const index = sessions.indexOf(use);
    if (sessions.length > 1) {
        const range = index > 0
            ? { start: rangeOf(sessions[index - 1]).end, end: rangeOf(use).end }
            : { start: rangeOf(use).start, end: rangeOf(sessions[1]).start };
        return { edit: { range, newText: '' }, removesDay: false };
    }
    return { edit: { range: text.wholeLinesOf(rangeOf(use.$container)), newText: '' }, removesDay: true };
}

/** The session after the day's last with `and`, or in place of `rest` on a rest day that says nothing more. */
function joinDay(day: Day, planDay: PlanDay | undefined, week: number, sessionText: string, sourceIndent: string, text: DocumentText): TextEdit | { reason: string } {
    const last = day.sessions.at(-1);
    if (last) {
        const end = rangeOf(last).end;
        return { range: { start: end, end }, newText: ` and ${reindent(sessionText, sourceIndent, text.indentOf(end.line))}` };
    }
    const rest = GrammarUtils.findNodeForKeyword(day.$cstNode, 'rest');
    if (!rest) {
        return { reason: 'That day cannot be read; mend it first.' };
    }
    if (day.note !== undefined) {
        const name = planDay ? `${dayName(planDay)} of week ${week}` : `that day of week ${week}`;
        return { reason: `The rest day on ${name} has a note ("${day.note}"): take the rest day out first, or move the session to another day.` };
    }
    return { range: rest.range, newText: reindent(sessionText, sourceIndent, text.indentOf(rest.range.start.line)) };
}

/**
 * A new day in the week for the session: on a line of its own after the last day before it
 * (or before the first after it, or before the week's `}`), indented as that day is; in the
 * line when the week writes its days on one line.
 */
function newDayLine(
    week: Week, others: ReadonlyArray<{ day: Day; index: number }>, targetIndex: number, label: string,
    sessionText: string, sourceIndent: string, text: DocumentText,
): TextEdit {
    const before = others.filter(other => other.index >= 0 && other.index < targetIndex).at(-1)?.day;
    const after = others.find(other => other.index > targetIndex)?.day;
    if (before) {
        const end = rangeOf(before).end;
        const indent = text.indentOf(rangeOf(before).start.line);
        if (text.restOfLineIsBlank(end)) {
            const start = { line: end.line + 1, character: 0 };
            return { range: { start, end: start }, newText: `${indent}${label}${reindent(sessionText, sourceIndent, indent)}\n` };
        }
        return { range: { start: end, end }, newText: ` ${label}${reindent(sessionText, sourceIndent, indent)}` };
    }
    const next = after ? rangeOf(after).start : GrammarUtils.findNodeForKeyword(week.$cstNode, '}')?.range.start ?? rangeOf(week).end;
    const lineStart = { line: next.line, character: 0 };
    if (text.of({ start: lineStart, end: next }).trim() === '') {
        const indent = after ? text.indentOf(next.line) : `${text.indentOf(rangeOf(week).start.line)}  `;
        return { range: { start: lineStart, end: lineStart }, newText: `${indent}${label}${reindent(sessionText, sourceIndent, indent)}\n` };
    }
    return { range: { start: next, end: next }, newText: `${label}${reindent(sessionText, sourceIndent, text.indentOf(next.line))} ` };
}

/** A session written over several lines keeps its inner lines' indentation relative to its first line, wherever that line goes. */
function reindent(sessionText: string, from: string, to: string): string {
    if (from === to) {
        return sessionText;
    }
    return sessionText.split('\n').map((line, index) => index > 0 && line.startsWith(from) ? to + line.slice(from.length) : line).join('\n');
}

/** The document's text by lines, as the edits need it. */
class DocumentText {
    private readonly lines: readonly string[];

    constructor(private readonly document: LangiumDocument) {
        this.lines = document.textDocument.getText().split(/\r?\n/);
    }

    of(range: Range): string {
        return this.document.textDocument.getText(range);
    }

    indentOf(line: number): string {
        return /^[ \t]*/.exec(this.lines[line] ?? '')![0];
    }

    /** Nothing but blanks or a comment after this position on its line. */
    restOfLineIsBlank(position: Position): boolean {
        return /^\s*(\/\/.*)?$/.test((this.lines[position.line] ?? '').slice(position.character));
    }

    /**
     * A node's text and the blanks it would leave: its whole lines when it has them to itself,
     * else the blanks after it (a comment after it stays, on a line of its own), or before it
     * when it ends its line.
     */
    wholeLinesOf(range: Range): Range {
        const startLine = this.lines[range.start.line] ?? '';
        const endLine = this.lines[range.end.line] ?? '';
        const before = startLine.slice(0, range.start.character);
        const after = endLine.slice(range.end.character);
        if (after.trim() === '' && before.trim() === '') {
            const end = range.end.line + 1 < this.lines.length ? { line: range.end.line + 1, character: 0 } : { line: range.end.line, character: endLine.length };
            return { start: { line: range.start.line, character: 0 }, end };
        }
        if (after.trim() === '') {
            return { start: { line: range.start.line, character: before.trimEnd().length }, end: { line: range.end.line, character: endLine.length } };
        }
        return { start: range.start, end: { line: range.end.line, character: range.end.character + (after.length - after.trimStart().length) } };
    }
}
