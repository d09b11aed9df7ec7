/**
 * Rest after a sprint at 90% of max speed or more: a warning below 1 minute per 10 m
 * sprinted, so that each rep starts with its phosphocreatine back (Bogdanis et al. 1995).
 * Checks the rest between a step's reps and between the rounds of a group that sprints.
 */
import { MAX_VELOCITY_FRACTION } from '../plan/effort.js';
import { round3 } from '../plan/estimate.js';
import { steps } from '../plan/build-plan.js';
import { describeRest } from '../plan/describe.js';
import { dayName, formatDistance, formatSeconds, formatShare } from '../plan/format.js';
import type { Plan, PlanDay, PlanGroup, PlanItem, PlanSession, PlanStep, PlanWeek } from '../plan/model.js';
import type { Finding } from './finding.js';
import { sameRange } from '../plan/ranges.js';
import { sessionLabel } from './rule-format.js';
import type { RuleThresholds } from './thresholds.js';

/** A rest that follows sprinting: between the reps of a step, or between the rounds of a group. */
interface SprintRest {
    readonly item: PlanStep | PlanGroup;
    /** The longest sprint before it, metres. */
    readonly sprintM: number;
    readonly restS: number;
    readonly written: boolean;
}

/** Running at 90% of max speed or more: sprints, and runs written at such a share (strides at 95%). */
function isMaxVelocitySprint(step: PlanStep): boolean {
    return step.sprintMetres > 0;
}

/** Metres of one rep of a sprint at 90% or more. */
function repMetres(step: PlanStep): number {
    return step.sprintMetres / (step.sets * step.reps);
}

function* sprintRests(items: readonly PlanItem[]): Generator<SprintRest> {
    for (const item of items) {
        if (item.type === 'step' && isMaxVelocitySprint(item) && item.sets * item.reps > 1) {
            yield { item, sprintM: repMetres(item), restS: item.restUsedS, written: item.restS !== null || item.recovery !== null };
        } else if (item.type === 'group') {
            const sprints = steps(item.items).filter(isMaxVelocitySprint);
            if (item.rounds > 1 && sprints.length > 0) {
                yield { item, sprintM: Math.max(...sprints.map(repMetres)), restS: item.restUsedS, written: item.restS !== null || item.recovery !== null };
            }
            yield* sprintRests(item.items);
        }
    }
}

function describeSprintRest(rest: SprintRest): string {
    const sprint = formatDistance(rest.sprintM);
    if (rest.item.type === 'group') {
        return rest.written ? `rest ${describeRest(rest.item)} between rounds after ${sprint} sprints` : `no rest between rounds after ${sprint} sprints`;
    }
    return `rest ${describeRest(rest.item)}${rest.written ? '' : " (the drill's default)"} after each ${sprint} sprint`;
}

function findingsOf(week: PlanWeek, day: PlanDay, session: PlanSession, secondsPer10m: number): Finding[] {
    return [...sprintRests(session.items)].flatMap((rest): Finding[] => {
        const minimumRestS = round3(rest.sprintM / 10 * secondsPer10m);
        if (rest.restS >= minimumRestS) {
            return [];
        }
        // A derived week's items point at its header, so the message says which item it is about.
        const where = sameRange(rest.item.source, week.source) ? `${sessionLabel(week.number, dayName(day), session)}: ` : '';
        return [{
            rule: 'sprint-rest',
            severity: 'warning',
            message: `${where}${describeSprintRest(rest)}; minimum ${formatSeconds(minimumRestS)} `
                + `(${formatSeconds(secondsPer10m)} per 10 m sprinted at ${formatShare(MAX_VELOCITY_FRACTION)} or more)`,
            range: rest.item.source,
            week: week.number,
            sessionKey: session.key,
            figures: { restS: rest.restS, minimumRestS, sprintM: rest.sprintM, limit: secondsPer10m },
        }];
    });
}

/**
 * The findings of each session, kept while the Plan compiled after an edit reuses the session
 * (week-cache.ts): it is then in the same week and day, and only the limit can change.
 */
const bySession = new WeakMap<PlanSession, { readonly secondsPer10m: number; readonly findings: Finding[] }>();

export function checkSprintRest(plan: Plan, limits: RuleThresholds['sprint-rest']): Finding[] {
    const { secondsPer10m } = limits;
    const findings: Finding[] = [];
    for (const week of plan.weeks) {
        for (const day of week.days) {
            for (const session of day.sessions) {
                let known = bySession.get(session);
                if (known?.secondsPer10m !== secondsPer10m) {
                    known = { secondsPer10m, findings: findingsOf(week, day, session, secondsPer10m) };
                    bySession.set(session, known);
                }
                findings.push(...known.findings);
            }
        }
    }
    return findings;
}
