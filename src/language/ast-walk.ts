/**
 * Syntax-tree walks for the passes that run on every keystroke. Langium's streamAst and
 * streamReferences make an iterator, its state and a result object for each node, which is a
 * good part of what linking and validation cost; these visit the same nodes in the same order
 * (document order, the root first) with plain loops.
 */
import { isAstNode, isReference, type AstNode, type ReferenceInfo } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';

type Properties = Record<string, unknown>;

/** Visits every node of the tree in document order; `visit` says whether to go on into the node's children. */
export function visitTree(node: AstNode, visit: (node: AstNode) => boolean): void {
    if (!visit(node)) return;
    for (const child of childNodes(node)) {
        visitTree(child, visit);
    }
}

/** A node's child nodes, in document order. */
export function childNodes(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Properties)[property];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) children.push(element);
            }
        } else if (isAstNode(value)) {
            children.push(value);
        }
    }
    return children;
}

/**
 * Whether a node's text overlaps a range: what the editor's range requests (semantic tokens,
 * inlay hints) walk. Langium 4.4.0's streamAst with a range skips the property after a child
 * outside the range (streamContents advances its key twice; no upstream issue found in
 * eclipse-langium/langium's tracker, to be reported), so those walks use this instead.
 */
export function overlapsRange(node: AstNode, range: Range): boolean {
    const own = node.$cstNode?.range;
    return own !== undefined && isBefore(own.start, range.end) && isBefore(range.start, own.end);
}

/** Whether position `a` comes before `b`. */
export function isBefore(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
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
