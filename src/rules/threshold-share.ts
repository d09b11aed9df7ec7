/**
 * More than 20% of a week's running time at or above threshold: a note (the 80/20 distribution,
 * Seiler and Tonnessen 2009). A week that only sprints is not judged: it has no endurance running.
 */
import { formatFineMinutes, formatShare, placesApart } from '../plan/format.js';
import type { Plan } from '../plan/model.js';
import type { Finding } from './finding.js';
import type { RuleThresholds } from './thresholds.js';

export function checkThresholdShare(plan: Plan, limits: RuleThresholds['threshold-share']): Finding[] {
    return plan.weeks.flatMap((week): Finding[] => {
        const { runMinutes, runMinutesAtThreshold, distanceByBand } = week.totals;
        const share = runMinutes > 0 ? runMinutesAtThreshold / runMinutes : 0;
        // A week whose running is all sprints has no endurance running for the distribution to describe.
        const sprintsOnly = distanceByBand.easy + distanceByBand.moderate + distanceByBand.hard === 0;
        if (sprintsOnly || share <= limits.note / 100) {
            return [];
        }
        const places = placesApart(share * 100, limits.note, 0);
        return [{
            rule: 'threshold-share',
            severity: 'note',
            message: `week ${week.number}: ${formatShare(share, places)} of running time at or above threshold `
                + `(${formatFineMinutes(runMinutesAtThreshold)} of ${formatFineMinutes(runMinutes)}); limit ${formatShare(limits.note / 100)}`,
            range: week.source,
            week: week.number,
            sessionKey: null,
            figures: { share, limit: limits.note / 100 },
        }];
    });
}
