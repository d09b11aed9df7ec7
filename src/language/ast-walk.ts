/**
 * Syntax-tree walks for the passes that run on every keystroke. Langium's streamAst and
 * streamReferences make an iterator, its state and a result object for each node, which is a
 * good part of what linking and validation cost; these visit the same nodes in the same order
 * (document order, the root first) with plain loops.
 */
import { isAstNode, isReference, type AstNode, type ReferenceInfo } from 'langium';

type Properties = Record<string, unknown>;

/** Visits every node of the tree in document order; `visit` says whether to go on into the node's children. */
export function visitTree(node: AstNode, visit: (node: AstNode) => boolean): void {
    if (!visit(node)) return;
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Properties)[property];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) visitTree(element, visit);
            }
        } else if (isAstNode(value)) {
            visitTree(value, visit);
        }
    }
}

/** Every node of the tree in document order. */
export function treeNodes(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    visitTree(root, node => {
        nodes.push(node);
        return true;
    });
    return nodes;
}

/** Calls `use` with each cross-reference a node holds, as Langium's linker describes one. */
export function forEachReference(node: AstNode, use: (reference: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Properties)[property];
        if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element)) use({ reference: element, container: node, property, index });
            });
        } else if (isReference(value)) {
            use({ reference: value, container: node, property });
        }
    }
}
