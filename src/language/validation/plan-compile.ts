import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { MAX_SESSIONS } from '../../plan/model.js';
import type { PlanFile } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';

/** What compiling the Plan had to leave out or assume: said on the plan, so that nothing is dropped or guessed silently. */
export class PlanCompileValidator {
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** A plan holds at most MAX_SESSIONS sessions; the week that would pass that, and those after it, are left out of the Plan. */
    checkPlanSize(file: PlanFile, accept: ValidationAcceptor): void {
        const { leftOut } = this.plans.planOf(AstUtils.getDocument(file));
        if (!leftOut) return;
        accept('error', `week ${leftOut.week} would make the plan hold more than ${MAX_SESSIONS.toLocaleString('en-US')} sessions, the most a plan can: `
            + `it and the weeks after it are left out`, { node: file, range: leftOut.source, code: IssueCodes.TooManySessions });
    }

    /** Defaults the estimates had to assume are said on the plan header, so nothing is guessed silently. */
    reportAssumptions(file: PlanFile, accept: ValidationAcceptor): void {
        if (!file.header) return;
        for (const assumption of this.plans.planOf(AstUtils.getDocument(file)).assumptions) {
            accept('info', assumption.message, { node: file.header, keyword: 'plan', code: IssueCodes.AssumedDefault });
        }
    }
}
