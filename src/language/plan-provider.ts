import { DocumentState, type LangiumDocument } from 'langium';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../plan/model.js';
import type { PlanFile } from './generated/ast.js';
import { planSpecOf } from './plan-spec.js';

/**
 * The Plan of a document, compiled once per parse: every reader (validation, hover, inlay
 * hints, the preview request) shares it. A new parse makes a new root node, so a stale Plan
 * is never returned; nor is one compiled before its references were linked.
 */
export class PlanProvider {
    private readonly plans = new WeakMap<PlanFile, Plan>();

    planOf(document: LangiumDocument): Plan {
        const root = document.parseResult.value as PlanFile;
        const cached = this.plans.get(root);
        if (cached) {
            return cached;
        }
        const plan = buildPlan(planSpecOf(root));
        if (document.state >= DocumentState.Linked) {
            this.plans.set(root, plan);
        }
        return plan;
    }
}
