/** How a message quotes what the plan wrote, and where it points back to. */
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { rangeOf } from '../source-map.js';

/** A value as the plan writes it, shortened when it runs to hundreds of digits. */
export function writtenText(node: AstNode, property: string): string {
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? String((node as unknown as Record<string, unknown>)[property]);
    return text.length > 20 ? `${text.slice(0, 12)}... (${text.length} digits)` : text;
}

/** The one-based line a node starts on, as messages say `first on line 12`. */
export function lineOf(node: AstNode): number {
    return rangeOf(node).start.line + 1;
}
