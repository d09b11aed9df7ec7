import type { LangiumDocument, ReferenceInfo } from 'langium';
import { AstUtils, DocumentValidator } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { sameRange } from '../../plan/ranges.js';
import type { PlanFile } from '../generated/ast.js';
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

/** Quick fixes for the language's own errors (unknown drill, bare number, unused drill), by issue code. */
export const LANGUAGE_FIXES: Readonly<Record<string, QuickFix>> = {
    [DocumentValidator.LinkingError]: nearestNameFixes,
    [IssueCodes.MissingUnit]: unitFixes,
    [IssueCodes.UnusedDrill]: removeDrillFix,
};
