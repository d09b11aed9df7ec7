/**
 * How hard an intensity is (session RPE on Foster's CR-10 scale) and how fast it goes.
 * The tables and their reasons are written out in docs/plan-model.md; change both together.
 */
import type { Drill, DrillKind, PlyoTier } from '../drills/drill.js';

/**
 * An effort band: work at `from` or more (of a pace ratio or a share of max speed) is done at
 * `rpe`, and work written at that RPE runs at `typical`, inside the band. One table read both
 * ways, so that an RPE turned into a pace or a speed turns back into the same RPE.
 */
interface EffortBand {
    readonly rpe: number;
    readonly from: number;
    readonly typical: number;
}

/** Paces are compared to the easy pace: pace / easy pace, slower first. A 10k pace is about 0.77 of easy. */
const PACE_BANDS: readonly EffortBand[] = [
    { rpe: 1, from: 1.4, typical: 1.7 }, // walk
    { rpe: 2, from: 1.05, typical: 1.08 }, // recovery jog
    { rpe: 3, from: 0.95, typical: 1.0 }, // easy
    { rpe: 4, from: 0.9, typical: 0.93 }, // steady
    { rpe: 5, from: 0.84, typical: 0.87 }, // marathon
    { rpe: 6, from: 0.79, typical: 0.81 }, // threshold
    { rpe: 7, from: 0.755, typical: 0.77 }, // 10k
    { rpe: 8, from: 0.72, typical: 0.74 }, // 5k
    { rpe: 9, from: 0.68, typical: 0.7 }, // mile
    { rpe: 10, from: 0, typical: 0.66 },
];

/**
 * Shares of max speed, fastest first; RPE 4 covers every share below 70%. There is no band of
 * RPE 6: strides at 70-80% are relaxed running, not work at threshold.
 */
const SPEED_BANDS: readonly EffortBand[] = [
    { rpe: 10, from: 1, typical: 1 },
    { rpe: 9, from: 0.95, typical: 0.95 },
    { rpe: 8, from: 0.9, typical: 0.9 },
    { rpe: 7, from: 0.8, typical: 0.8 },
    { rpe: 5, from: 0.7, typical: 0.7 },
    { rpe: 4, from: 0, typical: 0.6 },
];

/** The band `value` falls in: the first, in the table's order, that it reaches. */
function bandOf(bands: readonly EffortBand[], value: number): EffortBand {
    return bands.find(band => value >= band.from) ?? bands[bands.length - 1];
}

/**
 * The band of an RPE rounded to a whole number: its own, else the one below it (a sprint at
 * RPE 6 runs at 70% of max speed), else the lowest (a run at RPE 0 is a walk).
 */
function bandFor(bands: readonly EffortBand[], rpe: number): EffortBand {
    const whole = Math.round(rpe);
    const below = bands.filter(band => band.rpe <= whole);
    return below.length > 0 ? below.reduce((best, band) => (band.rpe > best.rpe ? band : best)) : bands.reduce((low, band) => (band.rpe < low.rpe ? band : low));
}

/** Well-known pace names keep their usual effort whatever their value. */
const RPE_BY_PACE_NAME: Readonly<Record<string, number>> = {
    recovery: 2, easy: 3, long: 3, aerobic: 3, steady: 4, marathon: 5, mp: 5,
    half: 6, hm: 6, threshold: 6, tempo: 6, lt: 6, '10k': 7, '5k': 8, '3k': 8, '1500m': 9, mile: 9,
};

const RPE_BY_ZONE: readonly number[] = [0, 2, 3, 5, 7, 9];

/** RPE at or above which running counts as at threshold, and a run makes a hard day. */
export const THRESHOLD_RPE = 6;

/** Rest between reps is walked or jogged: CR-10 "easy". */
export const REST_RPE = 2;

