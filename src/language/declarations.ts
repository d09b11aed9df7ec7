/**
 * A plan's top-level declarations (its header, drills, named sessions, weeks and blocks of
 * weeks) and the names each one declares. Every name of a plan is visible in the whole plan
 * and nowhere else (StrideScopeComputation), so what a reference resolves to, and what a check
 * that reads through references finds, changes only when a declaration of its name came or went.
 * Between two parses that kept some declarations (parsing/block-parser.ts), those names are
 * what linking and validation look at to reuse what they did before.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { childNodes } from './ast-walk.js';

/** The names each top-level declaration of a document declares, from its local symbols. */
export type DeclaredNames = ReadonlyMap<AstNode, readonly string[]>;

/** The top-level declarations of a parse, in the order Langium's walks visit them. */
export function declarationsOf(root: AstNode): AstNode[] {
    return childNodes(root);
}

/** The top-level declaration a node is in, or undefined for the root itself. */
export function declarationOf(node: AstNode): AstNode | undefined {
    let current = node;
    while (current.$container?.$container) {
        current = current.$container;
    }
    return current.$container ? current : undefined;
}

/** The names declared by each declaration of the document's current parse (none for those that declare none). */
export function declaredNames(document: LangiumDocument): DeclaredNames {
    const root = document.parseResult.value;
    const names = new Map<AstNode, string[]>();
    for (const description of document.localSymbols?.getStream(root) ?? []) {
        const declaration = description.node && declarationOf(description.node);
        if (!declaration) continue;
        const known = names.get(declaration);
        if (known) {
            known.push(description.name);
        } else {
            names.set(declaration, [description.name]);
        }
    }
    return names;
}

/**
 * The names declared by the declarations of one parse and not the other: those that went
 * (their names as they were) and those that came. A declaration kept from one parse to the
 * next is the same node with the same text, so it declares the same names in both.
 */
export function changedNames(before: ReadonlySet<AstNode>, namesBefore: DeclaredNames, now: readonly AstNode[], namesNow: DeclaredNames): Set<string> {
    const changed = new Set<string>();
    const present = new Set(now);
    for (const declaration of before) {
        if (!present.has(declaration)) namesBefore.get(declaration)?.forEach(name => changed.add(name));
    }
    for (const declaration of now) {
        if (!before.has(declaration)) namesNow.get(declaration)?.forEach(name => changed.add(name));
    }
    return changed;
}
