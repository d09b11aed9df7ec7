import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { steps } from '../../plan/build-plan.js';
import { formatChange, formatDistance, formatSeconds } from '../../plan/format.js';
import type { PlanWeek } from '../../plan/model.js';
import { METRES_PER_UNIT, SECONDS_PER_UNIT } from '../../plan/units.js';
import { sameRange } from '../../plan/ranges.js';
import { RULE_IDS, type RuleId } from '../../rules/thresholds.js';
import { isGroup, isStep, isWeek, type Group, type Step, type Week } from '../generated/ast.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { rangeOf, type PlanSource } from '../source-map.js';
import { IGNORE_KEYWORD, isIgnoreComment, REASON_SEPARATOR } from '../validation/rule-directives.js';
import type { RuleDiagnosticData } from '../validation/rules.js';
import type { StrideServices } from '../stride-module.js';
import type { QuickFix } from './quick-fix.js';

function quickFix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [document.uri.toString()]: edits } } };
}

function ruleData(diagnostic: Diagnostic): RuleDiagnosticData | undefined {
    const data = diagnostic.data as Partial<RuleDiagnosticData> | undefined;
    return data?.rule !== undefined && data.figures !== undefined && data.weeks !== undefined ? data as RuleDiagnosticData : undefined;
}

/** The node of the given kind whose text is exactly a diagnostic's range, if any. */
function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, is: (node: AstNode) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    for (let node = leaf?.astNode; node; node = node.$container) {
        if (is(node) && sameRange(rangeOf(node), range)) return node;
    }
    return undefined;
}

/** `// stride-ignore <rule>` on the line before, or the rule added to a directive already there. */
const ignoreHere: QuickFix = (diagnostic, document) => {
    const rule = String(diagnostic.code);
    const { line } = diagnostic.range.start;
    const lineText = (at: number) => document.textDocument.getText({ start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } }).replace(/\r?\n$/, '');
    const previous = line > 0 ? lineText(line - 1) : '';
    let edit: TextEdit;
    if (isIgnoreComment(previous)) {
        const reason = previous.indexOf(REASON_SEPARATOR);
        const end = { line: line - 1, character: reason >= 0 ? reason : previous.length };
        edit = { range: { start: end, end }, newText: `, ${rule}` };
    } else {
        const indent = /^\s*/.exec(lineText(line))![0];
        edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}// ${IGNORE_KEYWORD} ${rule}\n` };
    }
    return [quickFix(`Switch ${rule} off here (// ${IGNORE_KEYWORD} ${rule})`, diagnostic, document, [edit])];
};

