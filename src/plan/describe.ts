/**
 * A session in words: its name with the numbers that size it, and every item spelled out the
 * way an athlete reads a training sheet. The calendar export and the preview show these.
 */
import {
    formatDistance, formatLoad, formatMass, formatMinutes, formatPace, formatRepDistance, formatSeconds, formatShare, formatSpeed,
    formatFineSeconds, type DistanceUnits,
} from './format.js';
import type { Intensity, Phase, Plan, PlanGroup, PlanItem, PlanRepPhase, PlanSession, PlanStep } from './model.js';

const PHASE_HEADINGS: Readonly<Record<Phase, string>> = { warmup: 'Warm-up', main: 'Main', cooldown: 'Cool-down' };

/** `Speed day (55 min, 1.2 km)`: the name, the time it takes and any running distance. */
export function sessionHeadline(session: PlanSession, units: DistanceUnits): string {
    const numbers = [formatMinutes(session.minutes)];
    if (session.distanceM > 0) {
        numbers.push(formatDistance(session.distanceM, units));
    }
    return `${session.name} (${numbers.join(', ')})`;
}

/**
 * The whole session, one item a line (`- ...`, nested rounds indented), under `Warm-up:`,
 * `Main:` and `Cool-down:` headings when it has a warm-up or a cool-down, then its estimate.
 */
export function describeSession(session: PlanSession, units: DistanceUnits): string {
    const lines: string[] = [];
    const phased = session.items.some(item => item.type !== 'note' && item.phase !== 'main');
    let phase: Phase | null = null;
    for (const item of session.items) {
        // A note belongs to the items around it, so it never opens a section of its own.
        const itemPhase: Phase = item.type === 'note' ? phase ?? 'main' : item.phase;
        if (phased && itemPhase !== phase) {
            lines.push(`${PHASE_HEADINGS[itemPhase]}:`);
        }
        phase = itemPhase;
        describeItem(item, units, lines, '');
    }
    lines.push('', describeEstimate(session, units));
    if (session.hardReasons.length > 0) {
        lines.push(`Hard session: ${session.hardReasons.join(', ')}`);
    }
    return lines.join('\n');
}

/** `Estimated 55 min, 1.2 km, load 240 AU`. */
function describeEstimate(session: PlanSession, units: DistanceUnits): string {
    const numbers = [formatMinutes(session.minutes)];
    if (session.distanceM > 0) {
        numbers.push(formatDistance(session.distanceM, units));
    }
    numbers.push(`load ${formatLoad(session.load)}`);
    return `Estimated ${numbers.join(', ')}`;
}

/**
 * An item as bullet lines added to `lines`, each after `indent`: a step or a note is one line;
 * rounds are a heading with their items indented under it.
 */
function describeItem(item: PlanItem, units: DistanceUnits, lines: string[], indent: string): void {
    switch (item.type) {
        case 'step':
            lines.push(`${indent}- ${describeStep(item, units)}`);
            return;
        case 'note':
            lines.push(`${indent}- Note: ${item.text}`);
            return;
        case 'group': {
            const heading = describeGroupHeading(item);
            if (heading === null) {
                for (const inner of item.items) {
                    describeItem(inner, units, lines, indent);
                }
                if (item.note !== null) {
                    lines.push(`${indent}- Note: ${item.note}`);
                }
                return;
            }
            lines.push(`${indent}- ${heading}:`);
            for (const inner of item.items) {
                describeItem(inner, units, lines, `${indent}  `);
            }
        }
    }
}

/** `3 rounds of 20 min, rest 2 min between (note)`, `20 min`; null for a block done once that only groups its items. */
export function describeGroupHeading(group: PlanGroup): string | null {
    if (group.rounds === 1 && group.durationS === null) {
        return null;
    }
    const duration = group.durationS === null ? '' : formatSeconds(group.durationS);
    let heading = group.rounds === 1 ? duration : `${group.rounds} rounds${duration && ` of ${duration}`}`;
    if (group.rounds > 1 && group.restUsedS > 0) {
        heading += `, rest ${describeRest(group)} between`;
    }
    return group.note === null ? heading : `${heading} (${group.note})`;
}

