/** Metres sprinted at 90% of max speed or more in one session: a warning above 600 m. */
import { MAX_VELOCITY_FRACTION } from '../plan/effort.js';
import { dayName, formatDistance, formatShare } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import type { Finding } from './finding.js';
import { sessionLabel, sessionsWhere } from './rule-format.js';
import type { RuleThresholds } from './thresholds.js';

export function checkSprintMetres(plan: Plan, limits: RuleThresholds['sprint-metres']): Finding[] {
    return sessionsWhere(plan, session => session.sprintMetres > limits.warning).map(({ week, day, session }): Finding => ({
        rule: 'sprint-metres',
        severity: 'warning',
        message: `${sessionLabel(week.number, dayName(day), session)}: ${formatDistance(session.sprintMetres)} sprinted at ${formatShare(MAX_VELOCITY_FRACTION)} or more; `
            + `limit ${formatDistance(limits.warning)}`,
        range: session.source,
        week: week.number,
        sessionKey: session.key,
        figures: { sprintMetres: session.sprintMetres, limit: limits.warning },
    }));
}
