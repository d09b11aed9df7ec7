/**
 * The PlanSpec of each parse of a document, read incrementally: the WeekSpecs of a week
 * declaration the parse kept (parsing/block-parser.ts: the same node, its text unchanged) are
 * handed out again (the very objects), so that the Plan reuses what it built from them
 * (WeekCache); if the edit moved the declaration, the source map moves their ranges. What a week
 * reads also depends on the header, the drills and the named sessions: when any of those is
 * not the node it was, every week is read again. Meant for linked parses only: before linking,
 * a named session reads as nothing.
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
    private context: readonly AstNode[] = [];
    /** The specs of each week declaration of the last read. */
    private byDeclaration = new Map<AstNode, readonly WeekSpec[]>();

    read(file: PlanFile): PlanSpec {
        const context: AstNode[] = [...(file.header ? [file.header] : []), ...file.drills, ...file.templates];
        const declarations: Array<Week | WeekBlock> = [...file.weeks, ...file.blocks];
        this.sourceMap.refresh([...context, ...declarations]);
        const sameContext = context.length === this.context.length && context.every((node, index) => node === this.context[index]);
        const previous = sameContext ? this.byDeclaration : new Map<AstNode, readonly WeekSpec[]>();
        const current = new Map<AstNode, readonly WeekSpec[]>();
        const weeks = declarations.flatMap(declaration => {
            let specs = previous.get(declaration);
            if (!specs) {
                this.sourceMap.startReading(declaration);
                specs = declaration.$type === 'Week'
                    ? weekSpecsOf(declaration as Week, this.locate)
                    : blockWeekSpecs(declaration as WeekBlock, this.locate);
            }
            current.set(declaration, specs);
            return specs;
        });
        this.context = context;
        this.byDeclaration = current;
        this.sourceMap.startReading(undefined);
        return { ...headerSpec(file, this.locate), weeks };
    }
}

/** The PlanSpec of a parse read on its own, with nothing kept. */
export function planSpecOf(file: PlanFile): PlanSpec {
    return new PlanSpecReader().read(file);
}