/**
 * `4 x 60 m Sprint at 95% of max speed, rest 3 min`, `3 x 8 Lunge each side at RPE 7, rest 90 s`, `Glute stretch`,
 * `4 x 60 m Sprint in 7.7 s (7.79 m/s, 95% of max speed)`, `3 x In-and-out (20 m at 95% of max speed, 20 m at 80% ...)`.
 */
export function describeStep(step: PlanStep, units: DistanceUnits): string {
    let text = `${describeAmount(step, units)}${step.drill.title}`;
    if (step.phases !== null) {
        text += ` (${step.phases.map(phase => describePhase(phase, step.drill.kind, units)).join(', ')})`;
    }
    if (step.eachSide) {
        text += ' each side';
    }
    if (step.intensity !== null && step.phases === null) {
        text += ` ${describeIntensity(step.intensity, step.drill.kind, units)}`;
    }
    if (step.targetS !== null && step.phases === null) {
        text += ` ${describeTarget(step.targetS, step)}`;
    }
    if (step.tempo !== null) {
        text += `, tempo ${step.tempo.join('-')}`;
    }
    if (step.restUsedS > 0) {
        text += `, rest ${describeRest(step, units)}`;
    }
    return step.note === null ? text : `${text} (${step.note})`;
}

/** `3 min`, `90 s walk`, `200 m jog (1:18 min)`: the rest an item takes, and how it is spent when it is a recovery run. */
export function describeRest(item: Pick<PlanStep, 'restS' | 'recovery' | 'restUsedS'>, units: DistanceUnits = 'km'): string {
    const { recovery } = item;
    if (recovery === null) {
        return formatSeconds(item.restUsedS);
    }
    const activity = recovery.drill.id;
    return recovery.distanceM === null
        ? `${formatSeconds(item.restUsedS)} ${activity}`
        : `${formatRepDistance(recovery.distanceM, units)} ${activity} (${formatSeconds(item.restUsedS)})`;
}

/** `20 m at 95% of max speed`, `20 m in 2.4 s (8.33 m/s, 83% of max speed)`: a phase of a rep. */
function describePhase(phase: PlanRepPhase, drillKind: PlanStep['drill']['kind'], units: DistanceUnits): string {
    const amount = phase.distanceM !== null ? formatRepDistance(phase.distanceM, units) : formatSeconds(phase.durationS ?? 0);
    if (phase.targetS !== null) {
        return `${amount} ${describeTarget(phase.targetS, phase)}`;
    }
    return phase.intensity === null ? amount : `${amount} ${describeIntensity(phase.intensity, drillKind, units)}`;
}

/** `in 7.7 s (7.79 m/s, 95% of max speed)`: a target time and the speed it sets. */
function describeTarget(targetS: number, rep: Pick<PlanStep, 'speed' | 'speedFraction'>): string {
    const speed = rep.speed === null ? '' : formatSpeed(rep.speed);
    const share = rep.speedFraction === null ? '' : `${formatShare(rep.speedFraction)} of max speed`;
    const said = [speed, share].filter(Boolean).join(', ');
    return `in ${formatFineSeconds(targetS)}${said ? ` (${said})` : ''}`;
}

/**
 * What a step's effort means for this athlete, as a hover says it: `7.79 m/s (95% of max speed):
 * 60 m in 7.70 s, RPE 9`, `5:40/km, RPE 3`, `113 kg (70% of 161 kg), RPE 6`, `8 s a rep, RPE 6`.
 */
