/**
 * A circuit that adds more than one round from one week to the next: a warning on the circuit
 * (the seeds' advice: two to five circuits over three to five weeks). A circuit is known
 * across weeks by its drills, in order.
 */
import { steps } from '../plan/build-plan.js';
import type { Plan, PlanDay, PlanGroup, PlanItem, PlanSession, PlanWeek } from '../plan/model.js';
import type { Finding } from './finding.js';
import { dayName } from '../plan/format.js';
import { sessionLabel } from './rule-format.js';
import type { RuleThresholds } from './thresholds.js';

interface Circuit {
    readonly group: PlanGroup;
    readonly session: PlanSession;
    readonly dayName: string;
}

function* groupsOf(items: readonly PlanItem[]): Generator<PlanGroup> {
    for (const item of items) {
        if (item.type === 'group') {
            yield item;
            yield* groupsOf(item.items);
        }
    }
}

/** The circuits of each week's days, kept while the Plan compiled after an edit reuses the days (week-cache.ts). */
const circuitsByDays = new WeakMap<readonly PlanDay[], Map<string, Circuit>>();

/** Each circuit of a week with the most rounds it has there, by its drills. */
function circuitsOf(week: PlanWeek): Map<string, Circuit> {
    const cached = circuitsByDays.get(week.days);
    if (cached) return cached;
    const circuits = new Map<string, Circuit>();
    circuitsByDays.set(week.days, circuits);
    for (const day of week.days) {
        for (const session of day.sessions) {
            for (const group of groupsOf(session.items)) {
                const drills = steps(group.items).map(step => step.drill.id).join(', ');
                const known = circuits.get(drills);
                if (drills !== '' && (!known || group.rounds > known.group.rounds)) {
                    circuits.set(drills, { group, session, dayName: dayName(day) });
                }
            }
        }
    }
    return circuits;
}

export function checkCircuitRounds(plan: Plan, limits: RuleThresholds['circuit-rounds']): Finding[] {
    const circuitsByWeek = new Map(plan.weeks.map(week => [week.number, circuitsOf(week)]));
    return plan.weeks.flatMap(week => {
        const before = circuitsByWeek.get(week.number - 1);
        if (!before) {
            return [];
        }
        return [...circuitsByWeek.get(week.number)!].flatMap(([drills, circuit]): Finding[] => {
            const previousRounds = before.get(drills)?.group.rounds;
            if (previousRounds === undefined || circuit.group.rounds - previousRounds <= limits.maxIncrease) {
                return [];
            }
            return [{
                rule: 'circuit-rounds',
                severity: 'warning',
                message: `${sessionLabel(week.number, circuit.dayName, circuit.session)}: ${circuit.group.rounds} rounds of ${drills}, `
                    + `up from ${previousRounds} in week ${week.number - 1}; limit +${limits.maxIncrease} a week`,
                range: circuit.group.source,
                week: week.number,
                sessionKey: circuit.session.key,
                figures: { rounds: circuit.group.rounds, previousRounds, limit: limits.maxIncrease },
            }];
        });
    });
}
