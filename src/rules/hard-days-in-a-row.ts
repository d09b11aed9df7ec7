/** Hard days back to back: a warning on the second (the hard/easy principle; 48 h between high-CNS days). */
import type { Plan } from '../plan/model.js';
import { isHardDay, planCalendar, type CalendarDay } from '../plan/calendar.js';
import { dayName } from '../plan/format.js';
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
        const days = day.index - runStart + 1;
        if (days <= limits.max) continue;
        const session = day.sessions.find(candidate => candidate.hard)!;
        findings.push({
            rule: 'hard-days-in-a-row',
            severity: 'warning',
            message: `${sessionLabel(day.week, day.weekday, session)} (${session.hardReasons.join(', ')}): `
                + `${days} hard days in a row (${runNames(calendar.slice(runStart, day.index + 1), day.week)}); limit ${limits.max}`,
            range: session.source,
            week: day.week,
            sessionKey: session.key,
            figures: { days, limit: limits.max },
        });
    }
    return findings;
}

/** `tue, wed, thu`; a run longer than a week as its first and last day, so that a message stays a line however long the run. */
function runNames(run: readonly CalendarDay[], messageWeek: number): string {
    return run.length <= 7
        ? run.map(hard => dayName(hard, messageWeek)).join(', ')
        : `${dayName(run[0], messageWeek)} to ${dayName(run[run.length - 1], messageWeek)}`;
}
