import { DocumentState, type LangiumDocument } from 'langium';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../plan/model.js';
import { WeekCache } from '../plan/week-cache.js';
import type { PlanFile } from './generated/ast.js';
import { WeekSpecReader, planSpecOf } from './plan-spec.js';

/**
 * The Plan of a document, compiled once per parse: every reader (validation, hover, inlay
 * hints, the preview request) shares it. A new parse makes a new root node, so a stale Plan
 * is never returned. A Plan compiled before linking is neither kept nor reused from.
 *
 * Each compile of a linked parse reuses what the document's previous one read and built for
 * the weeks whose text and place did not change (WeekSpecReader, WeekCache): a keystroke
 * rebuilds the week it is in and those derived from it.
 */
export class PlanProvider {
    private readonly plans = new WeakMap<PlanFile, Plan>();
    private readonly readers = new WeakMap<LangiumDocument, WeekSpecReader>();
    private readonly weeks = new WeekCache();

    planOf(document: LangiumDocument): Plan {
        const root = document.parseResult.value as PlanFile;
        const cached = this.plans.get(root);
        if (cached) {
            return cached;
        }
        if (document.state < DocumentState.Linked) {
            return buildPlan(planSpecOf(root));
        }
        const plan = buildPlan(planSpecOf(root, this.readerOf(document)), this.weeks);
        this.plans.set(root, plan);
        return plan;
    }

    private readerOf(document: LangiumDocument): WeekSpecReader {
        let reader = this.readers.get(document);
        if (!reader) {
            reader = new WeekSpecReader();
            this.readers.set(document, reader);
        }
        return reader;
    }
}
