import type { AstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { isGroup, isPlanHeader, isSessionDef, isSessionUse, isWeek } from '../generated/ast.js';

/**
 * Folds what a reader skims past: the plan header, weeks, sessions (named or on a day) and the
 * blocks inside them; a block that opens on its session's line folds with the session.
 */
export class StrideFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        if (isGroup(node)) {
            return startLine(node) !== startLine(node.$container);
        }
        return isPlanHeader(node) || isWeek(node) || isSessionDef(node) || isSessionUse(node);
    }
}

function startLine(node: AstNode): number | undefined {
    return node.$cstNode?.range.start.line;
}
