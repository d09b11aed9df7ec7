/**
 * The PlanSpec of each parse of a document, read incrementally: the WeekSpecs of a week
 * declaration whose text and place did not change are handed out again (the very objects),
 * so that the Plan reuses what it built from them (WeekCache). What a week reads also depends
 * on the header, the drills and the named sessions, and on where they are (ranges point into
 * them): when any of that changes, every week is read again. Meant for linked parses only:
 * before linking, a named session reads as nothing.
 *
 * The reader owns the document's source map: each read refreshes it for this parse.
 */
import type { AstNode } from 'langium';
import type { PlanSpec, WeekSpec } from '../plan/model.js';
import type { PlanFile, Week, WeekBlock } from './generated/ast.js';
import { blockWeekSpecs, headerSpec, weekSpecsOf, type Locate } from './plan-spec.js';
import { PlanSourceMap } from './source-map.js';

export class PlanSpecReader {
    readonly sourceMap = new PlanSourceMap();
    private readonly locate: Locate = (node, range) => this.sourceMap.locate(node, range);
    private context = '';
    /** The specs of each week declaration of the last read, by its placed text. */
    private byDeclaration = new Map<string, readonly WeekSpec[]>();

    read(file: PlanFile): PlanSpec {
        const contextNodes: AstNode[] = [...(file.header ? [file.header] : []), ...file.drills, ...file.templates];
        const weekNodes: Array<Week | WeekBlock> = [...file.weeks, ...file.blocks];
        const contextKeys = contextNodes.map(placedText);
        const weekKeys = weekNodes.map(placedText);
        this.sourceMap.refresh([
            ...contextNodes.map((node, index) => [node, contextKeys[index]] as const),
            ...weekNodes.map((node, index) => [node, weekKeys[index]] as const),
        ]);
        const context = contextKeys.join('\n');
        const previous = context === this.context ? this.byDeclaration : new Map<string, readonly WeekSpec[]>();
        const current = new Map<string, readonly WeekSpec[]>();
        const weeks = weekNodes.flatMap((declaration, index) => {
            const key = weekKeys[index];
            const specs = previous.get(key) ?? (declaration.$type === 'Week'
                ? weekSpecsOf(declaration as Week, this.locate)
                : blockWeekSpecs(declaration as WeekBlock, this.locate));
            current.set(key, specs);
            return specs;
        });
        this.context = context;
        this.byDeclaration = current;
        return { ...headerSpec(file, this.locate), weeks };
    }
}

/** The PlanSpec of a parse read on its own, with nothing kept. */
export function planSpecOf(file: PlanFile): PlanSpec {
    return new PlanSpecReader().read(file);
}

/** A node's text and where it starts: two declarations never share both. */
function placedText(node: AstNode): string {
    const cst = node.$cstNode;
    return cst ? `${cst.range.start.line}:${cst.range.start.character} ${cst.text}` : '';
}