/** A rest as the language writes it: `6min`, `45s`, `3:20`. */
function restText(seconds: number): string {
    if (seconds % 60 === 0) return `${seconds / 60}min`;
    if (seconds < 60) return `${seconds}s`;
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Sprint rest: the rest written (or added) at the minimum, rounded up to 5 seconds. */
const raiseRest: QuickFix = (diagnostic, document) => {
    const data = ruleData(diagnostic);
    const item = nodeAt(document, diagnostic.range, (node): node is Step | Group => isStep(node) || isGroup(node));
    if (!data || !item) return [];
    const restS = Math.ceil(data.figures.minimumRestS / 5) * 5;
    const rest = isStep(item) ? item.rests[0] : item.rest;
    // A recovery run keeps its activity: `rest 200m jog` becomes `rest 6min jog`.
    const written = rest?.value ?? rest?.distance;
    const note = GrammarUtils.findNodeForProperty(item.$cstNode, 'note');
    const edit: TextEdit = written?.$cstNode
        ? { range: written.$cstNode.range, newText: restText(restS) }
        : note
            ? { range: { start: note.range.start, end: note.range.start }, newText: `rest ${restText(restS)} ` }
            : { range: { start: diagnostic.range.end, end: diagnostic.range.end }, newText: ` rest ${restText(restS)}` };
    return [quickFix(`Raise the rest to ${formatSeconds(restS)}`, diagnostic, document, [edit], true)];
};

/** A distance or a time rounded down to what a coach writes: 0.1 km or mi, 10 m or yd, a minute, 5 s. */
function roundedDown(value: number, unit: string): number {
    const step = unit === 'km' || unit === 'mi' ? 0.1 : unit === 'm' || unit === 'yd' ? (value >= 100 ? 10 : 1)
        : unit === 'min' ? 1 : unit === 'h' ? 0.05 : 5;
    return Number((Math.floor(value / step + 1e-9) * step).toFixed(2));
}

/** A written week: every run it writes itself (not those of named sessions) shortened by one factor. */
function scaleWrittenWeek(week: Week, planWeek: PlanWeek, targetM: number, source: PlanSource): TextEdit[] {
    const runs = planWeek.days.flatMap(day => day.sessions.flatMap(session => steps(session.items)))
        .filter(step => step.drill.kind === 'run' && step.distanceM > 0)
        .map(step => ({ step, node: source.nodeOf(step.source) }))
        .filter((run): run is { step: typeof run.step; node: Step } => isStep(run.node) && AstUtils.getContainerOfType(run.node, isWeek) === week);
    const scalableM = runs.reduce((sum, run) => sum + run.step.distanceM, 0);
    const factor = (targetM - (planWeek.totals.distanceM - scalableM)) / scalableM;
    if (!(factor > 0 && factor < 1)) return [];
    const edits: TextEdit[] = [];
    for (const run of runs) {
        const amount = run.node.factors.at(-1);
        const unit = amount?.unit;
        if (!amount?.$cstNode || amount.value === undefined || unit === undefined || !(unit in METRES_PER_UNIT || unit in SECONDS_PER_UNIT)) return [];
        const value = roundedDown(amount.value * factor, unit);
        if (!(value > 0)) return [];
        edits.push({ range: amount.$cstNode.range, newText: `${value}${unit}` });
    }
    return edits;
}

/** A derived week (`week 5 = week 4 +40%`): its change set so that it runs the target distance or a little less. */
function scaleDerivedWeek(week: Week, planWeek: PlanWeek, targetM: number): TextEdit[] {
    const change = week.change ? (week.change.sign === '-' ? -week.change.value : week.change.value) : 0;
    // Rounded down (past floating-point noise) so that the week lands on the limit or just under it.
    const percent = Math.floor(((1 + change / 100) * targetM / planWeek.totals.distanceM - 1) * 100 + 1e-9);
    const text = `${percent < 0 ? '-' : '+'}${Math.abs(percent)}%`;
    const base = GrammarUtils.findNodeForProperty(week.$cstNode, 'base');
    if (week.change?.$cstNode) {
        return [{ range: week.change.$cstNode.range, newText: text }];
    }
    return base ? [{ range: { start: base.range.end, end: base.range.end }, newText: ` ${text}` }] : [];
}

/** Weekly distance: the week scaled down to the limit it crossed. A block of weeks is left alone: its change is shared. */
const scaleWeekDown: QuickFix = (diagnostic, document, services: StrideServices) => {
    const data = ruleData(diagnostic);
    const source = services.plan.PlanProvider.sourceOf(document);
    const plan = source.plan;
    const planWeek = data && plan.weeks.find(candidate => candidate.number === data.weeks[0]);
    const week = planWeek && source.nodeOf(planWeek.source);
    if (!data || !planWeek || !isWeek(week)) return [];
    const targetM = data.figures.previousM * (1 + data.figures.limit);
    const edits = week.base ? scaleDerivedWeek(week, planWeek, targetM) : scaleWrittenWeek(week, planWeek, targetM, source);
    const title = `Scale week ${planWeek.number} down to ${formatChange(data.figures.limit)} on week ${planWeek.number - 1} (${formatDistance(targetM, plan.units)})`;
    return edits.length > 0 ? [quickFix(title, diagnostic, document, edits, true)] : [];
};

/** An unknown rule name in a `limit` line or a directive: the nearest rule names instead. */
const renameRule: QuickFix = (diagnostic, document) => {
    const names = (diagnostic.data as { names?: string[] } | undefined)?.names ?? [];
    return names.map((name, index) => quickFix(`Change to '${name}'`, diagnostic, document, [{ range: diagnostic.range, newText: name }], index === 0));
};

function both(first: QuickFix, second: QuickFix): QuickFix {
    return (diagnostic, document, services) => [...first(diagnostic, document, services), ...second(diagnostic, document, services)];
}

/** Quick fixes for the overload rules' warnings, by issue code. */
export const RULE_FIXES: Readonly<Record<string, QuickFix>> = {
    ...Object.fromEntries(RULE_IDS.map(rule => [rule, ignoreHere])),
    ['sprint-rest' satisfies RuleId]: both(raiseRest, ignoreHere),
    ['weekly-distance' satisfies RuleId]: both(scaleWeekDown, ignoreHere),
    [IssueCodes.UnknownRule]: renameRule,
};
