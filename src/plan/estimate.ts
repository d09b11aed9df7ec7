/**
 * Estimates minutes, RPE, load, distance, sprint metres and foot contacts for each item,
 * and sums them up the plan. docs/plan-model.md states every rule used here.
 */
import type { Drill } from '../drills/drill.js';
import {
    DEFAULT_DRILL_SPEED_M_PER_S, DEFAULT_EASY_PACE_S_PER_KM, DEFAULT_MAX_SPEED_M_PER_S, DEFAULT_METRES_PER_CONTACT,
    DEFAULT_SPRINT_FRACTION, HEAVY_LIFT_RPE, MAX_VELOCITY_FRACTION, REST_RPE, THRESHOLD_RPE, defaultEffort,
    paceRatioForRpe, rpeForOneRepMaxPercent, rpeForPaceName, rpeForPaceRatio, rpeForSpeedFraction,
    rpeForZone, speedFractionForRpe,
} from './effort.js';
import type {
    Assumption, DrillRef, Figures, GroupSpec, ItemSpec, PaceBands, PlanGroup, PlanItem, PlanRecovery, PlanStep, RecoverySpec,
    RepPhaseSpec, StepSpec,
} from './model.js';

/** What the estimates need from the plan header, and where they report the defaults they had to assume. */
export interface EstimateContext {
    readonly easyPaceSPerKm: number | null;
    readonly maxSpeed: number | null;
    readonly oneRepMaxKg: Readonly<Record<string, number>>;
    readonly assume: (assumption: Assumption) => void;
}

export const ZERO_BANDS: PaceBands = { easy: 0, moderate: 0, hard: 0, sprint: 0 };

export const ZERO_FIGURES: Figures = {
    minutes: 0, load: 0, distanceM: 0, distanceByBand: ZERO_BANDS,
    runMinutes: 0, runMinutesAtThreshold: 0, sprintMetres: 0, contacts: 0,
};

/**
 * The largest figure the estimates report: a trillion (of minutes, metres, AU). Only absurd
 * nesting or compounding reaches it (rounds of rounds of a million reps, a week doubled
 * hundreds of times); a figure stops there, so that no sum, ratio or square the rules
 * take of it can become Infinity or NaN.
 */
export const LARGEST_FIGURE = 1e12;

/** Rounds away floating-point noise so figures print and compare cleanly, within ±LARGEST_FIGURE. */
export function round3(value: number): number {
    return Math.round(Math.max(-LARGEST_FIGURE, Math.min(LARGEST_FIGURE, value)) * 1000) / 1000;
}

export function addFigures(a: Figures, b: Figures): Figures {
    return {
        minutes: round3(a.minutes + b.minutes),
        load: round3(a.load + b.load),
        distanceM: round3(a.distanceM + b.distanceM),
        distanceByBand: {
            easy: round3(a.distanceByBand.easy + b.distanceByBand.easy),
            moderate: round3(a.distanceByBand.moderate + b.distanceByBand.moderate),
            hard: round3(a.distanceByBand.hard + b.distanceByBand.hard),
            sprint: round3(a.distanceByBand.sprint + b.distanceByBand.sprint),
        },
        runMinutes: round3(a.runMinutes + b.runMinutes),
        runMinutesAtThreshold: round3(a.runMinutesAtThreshold + b.runMinutesAtThreshold),
        sprintMetres: round3(a.sprintMetres + b.sprintMetres),
        contacts: round3(a.contacts + b.contacts),
    };
}

export function sumFigures(items: Iterable<Figures>): Figures {
    let total = ZERO_FIGURES;
    for (const item of items) {
        total = addFigures(total, item);
    }
    return total;
}

function scaleFigures(figures: Figures, times: number): Figures {
    const scale = (value: number) => round3(value * times);
    return {
        minutes: scale(figures.minutes),
        load: scale(figures.load),
        distanceM: scale(figures.distanceM),
        distanceByBand: {
            easy: scale(figures.distanceByBand.easy),
            moderate: scale(figures.distanceByBand.moderate),
            hard: scale(figures.distanceByBand.hard),
            sprint: scale(figures.distanceByBand.sprint),
        },
        runMinutes: scale(figures.runMinutes),
        runMinutesAtThreshold: scale(figures.runMinutesAtThreshold),
        sprintMetres: scale(figures.sprintMetres),
        contacts: scale(figures.contacts),
    };
}

