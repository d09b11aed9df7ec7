import type { LangiumDocument, ReferenceInfo } from 'langium';
import { AstUtils, DocumentValidator, GrammarUtils } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { sameRange } from '../../plan/ranges.js';
import { isDay, type PlanFile, type Week } from '../generated/ast.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { nearestNames } from '../nearest-names.js';
import { rangeOf } from '../source-map.js';
import type { QuickFix } from './quick-fix.js';

/** References whose nearest names are worth offering when they do not resolve. */
const SUGGESTED_TYPES = new Set(['DrillDef', 'SessionDef']);

function fix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edit: TextEdit, isPreferred: boolean): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [document.uri.toString()]: [edit] } } };
}

/** An unknown drill or session: the nearest names in the plan and the built-in library, the nearest first. */
const nearestNameFixes: QuickFix = (diagnostic, document, services) => {
    const reference = referenceAt(document, diagnostic.range);
    if (!reference || !SUGGESTED_TYPES.has(services.shared.AstReflection.getReferenceType(reference))) {
        return [];
    }
    const known = services.references.ScopeProvider.getScope(reference).getAllElements().map(element => element.name);
    return nearestNames(reference.reference.$refText, known).map((name, index) =>
        fix(`Change to '${name}'`, diagnostic, document, { range: diagnostic.range, newText: name }, index === 0));
};

function referenceAt(document: LangiumDocument, range: Range): ReferenceInfo | undefined {
    return AstUtils.streamAst(document.parseResult.value)
        .flatMap(node => AstUtils.streamReferences(node))
        .find(info => info.reference.$refNode !== undefined && sameRange(info.reference.$refNode.range, range));
}

/** A bare number where a unit is needed: one fix for each unit that fits the drill. */
const unitFixes: QuickFix = (diagnostic, document) => {
    const data = diagnostic.data as { units?: string[]; value?: number } | undefined;
    return (data?.units ?? []).map((unit, index) =>
        fix(`Write ${data!.value}${unit}`, diagnostic, document, { range: diagnostic.range, newText: `${data!.value}${unit}` }, index === 0));
};

/** A drill the plan never uses: remove its lines, with a comment that ends them. */
const removeDrillFix: QuickFix = (diagnostic, document) => {
    const drill = (document.parseResult.value as PlanFile).drills.find(candidate => sameRange(rangeOf(candidate), diagnostic.range));
    if (!drill) {
        return [];
    }
    const text = document.textDocument;
    const { start, end } = rangeOf(drill);
    const before = text.getText({ start: { line: start.line, character: 0 }, end: start });
    const after = text.getText({ start: end, end: { line: end.line + 1, character: 0 } });
    const wholeLines = before.trim() === '' && /^\s*(\/\/.*)?\s*$/.test(after);
    const range = wholeLines ? { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } } : { start, end };
    return [fix(`Remove unused drill '${drill.name}'`, diagnostic, document, { range, newText: '' }, true)];
};

/** A day written twice in a week: its sessions join the first day's with `and`, and its line goes. */
const joinDayFix: QuickFix = (diagnostic, document) => {
    const second = AstUtils.streamAst(document.parseResult.value).filter(isDay).find(day => {
        const written = GrammarUtils.findNodeForProperty(day.$cstNode, day.weekday ? 'weekday' : 'date');
        return written !== undefined && sameRange(written.range, diagnostic.range);
    });
    const firstIndex = (diagnostic.data as { firstDay?: number } | undefined)?.firstDay;
    const first = second && firstIndex !== undefined ? (second.$container as Week).days[firstIndex] : undefined;
    const sessions = second?.sessions[0]?.$cstNode;
    if (!first?.$cstNode || !second?.$cstNode || !sessions || first.rest || second.rest) {
        return [];
    }
    const text = document.textDocument;
    const joined = text.getText({ start: sessions.range.start, end: second.$cstNode.range.end });
    const { start, end } = second.$cstNode.range;
    const wholeLines = text.getText({ start: { line: start.line, character: 0 }, end: start }).trim() === ''
        && text.getText({ start: end, end: { line: end.line + 1, character: 0 } }).trim() === '';
    const removed = wholeLines ? { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } } : { start, end };
    const firstEnd = first.$cstNode.range.end;
    return [{
        title: `Join with ${first.weekday ?? first.date} on line ${first.$cstNode.range.start.line + 1} using 'and'`,
        kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true,
        edit: { changes: { [document.uri.toString()]: [{ range: { start: firstEnd, end: firstEnd }, newText: ` and ${joined}` }, { range: removed, newText: '' }] } },
    }];
};

/** An RPE a watch cannot follow: the zone (runs) or share of max speed (sprints) of that effort, which it can. */
const watchTargetFix: QuickFix = (diagnostic, document) => {
    const replacement = (diagnostic.data as { replacement?: string } | undefined)?.replacement;
    return replacement === undefined ? []
        : [fix(`Write ${replacement}, a target a watch follows`, diagnostic, document, { range: diagnostic.range, newText: replacement }, true)];
};

/** Quick fixes for the language's own errors (unknown drill, bare number, unused drill, a day twice, a watch target), by issue code. */
export const LANGUAGE_FIXES: Readonly<Record<string, QuickFix>> = {
    [DocumentValidator.LinkingError]: nearestNameFixes,
    [IssueCodes.MissingUnit]: unitFixes,
    [IssueCodes.UnusedDrill]: removeDrillFix,
    [IssueCodes.DuplicateDay]: joinDayFix,
    [IssueCodes.WatchTarget]: watchTargetFix,
};
