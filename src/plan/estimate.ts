/**
 * Estimates minutes, RPE, load, distance, sprint metres and foot contacts for each item,
 * and sums them up the plan. docs/plan-model.md states every rule used here.
 */
import {
    DEFAULT_DRILL_SPEED_M_PER_S, DEFAULT_EASY_PACE_S_PER_KM, DEFAULT_MAX_SPEED_M_PER_S, DEFAULT_RPE_BY_KIND,
    DEFAULT_SPRINT_FRACTION, HEAVY_LIFT_PERCENT, MAX_VELOCITY_FRACTION, REST_RPE, THRESHOLD_RPE,
    paceRatioForRpe, rpeForOneRepMaxPercent, rpeForPaceName, rpeForPaceRatio, rpeForPlyoTier, rpeForSpeedFraction,
    rpeForZone, speedFractionForRpe,
} from './effort.js';
import type {
    Assumption, Figures, GroupSpec, ItemSpec, PaceBands, PlanGroup, PlanItem, PlanStep, StepSpec,
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
    const restMinutes = Math.max(0, rounds - 1) * (group.restS ?? 0) / 60;
    const figures = addFigures(scaleFigures(round, rounds), restFigures(restMinutes));
    return { ...group, items, ...figures };
}

function restFigures(minutes: number): Figures {
    return { ...ZERO_FIGURES, minutes: round3(minutes), load: round3(minutes * REST_RPE) };
}

/** What one rep covers and how long it takes, with the effort it is done at. */
interface RepEstimate {
    readonly seconds: number;
    readonly metres: number;
    readonly rpe: number;
    /** Share of max speed, for sprints and strides. */
    readonly speedFraction: number | null;
    readonly contacts: number;
    readonly oneRepMaxPercent: number | null;
}

export function estimateStep(step: StepSpec, context: EstimateContext): PlanStep {
    const { drill } = step;
    const rep = estimateRep(step, context);
    const sides = step.eachSide ? 2 : 1;
    const counted = step.repDistanceM === null && step.repDurationS === null;
    const reps = step.sets * step.reps;
    const restIntervals = Math.max(0, counted ? step.sets - 1 : reps - 1);
    const restUsedS = restIntervals > 0 ? step.restS ?? drill.restSeconds : 0;

    const workMinutes = reps * sides * rep.seconds / 60;
    const restMinutes = restIntervals * restUsedS / 60;
    const metres = reps * rep.metres;
    const isRunning = drill.kind === 'run' || drill.kind === 'sprint';
    const distanceM = isRunning ? metres : 0;
    const band = !isRunning ? null : drill.kind === 'sprint' ? 'sprint' : paceBand(rep.rpe);
    const atMaxVelocity = drill.kind === 'sprint' && (rep.speedFraction ?? 0) >= MAX_VELOCITY_FRACTION;
    const runMinutes = isRunning ? workMinutes : 0;

    return {
        ...step,
        drill: { id: drill.id, title: drill.title, kind: drill.kind },
        rpe: rep.rpe,
        restUsedS,
        minutes: round3(workMinutes + restMinutes),
        load: round3(workMinutes * rep.rpe + restMinutes * REST_RPE),
        distanceM: round3(distanceM),
        distanceByBand: { ...ZERO_BANDS, ...(band ? { [band]: round3(distanceM) } : {}) },
        runMinutes: round3(runMinutes),
        runMinutesAtThreshold: round3(isRunning && rep.rpe >= THRESHOLD_RPE ? runMinutes : 0),
        sprintMetres: round3(atMaxVelocity ? step.sets * step.reps * (step.repDistanceM ?? rep.metres - (drill.buildUpMetres ?? 0)) : 0),
        contacts: round3(reps * sides * rep.contacts),
        hardReason: hardReason(step, rep, atMaxVelocity),
    };
}

/** Easy below RPE 5, moderate from 5 up to threshold, hard from threshold (RPE 6) up. */
function paceBand(rpe: number): keyof PaceBands {
    return rpe < 5 ? 'easy' : rpe < THRESHOLD_RPE ? 'moderate' : 'hard';
}

