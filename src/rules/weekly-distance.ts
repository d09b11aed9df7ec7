/** Weekly running distance up on the week before: a note above +10%, a warning above +30% (load-science.md). */
import { formatChange, formatDistance, placesApart } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export function checkWeeklyDistance(plan: Plan, limits: RuleThresholds['weekly-distance']): Finding[] {
    return plan.weeks.flatMap((week, index): Finding[] => {
        const change = week.totals.distanceChange;
        // Weeks are in order, so the week before, when the plan has it, is the one before in the list.
        const previous = plan.weeks[index - 1];
        if (change === null || previous?.number !== week.number - 1) {
            return [];
        }
        const severity = change > limits.warning / 100 ? 'warning' : change > limits.note / 100 ? 'note' : null;
        if (severity === null) {
            return [];
        }
        const limit = (severity === 'warning' ? limits.warning : limits.note) / 100;
        const { units } = plan;
        return [{
            rule: 'weekly-distance',
            severity,
            message: `week ${week.number}: ${formatDistance(week.totals.distanceM, units)}, ${formatChange(change, placesApart(change * 100, limit * 100, 0))} on week ${previous.number} `
                + `(${formatDistance(previous.totals.distanceM, units)}); limit ${formatChange(limit)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { distanceM: week.totals.distanceM, previousM: previous.totals.distanceM, change, limit },
        }];
    });
}
