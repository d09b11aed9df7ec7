/**
 * A drill's numbers in words: how it is written, how long a counted rep takes, how fast it
 * goes, its effort and rest when the plan gives none, its foot contacts and run-in. The
 * estimates use these very numbers (docs/plan-model.md); docs/drills.md, `stride drills`, the
 * drill hover and completion show them the same way.
 */
import type { Drill } from '../drills/drill.js';
import {
    DEFAULT_DRILL_SPEED_M_PER_S, DEFAULT_METRES_PER_CONTACT, DEFAULT_SPRINT_FRACTION, defaultEffort, paceRatioForRpe,
} from './effort.js';
import { formatFineSeconds, formatSeconds, formatShare } from './format.js';

export interface DrillFacts {
    /** `distance or time`: the amounts it may be written with, the usual one first. */
    readonly measures: string;
    /** `4 s`: a counted rep (one side), or the time of the drill written with no amount; null when it is never counted. */
    readonly rep: string | null;
    /** `a share of max speed`, `2.5 m/s`, `the run's pace`: how fast it covers ground; null when it covers none. */
    readonly speed: string | null;
    /** `RPE 9 (95% of max speed)`: its effort when the plan writes no intensity. */
    readonly effort: string;
    /** `4 min`, `none`: the rest between reps or sets when the plan writes none. */
    readonly rest: string;
    /** `1 a rep, 1 per 2.5 m`: plyometric foot contacts; null for other drills. */
    readonly contacts: string | null;
    /** `low`, `moderate`, `high`: a plyometric drill's intensity tier; null for other drills. */
    readonly tier: string | null;
    /** `20 m`: a run-in before the timed part of a sprint; null without one. */
    readonly runIn: string | null;
    /** Worked one side at a time: `each-leg` doubles it. */
    readonly oneSide: boolean;
}

/** What each fact is called, in docs/drills.md's columns and the hover's lines alike. */
export const DRILL_FACT_LABELS = {
    measures: 'written in', rep: 'a rep', speed: 'speed', effort: 'no intensity', rest: 'no rest', contacts: 'foot contacts', runIn: 'run-in',
} as const satisfies Partial<Record<keyof DrillFacts, string>>;

export function drillFacts(drill: Drill): DrillFacts {
    const counted = drill.measures.includes('reps') || drill.kind === 'mobility';
    return {
        measures: drill.measures.join(' or '),
        rep: counted ? formatFineSeconds(drill.repSeconds) : null,
        speed: speedOf(drill),
        effort: effortOf(drill),
        rest: drill.restSeconds > 0 ? formatSeconds(drill.restSeconds) : 'none',
        contacts: drill.kind === 'plyometric'
            ? `${drill.contactsPerRep ?? 1} a rep, 1 per ${drill.metresPerContact ?? DEFAULT_METRES_PER_CONTACT} m`
            : null,
        tier: drill.kind === 'plyometric' ? drill.tier ?? 'moderate' : null,
        runIn: drill.buildUpMetres !== undefined ? `${drill.buildUpMetres} m` : null,
        oneSide: drill.unilateral === true,
    };
}

function speedOf(drill: Drill): string | null {
    switch (drill.kind) {
        case 'sprint':
            // A hill or a sled holds a sprint below top speed: its 100% is the drill's own speed.
            return drill.resisted ? `${drill.metresPerSecond ?? 'max speed'} m/s at 100%` : 'a share of max speed';
        case 'run': {
            const pace = drill.rpe === undefined ? "the run's pace" : `the pace of RPE ${drill.rpe} (${paceRatioForRpe(drill.rpe)} x easy)`;
            return drill.metresPerSecond === undefined ? pace : `${pace}; a counted rep ${drill.metresPerSecond} m/s`;
        }
        default:
            return drill.measures.includes('distance') ? `${drill.metresPerSecond ?? DEFAULT_DRILL_SPEED_M_PER_S} m/s` : null;
    }
}

function effortOf(drill: Drill): string {
    const rpe = `RPE ${defaultEffort(drill)}`;
    if (drill.kind === 'sprint') {
        return `${rpe} (${formatShare(DEFAULT_SPRINT_FRACTION)}${drill.resisted ? '' : ' of max speed'})`;
    }
    if (drill.kind === 'run' && drill.rpe === undefined) {
        return `${rpe} (easy pace)`;
    }
    return drill.kind === 'plyometric' && drill.rpe === undefined ? `${rpe} (${drill.tier ?? 'moderate'} tier)` : rpe;
}
