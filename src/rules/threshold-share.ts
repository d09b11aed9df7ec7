/** More than 20% of a week's running time at or above threshold: a note (the 80/20 distribution, Seiler and Tonnessen 2009). */
import { formatMinutes, formatShare } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export function checkThresholdShare(plan: Plan, limits: RuleThresholds['threshold-share']): Finding[] {
    return plan.weeks.flatMap((week): Finding[] => {
        const { runMinutes, runMinutesAtThreshold } = week.totals;
        const share = runMinutes > 0 ? runMinutesAtThreshold / runMinutes : 0;
        if (share <= limits.note / 100) {
            return [];
        }
        return [{
            rule: 'threshold-share',
            severity: 'note',
            message: `week ${week.number}: ${formatShare(share)} of running time at or above threshold `
                + `(${formatMinutes(runMinutesAtThreshold)} of ${formatMinutes(runMinutes)}); limit ${formatShare(limits.note / 100)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { share, limit: limits.note / 100 },
        }];
    });
}
