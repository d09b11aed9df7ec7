/**
 * Too many days in a row without a rest day: a note when a run of training days passes six.
 * A day with nothing but mobility work counts as rest.
 */
import type { Plan } from '../plan/model.js';
import { planCalendar, type CalendarDay } from '../plan/calendar.js';
import { dayName } from '../plan/format.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

function isTrainingDay(day: CalendarDay): boolean {
    return day.sessions.some(session => session.kind !== 'mobility');
}

export function checkDaysWithoutRest(plan: Plan, limits: RuleThresholds['days-without-rest']): Finding[] {
    const calendar = planCalendar(plan);
    // The longest run of training days that ends in each week, as [first day, last day].
    const longestByWeek = new Map<number, readonly [CalendarDay, CalendarDay]>();
    let runStart = 0;
    for (const day of calendar) {
        if (!isTrainingDay(day)) {
            runStart = day.index + 1;
            continue;
        }
        const longest = longestByWeek.get(day.week);
        if (!longest || day.index - runStart > longest[1].index - longest[0].index) {
            longestByWeek.set(day.week, [calendar[runStart], day]);
        }
    }
    return plan.weeks.flatMap((week): Finding[] => {
        const longest = longestByWeek.get(week.number);
        const days = longest ? longest[1].index - longest[0].index + 1 : 0;
        if (!longest || days <= limits.max) {
            return [];
        }
        return [{
            rule: 'days-without-rest',
            severity: 'note',
            message: `week ${week.number}: ${days} days without a rest day (${dayName(longest[0], week.number)} to ${dayName(longest[1], week.number)}); limit ${limits.max}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { days, limit: limits.max },
        }];
    });
}