export function estimateItems(items: readonly ItemSpec[], context: EstimateContext): PlanItem[] {
    return items.map(item => {
        switch (item.type) {
            case 'step': return estimateStep(item, context);
            case 'group': return estimateGroup(item, context);
            case 'note': return item;
        }
    });
}

export function itemFigures(items: readonly PlanItem[]): Figures {
    return sumFigures(items.filter((item): item is PlanStep | PlanGroup => item.type !== 'note'));
}

export function estimateGroup(group: GroupSpec, context: EstimateContext): PlanGroup {
    const items = estimateItems(group.items, context);
    let round = itemFigures(items);
    if (group.durationS !== null && round.minutes > 0) {
        // `20min { ... }`: the items are stretched (or cut) to fill the round's time, and all they do with it.
        round = scaleFigures(round, group.durationS / 60 / round.minutes);
    }
    const rounds = Math.max(0, group.rounds);
    const rest = estimateRest(group.restS, group.recovery, context);
    const figures = addFigures(scaleFigures(round, rounds), restFigures(rest, Math.max(0, rounds - 1)));
    return { ...group, items, ...figures, recovery: planRecovery(group.recovery), restUsedS: rest.seconds };
}

/** A rest: walked or jogged at RPE 2 and covering nothing, unless the plan says what it is run as. */
interface RestEstimate {
    readonly seconds: number;
    readonly metres: number;
    readonly rpe: number;
}

function estimateRest(restS: number | null, recovery: RecoverySpec | null, context: EstimateContext): RestEstimate {
    if (recovery === null) {
        return { seconds: restS ?? 0, metres: 0, rpe: REST_RPE };
    }
    const rep = runRep({
        drill: recovery.drill, repDistanceM: recovery.distanceM, repDurationS: recovery.distanceM === null ? restS ?? 0 : null,
        intensity: null, targetS: null,
    }, context);
    return { seconds: rep.seconds, metres: rep.metres, rpe: rep.rpe };
}

/** `times` rests: their minutes at their effort, and for a recovery run its distance and running minutes. */
function restFigures(rest: RestEstimate, times: number): Figures {
    const minutes = times * rest.seconds / 60;
    const metres = round3(times * rest.metres);
    return {
        ...ZERO_FIGURES,
        minutes: round3(minutes),
        load: round3(minutes * rest.rpe),
        distanceM: metres,
        distanceByBand: { ...ZERO_BANDS, [paceBand(rest.rpe)]: metres },
        runMinutes: round3(rest.metres > 0 ? minutes : 0),
    };
}

function planRecovery(recovery: RecoverySpec | null): PlanRecovery | null {
    return recovery === null ? null : { ...recovery, drill: drillRef(recovery.drill) };
}

function drillRef(drill: Drill): DrillRef {
    return { id: drill.id, title: drill.title, kind: drill.kind };
}

/** What one rep (or one phase of a rep) covers and how long it takes, with the effort it is done at. */
interface RepEstimate {
    readonly seconds: number;
    readonly metres: number;
    readonly rpe: number;
    /** The speed of running, m/s; null for other work. */
    readonly speed: number | null;
    /** Share of max speed, for sprints and for runs written as a share of it. */
    readonly speedFraction: number | null;
    /** Metres run at 90% of max speed or more on the flat, the run-in left out. */
    readonly maxVelocityMetres: number;
    readonly contacts: number;
    readonly oneRepMaxPercent: number | null;
}

/** What a rep's estimate reads of its step; a phase of a rep is estimated as a rep of its own. */
type RepSpec = Pick<StepSpec, 'drill' | 'repDistanceM' | 'repDurationS' | 'intensity' | 'targetS'> & Partial<Pick<StepSpec, 'tempo'>>;

