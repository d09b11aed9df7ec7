/**
 * Training monotony (Foster 1998): a week's mean daily load over the standard deviation of
 * its seven daily loads, rest days at zero. Foster's concern was monotony with a high load:
 * his athletes fell ill after peaks of strain (the week's load times its monotony) above
 * thresholds of their own. So a monotonous week is a note, and a warning when its strain also
 * rises above the plan's own weeks before it: more than 20% over their mean.
 */
import { formatChange, formatLoad, formatRatio, formatRatioLimit, placesApart } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import { weekDays } from '../plan/calendar.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

/** Monotony when every day carries the same load and the deviation is zero. */
export const MONOTONY_CAP = 10;

/** The weeks before a week whose strain is its athlete's usual: four, as the ACWR's chronic window. */
export const STRAIN_WEEKS_BEFORE = 4;

export interface WeekMonotony {
    /** Mean daily load, AU. */
    readonly mean: number;
    /** Standard deviation of the seven daily loads (of the week itself, dividing by 7), AU. */
    readonly deviation: number;
    readonly monotony: number;
    /** The week's load times its monotony. */
    readonly strain: number;
    /** The mean strain of the (up to four) weeks numbered before it that have any load; null when there are none. */
    readonly strainBefore: number | null;
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
        const before = Array.from({ length: STRAIN_WEEKS_BEFORE }, (_, back) => byWeek.get(week.number - 1 - back)?.strain)
            .filter((strain): strain is number => strain !== undefined);
        const strainBefore = before.length > 0 ? before.reduce((sum, strain) => sum + strain, 0) / before.length : null;
        byWeek.set(week.number, { mean, deviation, monotony, strain: total * monotony, strainBefore });
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
        const { mean, deviation, monotony, strain, strainBefore } = figures;
        const rise = strainBefore === null ? null : strain / strainBefore - 1;
        const high = rise !== null && rise > limits.strainRise / 100;
        const monotonous = `week ${week.number}: monotony ${formatRatio(monotony, placesApart(monotony, limits.warning, 2))} `
            + `(mean ${formatLoad(mean)} a day, SD ${formatLoad(deviation)})`;
        const riseLimit = formatChange(limits.strainRise / 100);
        const onBefore = (places: number) => `${formatChange(rise!, places)} on the mean of the weeks before (${formatLoad(strainBefore!)})`;
        const message = rise === null
            ? `${monotonous}; limit ${formatRatioLimit(limits.warning)}; strain ${formatLoad(strain)}, no week before it to compare`
            : high
                ? `${monotonous} and strain ${formatLoad(strain)}, ${onBefore(placesApart(rise * 100, limits.strainRise, 0))}; limits ${formatRatioLimit(limits.warning)} and ${riseLimit}`
                : `${monotonous}; limit ${formatRatioLimit(limits.warning)}; strain ${formatLoad(strain)}, ${onBefore(0)}, within ${riseLimit}`;
        return [{
            rule: 'monotony',
            severity: high ? 'warning' : 'note',
            message,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { mean, deviation, monotony, strain, strainBefore: strainBefore ?? 0, limit: limits.warning, strainRise: limits.strainRise },
        }];
    });
}
