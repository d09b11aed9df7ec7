import { DocumentState, type LangiumDocument } from 'langium';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../plan/model.js';
import { WeekCache } from '../plan/week-cache.js';
import type { PlanFile } from './generated/ast.js';
import { PlanSpecReader } from './plan-spec-reader.js';
import { PlanSource } from './source-map.js';

/**
 * The Plan of a document, compiled once per parse, with its way back to the text: every
 * reader (validation, hover, inlay hints, quick fixes, the preview request) shares it. A new
 * parse makes a new root node, so a stale Plan is never returned. A Plan compiled before
 * linking is neither kept nor reused from.
 *
 * Each compile of a linked parse reuses what the document's previous one read and built for
 * the weeks whose text and place did not change (PlanSpecReader, WeekCache): a keystroke
 * rebuilds the week it is in and those derived from it.
 */
export class PlanProvider {
    private readonly sources = new WeakMap<PlanFile, PlanSource>();
    private readonly readers = new WeakMap<LangiumDocument, PlanSpecReader>();
    private readonly weeks = new WeekCache();

    planOf(document: LangiumDocument): Plan {
        return this.sourceOf(document).plan;
    }

    /** The Plan of a document, with the AST node each of its weeks, days, sessions and items was read from. */
    sourceOf(document: LangiumDocument): PlanSource {
        const root = document.parseResult.value as PlanFile;
        if (document.state < DocumentState.Linked) {
            const reader = new PlanSpecReader();
            const spec = reader.read(root);
            return new PlanSource(spec, buildPlan(spec), reader.sourceMap);
        }
        let source = this.sources.get(root);
        if (!source) {
            const reader = this.readerOf(document);
            const spec = reader.read(root);
            source = new PlanSource(spec, buildPlan(spec, this.weeks), reader.sourceMap);
            this.sources.set(root, source);
        }
        return source;
    }

    private readerOf(document: LangiumDocument): PlanSpecReader {
        let reader = this.readers.get(document);
        if (!reader) {
            reader = new PlanSpecReader();
            this.readers.set(document, reader);
        }
        return reader;
    }
}