export function estimateStep(step: StepSpec, context: EstimateContext): PlanStep {
    const { drill } = step;
    const phases = step.phases?.map((phase, index) => ({ ...phase, ...estimateRep(phaseRep(step, phase, index), context) })) ?? null;
    const parts: readonly RepEstimate[] = phases ?? [estimateRep(step, context)];
    const sides = step.eachSide ? 2 : 1;
    const counted = step.repDistanceM === null && step.repDurationS === null && phases === null;
    const reps = step.sets * step.reps;
    const restIntervals = Math.max(0, counted ? step.sets - 1 : reps - 1);
    const rest = restIntervals > 0 ? estimateRest(step.restS ?? (step.recovery ? null : drill.restSeconds), step.recovery, context) : NO_REST;

    const isRunning = drill.kind === 'run' || drill.kind === 'sprint';
    const repSeconds = parts.reduce((sum, part) => sum + part.seconds, 0);
    const workMinutes = reps * sides * repSeconds / 60;
    const workLoad = reps * sides * parts.reduce((sum, part) => sum + part.seconds * part.rpe, 0) / 60;
    const bands = { ...ZERO_BANDS };
    let minutesAtThreshold = 0;
    for (const part of parts) {
        if (isRunning) {
            const band = drill.kind === 'sprint' ? 'sprint' : paceBand(part.rpe);
            bands[band] += reps * part.metres;
            minutesAtThreshold += part.rpe >= THRESHOLD_RPE ? reps * part.seconds / 60 : 0;
        }
    }
    const work: Figures = {
        minutes: round3(workMinutes),
        load: round3(workLoad),
        distanceM: round3(isRunning ? reps * parts.reduce((sum, part) => sum + part.metres, 0) : 0),
        distanceByBand: { easy: round3(bands.easy), moderate: round3(bands.moderate), hard: round3(bands.hard), sprint: round3(bands.sprint) },
        runMinutes: round3(isRunning ? workMinutes : 0),
        runMinutesAtThreshold: round3(minutesAtThreshold),
        sprintMetres: round3(reps * parts.reduce((sum, part) => sum + part.maxVelocityMetres, 0)),
        contacts: round3(reps * sides * parts.reduce((sum, part) => sum + part.contacts, 0)),
    };
    const single = phases === null ? parts[0] : null;
    return {
        ...step,
        ...addFigures(work, restFigures(rest, restIntervals)),
        drill: drillRef(drill),
        recovery: planRecovery(step.recovery),
        phases,
        rpe: round3(workMinutes > 0 ? workLoad / workMinutes : parts[0].rpe),
        restUsedS: round3(rest.seconds),
        speed: single?.speed ?? null,
        speedFraction: single?.speedFraction ?? null,
        hardReason: hardReason(step, parts),
    };
}

const NO_REST: RestEstimate = { seconds: 0, metres: 0, rpe: REST_RPE };

/** A phase as a rep of its own: the step's drill (its run-in before the first phase only), the phase's amount and effort. */
function phaseRep(step: StepSpec, phase: RepPhaseSpec, index: number): RepSpec {
    const drill = index === 0 || step.drill.buildUpMetres === undefined ? step.drill : { ...step.drill, buildUpMetres: undefined };
    return { drill, repDistanceM: phase.distanceM, repDurationS: phase.durationS, intensity: phase.intensity, targetS: phase.targetS };
}

/** Easy below RPE 5, moderate from 5 up to threshold, hard from threshold (RPE 6) up. */
function paceBand(rpe: number): keyof PaceBands {
    return rpe < 5 ? 'easy' : rpe < THRESHOLD_RPE ? 'moderate' : 'hard';
}

/**
 * What makes a step hard by itself: running at top speed, heavy lifting, high-intensity
 * plyometrics. Running at threshold makes a session hard by its minutes (see buildSession).
 */
