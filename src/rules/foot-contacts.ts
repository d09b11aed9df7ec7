/** Plyometric foot contacts in one session above the athlete level's limit (Chu, by NSCA guidance). */
import type { Plan } from '../plan/model.js';
import type { Finding } from './finding.js';
import { dayName } from '../plan/format.js';
import { sessionLabel, sessionsWhere } from './rule-format.js';
import type { RuleThresholds } from './thresholds.js';

/** The level whose limit applies when the plan header names none. */
export const DEFAULT_LEVEL = 'intermediate';

export function checkFootContacts(plan: Plan, limits: RuleThresholds['foot-contacts']): Finding[] {
    const level = plan.athlete ?? DEFAULT_LEVEL;
    const limit = limits[level];
    const whose = plan.athlete === null ? `${level}, as the plan gives no athlete level` : level;
    return sessionsWhere(plan, session => session.contacts > limit).map(({ week, day, session }): Finding => ({
        rule: 'foot-contacts',
        severity: 'warning',
        message: `${sessionLabel(week.number, dayName(day), session)}: ${Math.round(session.contacts)} foot contacts; limit ${limit} (${whose})`,
        range: session.source,
        week: week.number,
        sessionKey: session.key,
        figures: { contacts: session.contacts, limit },
    }));
}
