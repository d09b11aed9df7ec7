import type { Plan, PlanWeek } from '../../plan/model.js';
import type { Week, WeekBlock } from '../generated/ast.js';
import { weekHeaderRange } from '../plan-spec.js';

/** The weeks of the Plan that a `week N` or a `weeks A-B` declaration makes: those whose source is its header. */
export function weeksDeclaredBy(declaration: Week | WeekBlock, plan: Plan): PlanWeek[] {
    const { start } = weekHeaderRange(declaration);
    return plan.weeks.filter(week => week.source.start.line === start.line && week.source.start.character === start.character);
}
