/**
 * The acute:chronic workload ratio of daily session load as rolling averages (Hulin et al.
 * 2014; Gabbett 2016): acute the mean daily load of the last 7 days, chronic of the last 28
 * (coupled) or of the 21 before those 7 (uncoupled, Lolli et al. 2019). Each week is judged on
 * its last day, where the acute average is the week's own. A note above 1.3, a warning above
 * 1.5; silent until 28 days of history. docs/rules.md says why rolling averages, not EWMA.
 */
import { formatLoad, formatRatio, formatRatioLimit, placesApart } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import { planCalendar, type CalendarDay } from '../plan/calendar.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export type AcwrForm = RuleThresholds['acwr']['form'];

export interface DailyAcwr {
    readonly day: CalendarDay;
    /** Mean daily load of the 7 days to this one, AU a day. */
    readonly acute: number;
    /** Mean daily load of the 28 days to this one; in the uncoupled form, of the 21 days before the acute 7. */
    readonly chronic: number;
    readonly ratio: number;
}

/**
 * The ratio of each day from the 28th on. Days before the plan count at week 1's mean daily
 * load: the plan is taken to begin where the athlete already is, so week 1 is not a spike from zero.
 */
export function dailyAcwr(plan: Plan, form: AcwrForm): DailyAcwr[] {
    const calendar = planCalendar(plan);
    if (calendar.length < CHRONIC_DAYS) {
        return [];
    }
    const before = calendar.slice(0, 7).reduce((sum, day) => sum + day.load, 0) / 7;
    // Sums of the loads up to each day, so that every window is one subtraction.
    const sums = [0];
    calendar.forEach(day => sums.push(sums[sums.length - 1] + day.load));
    const mean = (first: number, last: number) => (first < 0 ? -first * before + sums[last + 1] : sums[last + 1] - sums[first]) / (last - first + 1);
    const ratios: DailyAcwr[] = [];
    for (const day of calendar.slice(CHRONIC_DAYS - 1)) {
        const acute = mean(day.index - ACUTE_DAYS + 1, day.index);
        const chronic = form === 'coupled' ? mean(day.index - CHRONIC_DAYS + 1, day.index) : mean(day.index - CHRONIC_DAYS + 1, day.index - ACUTE_DAYS);
        if (chronic > 0) {
            ratios.push({ day, acute, chronic, ratio: acute / chronic });
        }
    }
    return ratios;
}

/** Each week's ratio, on its last day, by week number. */
export function weeklyAcwr(plan: Plan, form: AcwrForm): Map<number, DailyAcwr> {
    const byWeek = new Map<number, DailyAcwr>();
    for (const daily of dailyAcwr(plan, form)) {
        if (daily.day.index % 7 === 6) {
            byWeek.set(daily.day.week, daily);
        }
    }
    return byWeek;
}

export function checkAcwr(plan: Plan, limits: RuleThresholds['acwr']): Finding[] {
    const byWeek = weeklyAcwr(plan, limits.form);
    return plan.weeks.flatMap((week): Finding[] => {
        const daily = byWeek.get(week.number);
        if (!daily) {
            return [];
        }
        const severity = daily.ratio > limits.warning ? 'warning' : daily.ratio > limits.note ? 'note' : null;
        if (severity === null) {
            return [];
        }
        const limit = severity === 'warning' ? limits.warning : limits.note;
        const [form, chronicDays] = limits.form === 'uncoupled' ? [' (uncoupled)', 'the three weeks before'] : ['', 'the four weeks to its end'];
        return [{
            rule: 'acwr',
            severity,
            message: `week ${week.number}: ACWR${form} ${formatRatio(daily.ratio, placesApart(daily.ratio, limit, 2))} `
                + `(${formatLoad(daily.acute)} a day this week, ${formatLoad(daily.chronic)} a day over ${chronicDays}); limit ${formatRatioLimit(limit)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { ratio: daily.ratio, acute: daily.acute, chronic: daily.chronic, limit },
        }];
    });
}