function hardReason(step: StepSpec, parts: readonly RepEstimate[]): string | null {
    const { drill } = step;
    if (parts.some(part => part.maxVelocityMetres > 0)) {
        return 'sprints at 90% or more';
    }
    const lift = parts[0];
    if (drill.kind === 'strength' && lift.rpe >= HEAVY_LIFT_RPE) {
        return lift.oneRepMaxPercent !== null ? `lifting at ${Math.round(lift.oneRepMaxPercent)}% of 1RM` : `lifting at RPE ${lift.rpe}`;
    }
    if (drill.kind === 'plyometric' && drill.tier === 'high') {
        return 'high-intensity plyometrics';
    }
    return null;
}

function estimateRep(step: RepSpec, context: EstimateContext): RepEstimate {
    switch (step.drill.kind) {
        case 'run': return runRep(step, context);
        case 'sprint': return sprintRep(step, context);
        default: return drillRep(step, context);
    }
}

function easyPace(context: EstimateContext): number {
    if (context.easyPaceSPerKm !== null) {
        return context.easyPaceSPerKm;
    }
    context.assume({
        code: 'no-easy-pace',
        message: `no easy pace: runs are timed at ${DEFAULT_EASY_PACE_S_PER_KM / 60}:00/km; add \`pace easy M:SS/km\` to the plan header`,
    });
    return DEFAULT_EASY_PACE_S_PER_KM;
}

function maxSpeed(context: EstimateContext): number {
    if (context.maxSpeed !== null) {
        return context.maxSpeed;
    }
    context.assume({
        code: 'no-max-speed',
        message: `no max speed: sprints are timed at ${DEFAULT_MAX_SPEED_M_PER_S} m/s; add \`max-speed N m/s\` to the plan header`,
    });
    return DEFAULT_MAX_SPEED_M_PER_S;
}

function runRep(step: RepSpec, context: EstimateContext): RepEstimate {
    const intensity = step.intensity;
    let secondsPerKm: number;
    let rpe: number;
    let speedFraction: number | null = null;
    const target = targetSpeed(step);
    if (target !== null) {
        // `1mi in 6:30`: the time is the pace, and the pace its effort (an RPE written with it counts as written).
        secondsPerKm = 1000 / target;
        rpe = intensity?.type === 'rpe' ? intensity.rpe : rpeForPaceRatio(secondsPerKm / easyPace(context));
    } else {
        switch (intensity?.type) {
            case 'pace': {
                secondsPerKm = intensity.secondsPerKm;
                const byName = intensity.name === null ? undefined : rpeForPaceName(intensity.name);
                rpe = byName ?? rpeForPaceRatio(secondsPerKm / easyPace(context));
                break;
            }
            case 'rpe':
            case 'zone': {
                rpe = intensity.type === 'rpe' ? intensity.rpe : rpeForZone(intensity.zone);
                secondsPerKm = easyPace(context) * paceRatioForRpe(rpe);
                break;
            }
            case 'percent':
            case 'max': {
                speedFraction = intensity.type === 'max' ? 1 : intensity.percent / 100;
                secondsPerKm = 1000 / (maxSpeed(context) * Math.max(speedFraction, 0.01));
                rpe = rpeForSpeedFraction(speedFraction);
                break;
            }
            default: {
                // A drill with an effort of its own (a jog, a walk) runs at the pace of that effort.
                rpe = defaultEffort(step.drill);
                secondsPerKm = step.drill.rpe === undefined ? easyPace(context) : easyPace(context) * paceRatioForRpe(rpe);
            }
        }
    }
    const speed = 1000 / secondsPerKm;
    const { metres, seconds } = repAmount(step, speed);
    const atTopSpeed = (speedFraction ?? 0) >= MAX_VELOCITY_FRACTION;
    return {
        seconds, metres, rpe, speed, speedFraction, maxVelocityMetres: atTopSpeed ? metres : 0, contacts: 0, oneRepMaxPercent: null,
    };
}

/** `60m in 7.7s`: the speed a target time sets, m/s; null without one. */
function targetSpeed(step: RepSpec): number | null {
    return step.targetS !== null && step.targetS > 0 && step.repDistanceM !== null ? step.repDistanceM / step.targetS : null;
}

