/** More hard days in one week than three: a warning on the week. */
import type { Plan } from '../plan/model.js';
import { isHardDay, weekDays } from '../plan/calendar.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export function checkHardDaysPerWeek(plan: Plan, limits: RuleThresholds['hard-days-per-week']): Finding[] {
    return plan.weeks.flatMap((week): Finding[] => {
        const hardDays = weekDays(plan, week.number).filter(isHardDay);
        if (hardDays.length <= limits.max) {
            return [];
        }
        return [{
            rule: 'hard-days-per-week',
            severity: 'warning',
            message: `week ${week.number}: ${hardDays.length} hard days (${hardDays.map(day => day.weekday).join(', ')}); limit ${limits.max}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { days: hardDays.length, limit: limits.max },
        }];
    });
}
