import type { AstNode, CstNode } from 'langium';
import { isCompositeCstNode } from 'langium';

/**
 * The visible parts of a node in source order: its own tokens, and the whole text of each child
 * node as one part. Comments are left out. Datatype rules (`DrillName`, `Unit`) wrap their
 * tokens in nodes of their own that still belong to this node: their tokens are its own.
 */
export function partsOf(node: AstNode): CstNode[] {
    const parts: CstNode[] = [];
    const collect = (cst: CstNode) => {
        if (cst.hidden) {
            return;
        }
        if (cst.astNode !== node || !isCompositeCstNode(cst)) {
            parts.push(cst);
        } else {
            cst.content.forEach(collect);
        }
    };
    if (node.$cstNode) {
        collect(node.$cstNode);
    }
    return parts;
}