function sprintRep(step: RepSpec, context: EstimateContext): RepEstimate {
    const intensity = step.intensity;
    // A hill or a sled holds a sprint below top speed: its 100% is the drill's own speed.
    const resisted = step.drill.resisted === true;
    const best = resisted && step.drill.metresPerSecond !== undefined ? step.drill.metresPerSecond : maxSpeed(context);
    const target = targetSpeed(step);
    const speedFraction =
        target !== null ? target / best
            : intensity?.type === 'percent' ? intensity.percent / 100
                : intensity?.type === 'max' ? 1
                    : intensity?.type === 'rpe' ? speedFractionForRpe(intensity.rpe)
                        : intensity?.type === 'pace' ? 1000 / intensity.secondsPerKm / best
                            : DEFAULT_SPRINT_FRACTION;
    const rpe = intensity?.type === 'rpe' ? intensity.rpe : rpeForSpeedFraction(speedFraction);
    const speed = best * Math.max(speedFraction, 0.01);
    const buildUp = step.drill.buildUpMetres ?? 0;
    const { metres, seconds } = repAmount(step, speed);
    const atTopSpeed = !resisted && speedFraction >= MAX_VELOCITY_FRACTION;
    return {
        seconds: seconds + buildUp / speed,
        metres: metres + buildUp,
        rpe,
        speed,
        speedFraction,
        maxVelocityMetres: atTopSpeed ? metres : 0,
        contacts: 0,
        oneRepMaxPercent: null,
    };
}

/** Sprint drills, plyometrics, lifts, mobility and cross-training: timed by the drill's own numbers. */
function drillRep(step: RepSpec, context: EstimateContext): RepEstimate {
    const { drill, intensity } = step;
    const oneRepMax = context.oneRepMaxKg[drill.id];
    const oneRepMaxPercent =
        drill.kind !== 'strength' ? null
            : intensity?.type === 'percent' ? intensity.percent
                : intensity?.type === 'load' && oneRepMax ? 100 * intensity.kg / oneRepMax
                    : null;
    const rpe =
        intensity?.type === 'rpe' ? intensity.rpe
            : intensity?.type === 'zone' ? rpeForZone(intensity.zone)
                : intensity?.type === 'max' ? 10
                    : oneRepMaxPercent !== null ? rpeForOneRepMaxPercent(oneRepMaxPercent)
                        : intensity?.type === 'percent' ? rpeForSpeedFraction(intensity.percent / 100)
                            : defaultEffort(drill);
    const speed = drill.metresPerSecond ?? DEFAULT_DRILL_SPEED_M_PER_S;
    // `@tempo 4-0-4-0`: a counted rep takes the seconds of its phases.
    const tempoSeconds = step.tempo ? step.tempo.reduce((sum, seconds) => sum + seconds, 0) : null;
    const { metres, seconds } = repAmount(step, speed, tempoSeconds);
    const contacts = drill.kind !== 'plyometric' ? 0
        : step.repDistanceM !== null ? step.repDistanceM / (drill.metresPerContact ?? DEFAULT_METRES_PER_CONTACT)
            : step.repDurationS !== null ? step.repDurationS / Math.max(drill.repSeconds, 0.1) * (drill.contactsPerRep ?? 1)
                : drill.contactsPerRep ?? 1;
    return { seconds, metres, rpe, speed: null, speedFraction: null, maxVelocityMetres: 0, contacts, oneRepMaxPercent };
}

/** One rep's distance and time at a speed; a counted rep takes `countedSeconds`, else the drill's own time. */
function repAmount(step: RepSpec, metresPerSecond: number, countedSeconds: number | null = null): { metres: number; seconds: number } {
    if (step.repDistanceM !== null) {
        return { metres: step.repDistanceM, seconds: step.repDistanceM / metresPerSecond };
    }
    if (step.repDurationS !== null) {
        return { metres: step.repDurationS * metresPerSecond, seconds: step.repDurationS };
    }
    // A counted rep takes the drill's own time and covers ground at its own speed: `6 strides`.
    const seconds = countedSeconds ?? step.drill.repSeconds;
    return { metres: seconds * (step.drill.metresPerSecond ?? metresPerSecond), seconds };
}
