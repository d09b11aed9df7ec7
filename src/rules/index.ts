/** The overload rules: each reads the Plan alone and reports what crossed its threshold. */
import type { Plan } from '../plan/model.js';
import { checkAcwr } from './acwr.js';
import { checkCircuitRounds } from './circuit-rounds.js';
import { checkDaysWithoutRest } from './days-without-rest.js';
import type { Finding } from './finding.js';
import { checkFootContacts } from './foot-contacts.js';
import { checkHardDaysInARow } from './hard-days-in-a-row.js';
import { checkHardDaysPerWeek } from './hard-days-per-week.js';
import { checkMonotony } from './monotony.js';
import { checkSprintMetres } from './sprint-metres.js';
import { checkSprintRest } from './sprint-rest.js';
import { checkThresholdShare } from './threshold-share.js';
import type { RuleId, RuleThresholds } from './thresholds.js';
import { checkWeeklyDistance } from './weekly-distance.js';

export interface Rule {
    readonly id: RuleId;
    readonly check: (plan: Plan, thresholds: RuleThresholds) => Finding[];
}

export const RULES: readonly Rule[] = [
    { id: 'weekly-distance', check: (plan, thresholds) => checkWeeklyDistance(plan, thresholds['weekly-distance']) },
    { id: 'acwr', check: (plan, thresholds) => checkAcwr(plan, thresholds.acwr) },
    { id: 'monotony', check: (plan, thresholds) => checkMonotony(plan, thresholds.monotony) },
    { id: 'foot-contacts', check: (plan, thresholds) => checkFootContacts(plan, thresholds['foot-contacts']) },
    { id: 'sprint-rest', check: (plan, thresholds) => checkSprintRest(plan, thresholds['sprint-rest']) },
    { id: 'sprint-metres', check: (plan, thresholds) => checkSprintMetres(plan, thresholds['sprint-metres']) },
    { id: 'hard-days-in-a-row', check: (plan, thresholds) => checkHardDaysInARow(plan, thresholds['hard-days-in-a-row']) },
    { id: 'hard-days-per-week', check: (plan, thresholds) => checkHardDaysPerWeek(plan, thresholds['hard-days-per-week']) },
    { id: 'days-without-rest', check: (plan, thresholds) => checkDaysWithoutRest(plan, thresholds['days-without-rest']) },
    { id: 'threshold-share', check: (plan, thresholds) => checkThresholdShare(plan, thresholds['threshold-share']) },
    { id: 'circuit-rounds', check: (plan, thresholds) => checkCircuitRounds(plan, thresholds['circuit-rounds']) },
];

/** The rules that are switched on. */
export function enabledRules(thresholds: RuleThresholds): readonly Rule[] {
    return RULES.filter(rule => thresholds[rule.id].enabled);
}

/** Every finding of every rule that is switched on. */
export function runRules(plan: Plan, thresholds: RuleThresholds): Finding[] {
    return enabledRules(thresholds).flatMap(rule => rule.check(plan, thresholds));
}
