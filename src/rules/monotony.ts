/**
 * Training monotony (Foster 1998): a week's mean daily load over the standard deviation of
 * its seven daily loads, rest days at zero; a warning above 2.0. Strain, the week's load
 * times its monotony, is shown with it and not judged.
 */
import { formatLoad, formatRatio, formatRatioLimit } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import { weekDays } from '../plan/calendar.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

/** Monotony when every day carries the same load and the deviation is zero. */
export const MONOTONY_CAP = 10;

export interface WeekMonotony {
    /** Mean daily load, AU. */
    readonly mean: number;
    /** Standard deviation of the seven daily loads (of the week itself, dividing by 7), AU. */
    readonly deviation: number;
    readonly monotony: number;
    /** The week's load times its monotony. */
    readonly strain: number;
}

/** Monotony and strain of each week with any load, by week number. */
export function weeklyMonotony(plan: Plan): Map<number, WeekMonotony> {
    const byWeek = new Map<number, WeekMonotony>();
    for (const week of plan.weeks) {
        const loads = weekDays(plan, week.number).map(day => day.load);
        const total = loads.reduce((sum, load) => sum + load, 0);
        if (total <= 0) continue;
        const mean = total / 7;
        const deviation = Math.sqrt(loads.reduce((sum, load) => sum + (load - mean) ** 2, 0) / 7);
        const monotony = deviation === 0 ? MONOTONY_CAP : Math.min(MONOTONY_CAP, mean / deviation);
        byWeek.set(week.number, { mean, deviation, monotony, strain: total * monotony });
    }
    return byWeek;
}

export function checkMonotony(plan: Plan, limits: RuleThresholds['monotony']): Finding[] {
    const byWeek = weeklyMonotony(plan);
    return plan.weeks.flatMap((week): Finding[] => {
        const figures = byWeek.get(week.number);
        if (!figures || figures.monotony <= limits.warning) {
            return [];
        }
        return [{
            rule: 'monotony',
            severity: 'warning',
            message: `week ${week.number}: monotony ${formatRatio(figures.monotony)} (mean ${formatLoad(figures.mean)} a day, `
                + `SD ${formatLoad(figures.deviation)}); limit ${formatRatioLimit(limits.warning)}; strain ${formatLoad(figures.strain)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { ...figures, limit: limits.warning },
        }];
    });
}