export const DEFAULT_EASY_PACE_S_PER_KM = 360;
export const DEFAULT_MAX_SPEED_M_PER_S = 8;
/** A sprint written without an intensity is taken as a near-maximal one. */
export const DEFAULT_SPRINT_FRACTION = 0.95;
/** The share of max speed at or above which sprint metres count against the session limit. */
export const MAX_VELOCITY_FRACTION = 0.9;

export function rpeForPaceRatio(ratio: number): number {
    return bandOf(PACE_BANDS, ratio).rpe;
}

export function paceRatioForRpe(rpe: number): number {
    return bandFor(PACE_BANDS, rpe).typical;
}

export function rpeForPaceName(name: string): number | undefined {
    return RPE_BY_PACE_NAME[name.toLowerCase()];
}

export function rpeForZone(zone: number): number {
    return RPE_BY_ZONE[Math.min(5, Math.max(1, Math.round(zone)))];
}

/** The heart-rate zone whose effort is nearest an RPE (the lower of two as near). */
export function zoneForRpe(rpe: number): number {
    let best = 1;
    for (let zone = 2; zone < RPE_BY_ZONE.length; zone++) {
        if (Math.abs(RPE_BY_ZONE[zone] - rpe) < Math.abs(RPE_BY_ZONE[best] - rpe)) best = zone;
    }
    return best;
}

/** Effort of a sprint or stride at a share of max speed. */
export function rpeForSpeedFraction(fraction: number): number {
    return bandOf(SPEED_BANDS, fraction).rpe;
}

/** The share of max speed an effort of this RPE runs at, for sprints given as `@RPE8`. */
export function speedFractionForRpe(rpe: number): number {
    return bandFor(SPEED_BANDS, rpe).typical;
}

/** Effort of a lift at a share of 1RM (the usual reps-in-reserve relation). */
export function rpeForOneRepMaxPercent(percent: number): number {
    if (percent >= 90) return 9;
    if (percent >= 85) return 8;
    if (percent >= 80) return 7;
    if (percent >= 70) return 6;
    if (percent >= 60) return 5;
    return 4;
}

/** The share of 1RM at or above which lifting is heavy and makes a hard day. */
export const HEAVY_LIFT_PERCENT = 85;

/** The effort of a lift at HEAVY_LIFT_PERCENT: a lift at this RPE or more is heavy, however it is written. */
export const HEAVY_LIFT_RPE = rpeForOneRepMaxPercent(HEAVY_LIFT_PERCENT);

/** Minutes of running at or above threshold in one session from which it is a hard session: a workout, not a few strides. */
export const HARD_THRESHOLD_MINUTES = 5;

/** Foot contacts in one session at or above which plyometric work makes a hard day. */
export const HARD_SESSION_CONTACTS = 50;

const RPE_BY_TIER: Readonly<Record<PlyoTier, number>> = { low: 5, moderate: 6, high: 8 };

export function rpeForPlyoTier(tier: PlyoTier | undefined): number {
    return RPE_BY_TIER[tier ?? 'moderate'];
}

/** Effort of work written with no intensity, by what kind of drill it is. */
export const DEFAULT_RPE_BY_KIND: Readonly<Record<DrillKind, number>> = {
    run: 3,
    sprint: rpeForSpeedFraction(DEFAULT_SPRINT_FRACTION),
    'sprint-drill': 4,
    plyometric: 6,
    strength: 6,
    mobility: 2,
    cross: 3,
};

/** Speed of sprint drills and other technique work when the drill gives none, m/s. */
export const DEFAULT_DRILL_SPEED_M_PER_S = 3;

/** Metres a plyometric drill written as a distance covers per foot contact when it gives none. */
export const DEFAULT_METRES_PER_CONTACT = 2;

/** The effort of a drill written with no intensity: its own, else its tier's (plyometrics), else its kind's. */
export function defaultEffort(drill: Pick<Drill, 'kind' | 'rpe' | 'tier'>): number {
    return drill.rpe ?? (drill.kind === 'plyometric' ? rpeForPlyoTier(drill.tier) : DEFAULT_RPE_BY_KIND[drill.kind]);
}