function hardReason(step: StepSpec, rep: RepEstimate, atMaxVelocity: boolean): string | null {
    const { drill } = step;
    if (atMaxVelocity) {
        return 'sprints at 90% or more';
    }
    if (drill.kind === 'run' && rep.rpe >= THRESHOLD_RPE) {
        return 'running at or above threshold';
    }
    if (drill.kind === 'strength' && rep.oneRepMaxPercent !== null && rep.oneRepMaxPercent >= HEAVY_LIFT_PERCENT) {
        return `lifting at ${Math.round(rep.oneRepMaxPercent)}% of 1RM`;
    }
    if (drill.kind === 'plyometric' && drill.tier === 'high') {
        return 'high-intensity plyometrics';
    }
    return null;
}

function estimateRep(step: StepSpec, context: EstimateContext): RepEstimate {
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

function runRep(step: StepSpec, context: EstimateContext): RepEstimate {
    const intensity = step.intensity;
    let secondsPerKm: number;
    let rpe: number;
    let speedFraction: number | null = null;
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
            secondsPerKm = easyPace(context);
            rpe = DEFAULT_RPE_BY_KIND.run;
        }
    }
    const { metres, seconds } = repAmount(step, 1000 / secondsPerKm);
    return { seconds, metres, rpe, speedFraction, contacts: 0, oneRepMaxPercent: null };
}

function sprintRep(step: StepSpec, context: EstimateContext): RepEstimate {
    const intensity = step.intensity;
    const best = maxSpeed(context);
    const speedFraction =
        intensity?.type === 'percent' ? intensity.percent / 100
            : intensity?.type === 'max' ? 1
                : intensity?.type === 'rpe' ? speedFractionForRpe(intensity.rpe)
                    : intensity?.type === 'pace' ? 1000 / intensity.secondsPerKm / best
                        : DEFAULT_SPRINT_FRACTION;
    const rpe = intensity?.type === 'rpe' ? intensity.rpe : rpeForSpeedFraction(speedFraction);
    const speed = best * Math.max(speedFraction, 0.01);
    const buildUp = step.drill.buildUpMetres ?? 0;
    const { metres, seconds } = repAmount(step, speed);
    return { seconds: seconds + buildUp / speed, metres: metres + buildUp, rpe, speedFraction, contacts: 0, oneRepMaxPercent: null };
}

/** Sprint drills, plyometrics, lifts, mobility and cross-training: timed by the drill's own numbers. */
function drillRep(step: StepSpec, context: EstimateContext): RepEstimate {
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
                        : drill.kind === 'plyometric' ? rpeForPlyoTier(drill.tier)
                            : DEFAULT_RPE_BY_KIND[drill.kind];
    const speed = drill.metresPerSecond ?? DEFAULT_DRILL_SPEED_M_PER_S;
    const { metres, seconds } = repAmount(step, speed);
    const contacts = drill.kind !== 'plyometric' ? 0
        : step.repDistanceM !== null ? step.repDistanceM / (drill.metresPerContact ?? 2)
            : step.repDurationS !== null ? step.repDurationS / Math.max(drill.repSeconds, 0.1) * (drill.contactsPerRep ?? 1)
                : drill.contactsPerRep ?? 1;
    return { seconds, metres, rpe, speedFraction: null, contacts, oneRepMaxPercent };
}

/** One rep's distance and time at a speed. */
function repAmount(step: StepSpec, metresPerSecond: number): { metres: number; seconds: number } {
    if (step.repDistanceM !== null) {
        return { metres: step.repDistanceM, seconds: step.repDistanceM / metresPerSecond };
    }
    if (step.repDurationS !== null) {
        return { metres: step.repDurationS * metresPerSecond, seconds: step.repDurationS };
    }
    // A counted rep takes the drill's own time and covers ground at its own speed: `6 strides`.
    const seconds = step.drill.repSeconds;
    return { metres: seconds * (step.drill.metresPerSecond ?? metresPerSecond), seconds };
}

