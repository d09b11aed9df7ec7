import type { Assumption, PlanDay, PlanWeek, WeekSpec } from './model.js';

/** A week's days as built, and what they were built from. */
export interface BuiltWeek {
    /** The spec of the week and of each week it derives from (derive.ts, derivationChain). */
    readonly chain: readonly WeekSpec[];
    readonly startDate: string | null;
    /** The header figures the estimates read, as one string. */
    readonly header: string;
    readonly days: readonly PlanDay[];
    /** The days' totals; how they compare with the week before is not the week's alone. */
    readonly totals: Omit<PlanWeek['totals'], 'distanceChange'>;
    /** The defaults the estimates of these days assumed. */
    readonly assumptions: readonly Assumption[];
}

/**
 * The days of each week as last built, so that the Plan compiled after an edit rebuilds only
 * the weeks the edit touched. A week is reused when its spec and the specs it derives from are
 * the very objects it was built from (the language hands out the same WeekSpec for a week whose
 * text did not change), on the same start date and with the same header figures. Specs are
 * immutable, and an entry goes when its spec does.
 */
export class WeekCache {
    private readonly weeks = new WeakMap<WeekSpec, BuiltWeek>();

    reusable(chain: readonly WeekSpec[], startDate: string | null, header: string): BuiltWeek | undefined {
        const built = chain.length > 0 ? this.weeks.get(chain[0]) : undefined;
        return built && built.startDate === startDate && built.header === header
            && built.chain.length === chain.length && built.chain.every((spec, index) => spec === chain[index])
            ? built : undefined;
    }

    remember(built: BuiltWeek): BuiltWeek {
        if (built.chain.length > 0) {
            this.weeks.set(built.chain[0], built);
        }
        return built;
    }
}
