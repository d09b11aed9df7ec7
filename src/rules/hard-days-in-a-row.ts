/** Hard days back to back: a warning on the second (the hard/easy principle; 48 h between high-CNS days). */
import type { Plan } from '../plan/model.js';
import { dayName, isHardDay, planCalendar } from './daily-load.js';
import type { Finding } from './finding.js';
import { sessionLabel } from './rule-format.js';
import type { RuleThresholds } from './thresholds.js';

export function checkHardDaysInARow(plan: Plan, limits: RuleThresholds['hard-days-in-a-row']): Finding[] {
    const calendar = planCalendar(plan);
    const findings: Finding[] = [];
    let runStart = 0;
    for (const day of calendar) {
        if (!isHardDay(day)) {
            runStart = day.index + 1;
            continue;
        }
        const run = calendar.slice(runStart, day.index + 1);
        if (run.length <= limits.max) continue;
        const session = day.sessions.find(candidate => candidate.hard)!;
        findings.push({
            rule: 'hard-days-in-a-row',
            severity: 'warning',
            message: `${sessionLabel(day.week, day.weekday, session)} (${session.hardReasons.join(', ')}): `
                + `${run.length} hard days in a row (${run.map(hard => dayName(hard, day.week)).join(', ')}); limit ${limits.max}`,
            range: session.source,
            week: day.week,
            sessionKey: session.key,
            figures: { days: run.length, limit: limits.max },
        });
    }
    return findings;
}