export function describeEffort(step: PlanStep, plan: Pick<Plan, 'oneRepMaxKg' | 'units'>): string {
    const parts: string[] = [];
    if (step.phases !== null) {
        parts.push(step.phases.map(phase => describeRepSpeed(phase, plan.units)).join('; '));
    } else if (step.speed !== null) {
        parts.push(describeRepSpeed(step, plan.units));
    }
    const oneRepMax = plan.oneRepMaxKg[step.drill.id];
    const percent = step.intensity?.type === 'percent' ? step.intensity.percent : step.intensity?.type === 'load' && oneRepMax ? 100 * step.intensity.kg / oneRepMax : null;
    if (step.drill.kind === 'strength' && oneRepMax && percent !== null) {
        parts.push(`${formatMass(oneRepMax * percent / 100)} (${Math.round(percent)}% of ${formatMass(oneRepMax)})`);
    }
    if (step.tempo !== null) {
        parts.push(`${step.tempo.reduce((sum, seconds) => sum + seconds, 0)} s a rep (tempo ${step.tempo.join('-')})`);
    }
    parts.push(`RPE ${step.rpe}`);
    return parts.filter(part => part !== '').join(', ');
}

/** `7.79 m/s (95% of max speed): 60 m in 7.70 s`, `2.78 m/s (6:00/km)`: how fast a rep or a phase goes. */
function describeRepSpeed(rep: Pick<PlanRepPhase, 'speed' | 'speedFraction' | 'rpe'> & { readonly repDistanceM?: number | null; readonly distanceM?: number | null }, units: DistanceUnits): string {
    if (rep.speed === null) {
        return '';
    }
    const how = rep.speedFraction !== null ? `${formatShare(rep.speedFraction)} of max speed` : formatPace(1000 / rep.speed, units);
    const metres = rep.repDistanceM ?? rep.distanceM ?? null;
    const time = metres === null ? '' : `: ${formatRepDistance(metres, units)} in ${(metres / rep.speed).toFixed(2)} s`;
    return `${formatSpeed(rep.speed)} (${how})${time}`;
}

/** The numbers before the drill's name, with a trailing space: `3 x 4 x 30 m `, `4 x 60 m `, `3 x 8 `, `10 `, or none. */
function describeAmount(step: PlanStep, units: DistanceUnits): string {
    const perRep = step.repDistanceM !== null ? formatRepDistance(step.repDistanceM, units)
        : step.repDurationS !== null ? formatSeconds(step.repDurationS)
            : null;
    if (perRep === null && step.phases !== null) {
        // A rep in phases: the phases say what a rep is.
        return step.sets * step.reps > 1 ? `${step.sets * step.reps} x ` : '';
    }
    if (perRep === null) {
        // Counted work: `3 x 8` is three sets of eight; a drill written alone is done once.
        return step.sets > 1 ? `${step.sets} x ${step.reps} ` : step.reps > 1 ? `${step.reps} ` : '';
    }
    if (step.sets > 1 && step.reps > 1) {
        return `${step.sets} x ${step.reps} x ${perRep} `;
    }
    const reps = step.sets * step.reps;
    return reps > 1 ? `${reps} x ${perRep} ` : `${perRep} `;
}

/** `at easy pace (5:40/km)`, `at 4:20/km`, `at 80% of 1RM`, `at 95% of max speed`, `with 100 kg`, `at RPE 7`, `in zone 2`, `at max effort`. */
export function describeIntensity(intensity: Intensity, drillKind: PlanStep['drill']['kind'], units: DistanceUnits): string {
    switch (intensity.type) {
        case 'pace': {
            const pace = formatPace(intensity.secondsPerKm, units);
            return intensity.name === null ? `at ${pace}` : `at ${intensity.name} pace (${pace})`;
        }
        // As the estimate reads it: a share of 1RM for lifts, of max speed for everything else.
        case 'percent': return `at ${intensity.percent}% of ${drillKind === 'strength' ? '1RM' : 'max speed'}`;
        case 'load': return `with ${formatMass(intensity.kg)}`;
        case 'rpe': return `at RPE ${intensity.rpe}`;
        case 'zone': return `in zone ${intensity.zone}`;
        case 'max': return 'at max effort';
    }
}
