/**
 * How hard an intensity is (session RPE on Foster's CR-10 scale) and how fast it goes.
 * The tables and their reasons are written out in docs/plan-model.md; change both together.
 */
import type { DrillKind, PlyoTier } from '../drills/drill.js';

/** Paces are compared to the easy pace: pace / easy pace. A 10k pace is about 0.77 of easy. */
const RPE_BY_PACE_RATIO: ReadonlyArray<readonly [minRatio: number, rpe: number]> = [
    [1.05, 2], // recovery jog
    [0.95, 3], // easy
    [0.9, 4], // steady
    [0.84, 5], // marathon
    [0.79, 6], // threshold
    [0.755, 7], // 10k
    [0.72, 8], // 5k
    [0.68, 9], // mile
];

/** The pace ratio each RPE runs at, for runs given as `@RPE6` or `@Z4`. */
const PACE_RATIO_BY_RPE: readonly number[] = [1.1, 1.1, 1.08, 1.0, 0.93, 0.87, 0.81, 0.77, 0.74, 0.7, 0.66];

/** Well-known pace names keep their usual effort whatever their value. */
const RPE_BY_PACE_NAME: Readonly<Record<string, number>> = {
    recovery: 2, easy: 3, long: 3, aerobic: 3, steady: 4, marathon: 5, mp: 5,
    half: 6, hm: 6, threshold: 6, tempo: 6, lt: 6, '10k': 7, '5k': 8, '3k': 8, mile: 9,
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
    for (const [minRatio, rpe] of RPE_BY_PACE_RATIO) {
        if (ratio >= minRatio) {
            return rpe;
        }
    }
    return 10;
}

export function paceRatioForRpe(rpe: number): number {
    const index = Math.min(10, Math.max(0, Math.round(rpe)));
    return PACE_RATIO_BY_RPE[index];
}

export function rpeForPaceName(name: string): number | undefined {
    return RPE_BY_PACE_NAME[name.toLowerCase()];
}

export function rpeForZone(zone: number): number {
    return RPE_BY_ZONE[Math.min(5, Math.max(1, Math.round(zone)))];
}

/** Effort of a sprint or stride at a share of max speed. */
export function rpeForSpeedFraction(fraction: number): number {
    if (fraction >= 1) return 10;
    if (fraction >= 0.95) return 9;
    if (fraction >= 0.9) return 8;
    if (fraction >= 0.8) return 7;
    if (fraction >= 0.7) return 5;
    return 4;
}

/** The share of max speed an effort of this RPE runs at, for sprints given as `@RPE8`. */
export function speedFractionForRpe(rpe: number): number {
    if (rpe >= 10) return 1;
    if (rpe >= 9) return 0.95;
    if (rpe >= 8) return 0.9;
    if (rpe >= 7) return 0.8;
    if (rpe >= 5) return 0.7;
    return 0.6;
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
