/**
 * The acute:chronic workload ratio on daily session load, as exponentially weighted moving
 * averages (Williams et al. 2017): acute over 7 days, chronic over 28, lambda = 2 / (N + 1).
 * A note above 1.3, a warning above 1.5 (Gabbett 2016); silent until 28 days of history.
 */
import { formatLoad, formatRatio, formatRatioLimit } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import { planCalendar, type CalendarDay } from '../plan/calendar.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export type AcwrForm = RuleThresholds['acwr']['form'];

export interface DailyAcwr {
    readonly day: CalendarDay;
    /** EWMA of daily load, AU a day. */
    readonly acute: number;
    /** EWMA of daily load over the chronic window; in the uncoupled form, as it stood before the acute window. */
    readonly chronic: number;
    readonly ratio: number;
}

/** Weight of today's load in an EWMA over N days. */
export function ewmaLambda(days: number): number {
    return 2 / (days + 1);
}

/**
 * The ratio of each day from the 28th on. Both averages start at week 1's mean daily load:
 * the plan is taken to begin where the athlete already is, so week 1 is not a spike from zero.
 */
export function dailyAcwr(plan: Plan, form: AcwrForm): DailyAcwr[] {
    const calendar = planCalendar(plan);
    if (calendar.length < CHRONIC_DAYS) {
        return [];
    }
    const acuteLambda = ewmaLambda(ACUTE_DAYS);
    const chronicLambda = ewmaLambda(CHRONIC_DAYS);
    const start = calendar.slice(0, 7).reduce((sum, day) => sum + day.load, 0) / 7;
    let acute = start;
    let chronic = start;
    const chronicByDay: number[] = [];
    const ratios: DailyAcwr[] = [];
    for (const day of calendar) {
        acute = acuteLambda * day.load + (1 - acuteLambda) * acute;
        chronic = chronicLambda * day.load + (1 - chronicLambda) * chronic;
        chronicByDay.push(chronic);
        const base = form === 'coupled' ? chronic : chronicByDay[day.index - ACUTE_DAYS];
        if (day.index >= CHRONIC_DAYS - 1 && base > 0) {
            ratios.push({ day, acute, chronic: base, ratio: acute / base });
        }
    }
    return ratios;
}

/** Each week's highest daily ratio, by week number. */
export function weeklyPeakAcwr(plan: Plan, form: AcwrForm): Map<number, DailyAcwr> {
    const peaks = new Map<number, DailyAcwr>();
    for (const daily of dailyAcwr(plan, form)) {
        const peak = peaks.get(daily.day.week);
        if (!peak || daily.ratio > peak.ratio) {
            peaks.set(daily.day.week, daily);
        }
    }
    return peaks;
}

export function checkAcwr(plan: Plan, limits: RuleThresholds['acwr']): Finding[] {
    const peaks = weeklyPeakAcwr(plan, limits.form);
    return plan.weeks.flatMap((week): Finding[] => {
        const peak = peaks.get(week.number);
        if (!peak) {
            return [];
        }
        const severity = peak.ratio > limits.warning ? 'warning' : peak.ratio > limits.note ? 'note' : null;
        if (severity === null) {
            return [];
        }
        const limit = severity === 'warning' ? limits.warning : limits.note;
        const when = peak.day.date === null ? peak.day.weekday : `${peak.day.weekday} ${peak.day.date}`;
        const form = limits.form === 'uncoupled' ? ' (uncoupled)' : '';
        return [{
            rule: 'acwr',
            severity,
            message: `week ${week.number}: ACWR${form} ${formatRatio(peak.ratio)} on ${when} `
                + `(acute ${formatLoad(peak.acute)} a day, chronic ${formatLoad(peak.chronic)} a day); limit ${formatRatioLimit(limit)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { ratio: peak.ratio, acute: peak.acute, chronic: peak.chronic, limit },
        }];
    });
}
