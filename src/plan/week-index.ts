import type { Plan, PlanWeek } from './model.js';

const indexes = new WeakMap<Plan, ReadonlyMap<number, PlanWeek>>();

/** A Plan's week of a number, looked up in an index built once per Plan rather than searched for each week. */
export function planWeek(plan: Plan, number: number): PlanWeek | undefined {
    let index = indexes.get(plan);
    if (!index) {
        index = new Map(plan.weeks.map(week => [week.number, week]));
        indexes.set(plan, index);
    }
    return index.get(number);
}
