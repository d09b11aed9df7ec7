import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { childNodes } from '../ast-walk.js';
import { declarationsOf } from '../declarations.js';
import { isDay, isGroup, isPlanHeader, isSessionDef, isSessionUse, isWeek } from '../generated/ast.js';

/**
 * Folds what a reader skims past: the plan header, weeks, sessions (named or on a day) and the
 * blocks inside them; a block that opens on its session's line folds with the session; and block
 * comments.
 *
 * The editor asks for folds after every keystroke. Langium's provider walks every node and every
 * token for them; here the walk stops at what cannot hold a fold (a step, a setting, a drill), a
 * top-level declaration's folds are kept while the parse keeps it (and moved with it), and block
 * comments are found by their `/*` in the text, each checked to be a comment token.
 */
export class StrideFoldingRangeProvider extends DefaultFoldingRangeProvider {
    private readonly declarationFolds = new WeakMap<AstNode, { readonly line: number; readonly folds: readonly FoldingRange[] }>();

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        for (const declaration of declarationsOf(document.parseResult.value)) {
            const line = declaration.$cstNode?.range.start.line ?? 0;
            const known = this.declarationFolds.get(declaration);
            const folds = !known ? this.foldsIn(document, declaration)
                : known.line === line ? known.folds
                    : known.folds.map(fold => ({ ...fold, startLine: fold.startLine + line - known.line, endLine: fold.endLine + line - known.line }));
            this.declarationFolds.set(declaration, { line, folds });
            folds.forEach(acceptor);
        }
        this.collectBlockComments(document, acceptor);
    }

    private foldsIn(document: LangiumDocument, declaration: AstNode): FoldingRange[] {
        const folds: FoldingRange[] = [];
        const visit = (node: AstNode) => {
            if (this.shouldProcess(node)) {
                this.collectObjectFolding(document, node, fold => folds.push(fold));
            }
            if (mayHoldFolds(node)) {
                childNodes(node).forEach(visit);
            }
        };
        visit(declaration);
        return folds;
    }

    protected override shouldProcess(node: AstNode): boolean {
        if (isGroup(node)) {
            return startLine(node) !== startLine(node.$container);
        }
        return isPlanHeader(node) || isWeek(node) || isSessionDef(node) || isSessionUse(node);
    }

    private collectBlockComments(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult.value.$cstNode;
        const text = document.textDocument.getText();
        if (!root) return;
        for (let at = text.indexOf('/*'); at !== -1; at = text.indexOf('/*', at + 2)) {
            const leaf = CstUtils.findLeafNodeAtOffset(root, at);
            const comment = leaf && isLeafCstNode(leaf) && leaf.offset === at && this.commentNames.includes(leaf.tokenType.name) ? leaf : undefined;
            if (!comment) continue;
            const folding = this.toFoldingRange(document, comment, FoldingRangeKind.Comment);
            if (folding) acceptor(folding);
            at = comment.end - 2;
        }
    }
}

/** Whether a node's children may fold: weeks, days, sessions and blocks. */
function mayHoldFolds(node: AstNode): boolean {
    return isWeek(node) || isDay(node) || isSessionDef(node) || isSessionUse(node) || isGroup(node);
}

function startLine(node: AstNode): number | undefined {
    return node.$cstNode?.range.start.line;
}
