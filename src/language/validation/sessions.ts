import type { ValidationAcceptor } from 'langium';
import type { PlanItem, PlanWeek } from '../../plan/model.js';
import { AstUtils } from 'langium';
import { amountsOf, mainSteps, positiveWhole } from '../ast-values.js';
import { stepDrill } from '../drill-defs.js';
import { isGroup, type PlanFile, type SessionArguments, type SessionDef, type SessionUse } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';
import { checkAmountFits, stepDrillName } from './steps.js';
import { writtenText } from './written.js';

/**
 * That what a named session's use, or a derived week, changes is there to change: rounds for
 * circuits (groups written in rounds), numbers for a session's one main step.
 */
export class SessionChangesValidator {
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** `tue circuit 3 rounds` needs a circuit in the session; `tue strides 8 x 100m` a session with one main step, of a drill those numbers fit. */
    checkArguments(args: SessionArguments, accept: ValidationAcceptor): void {
        const template = (args.$container as SessionUse).template?.ref;
        if (!template) return;
        if (args.rounds !== undefined) {
            if (positiveWhole(args.rounds) === null) {
                accept('error', `rounds are a whole number from 1: not ${writtenText(args, 'rounds')}`, { node: args, property: 'rounds', code: IssueCodes.BadNumber });
            } else if (!hasCircuit(template)) {
                accept('error', `${template.name} has no circuit to give rounds to: a circuit is written in rounds, like 2 rounds { 10 pogo-jump }`, {
                    node: args, code: IssueCodes.NothingToChange,
                });
            }
            return;
        }
        const main = mainSteps(template.items);
        if (main.length !== 1) {
            accept('error', `${template.name} has ${main.length} main steps: numbers after its name change a session's one main step (its warm-up and cool-down aside)`, {
                node: args, code: IssueCodes.NothingToChange,
            });
            return;
        }
        const drill = stepDrill(main[0]);
        if (drill) {
            checkAmountFits(amountsOf(args.factors), args.factors, drill, stepDrillName(main[0], drill), accept, args);
        }
    }

    /**
     * `+1 round` is a whole number of rounds, and the weeks a derivation makes have a circuit to
     * add them to. A check of the whole plan: those weeks come through chains of other weeks,
     * which a check of one declaration may not read (checks.ts).
     */
    checkRoundChanges(file: PlanFile, accept: ValidationAcceptor): void {
        const source = this.plans.sourceOf(AstUtils.getDocument(file));
        for (const declaration of [...file.weeks, ...file.blocks]) {
            const change = declaration.roundChange;
            if (change?.value === undefined) {
                continue; // none, or the parser says what is missing
            }
            if (positiveWhole(change.value) === null) {
                accept('error', `rounds are a whole number from 1: not ${writtenText(change, 'value')}`, { node: change, property: 'value', code: IssueCodes.BadNumber });
                continue;
            }
            const weeks = source.weeksOf(declaration);
            if (weeks.length > 0 && !weeks.some(weekHasCircuit)) {
                accept('warning', 'no circuit in the week to change the rounds of: a circuit is written in rounds, like 2 rounds { 10 pogo-jump }', {
                    node: change, code: IssueCodes.NothingToChange,
                });
            }
        }
    }
}

function weekHasCircuit(week: PlanWeek): boolean {
    const hasCircuit = (items: readonly PlanItem[]): boolean => items.some(item => item.type === 'group' && (item.circuit || hasCircuit(item.items)));
    return week.days.some(day => day.sessions.some(session => hasCircuit(session.items)));
}

function hasCircuit(template: SessionDef): boolean {
    return AstUtils.streamAllContents(template).some(node => isGroup(node) && node.rounds);
}
