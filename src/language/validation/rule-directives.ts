/**
 * `// stride-ignore acwr, monotony -- why` switches rules off for the week, day, session or
 * item that follows it: a finding inside that part of the plan is not reported.
 */
import type { AstNode, CompositeCstNode, CstNode, LeafCstNode, RootCstNode } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { SourceRange } from '../../plan/model.js';
import type { Finding } from '../../rules/finding.js';
import { rangeContains } from '../../plan/ranges.js';
import { isDay, isGroup, isSessionDef, isSessionUse, isStep, isWeek, isWeekBlock, type PlanFile } from '../generated/ast.js';
import { rangeOf } from '../source-map.js';

export const IGNORE_KEYWORD = 'stride-ignore';

/** Separates the rule names from the reason, which is not read. */
export const REASON_SEPARATOR = ' -- ';

const DIRECTIVE = new RegExp(`^//\\s*${IGNORE_KEYWORD}\\b`);

/** Whether a comment's text (`// stride-ignore acwr`) is a directive. */
export function isIgnoreComment(text: string): boolean {
    return DIRECTIVE.test(text.trim());
}

export interface IgnoreDirective {
    /** The rule names as written, each with its place in the comment. */
    readonly names: ReadonlyArray<{ readonly name: string; readonly range: SourceRange }>;
    readonly comment: SourceRange;
    /** The week, day, session or item it applies to; null when none follows it. */
    readonly scope: SourceRange | null;
}

function isScope(node: AstNode): boolean {
    return isWeek(node) || isWeekBlock(node) || isDay(node) || isSessionUse(node) || isSessionDef(node) || isGroup(node) || isStep(node);
}

/** The outermost week, day, session or item that starts with this token. */
function scopeStartingAt(leaf: LeafCstNode): AstNode | null {
    let scope: AstNode | null = null;
    for (let node: AstNode | undefined = leaf.astNode; node?.$cstNode?.offset === leaf.offset; node = node.$container) {
        if (isScope(node)) scope = node;
    }
    return scope;
}

function namesIn(comment: LeafCstNode): IgnoreDirective['names'] {
    const text = comment.text.split(REASON_SEPARATOR)[0];
    const start = text.indexOf(IGNORE_KEYWORD) + IGNORE_KEYWORD.length;
    const { line, character } = comment.range.start;
    return [...text.slice(start).matchAll(/[^\s,]+/g)].map(match => {
        const offset = character + start + match.index;
        return { name: match[0], range: { start: { line, character: offset }, end: { line, character: offset + match[0].length } } };
    });
}

/** The directives of each parse (a new parse makes a new root), read once for the two checks that use them. */
const directivesByFile = new WeakMap<PlanFile, readonly IgnoreDirective[]>();

/** Every `// stride-ignore` comment in the file, with what it applies to. */
export function ignoreDirectives(file: PlanFile): readonly IgnoreDirective[] {
    const known = directivesByFile.get(file);
    if (known) {
        return known;
    }
    const directives = file.$cstNode ? readDirectives(file.$cstNode.root) : [];
    directivesByFile.set(file, directives);
    return directives;
}

/**
 * The directives, found where the text names the keyword rather than by walking every node of
 * the syntax tree, which would cost each keystroke as much as linking does.
 */
function readDirectives(root: RootCstNode): IgnoreDirective[] {
    const comments = new Set<LeafCstNode>();
    for (let at = root.fullText.indexOf(IGNORE_KEYWORD); at >= 0; at = root.fullText.indexOf(IGNORE_KEYWORD, at + 1)) {
        const leaf = CstUtils.findLeafNodeAtOffset(root, at);
        if (leaf?.hidden && isIgnoreComment(leaf.text)) comments.add(leaf);
    }
    return [...comments].map(comment => {
        const next = nextTokenAfter(comment);
        const scope = next ? scopeStartingAt(next) : null;
        return { names: namesIn(comment), comment: comment.range, scope: scope ? rangeOf(scope) : null };
    });
}

/** The first token after a node: a leaf of the syntax tree that is not a comment. */
function nextTokenAfter(node: CstNode): LeafCstNode | undefined {
    for (let next = CstUtils.getNextNode(node, false); next; next = CstUtils.getNextNode(next, false)) {
        const token = firstToken(next);
        if (token) return token;
    }
    return undefined;
}

function firstToken(node: CstNode): LeafCstNode | undefined {
    if (isLeafCstNode(node)) return node.hidden ? undefined : node;
    for (const child of (node as CompositeCstNode).content) {
        const token = firstToken(child);
        if (token) return token;
    }
    return undefined;
}

/** Whether a directive switches the finding's rule off where the finding is. */
export function isIgnored(finding: Finding, directives: readonly IgnoreDirective[]): boolean {
    return directives.some(directive => directive.scope !== null
        && directive.names.some(({ name }) => name === finding.rule)
        && rangeContains(directive.scope, finding.range));
}
