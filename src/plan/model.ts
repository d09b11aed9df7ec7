/**
 * The Plan: what a `.stride` file means, as plain serialisable data. Every session sits on
 * its date, every amount is in SI units (metres, seconds, kilograms), and every figure the
 * rules, the preview, the CLI and the exporters show is computed here once.
 */
import type { Drill } from '../drills/drill.js';

/** A place in the source, zero-based like the Language Server Protocol's ranges. */
export interface SourceRange {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Week numbers run from 1 to this: fifty years, more than any training plan needs, and a bound on every day-by-day series. */
export const MAX_WEEKS = 2600;

/**
 * A Plan holds at most this many sessions: a fifty-year plan of two sessions a day has 36,500.
 * It bounds what one line can make, since `weeks 2-2600 = weeks 1-1` copies week 1 2,599 times.
 */
export const MAX_SESSIONS = 40_000;

export type SessionKind = 'run' | 'speed' | 'strength' | 'plyometrics' | 'mobility' | 'circuit' | 'cross';
export type AthleteLevel = 'beginner' | 'intermediate' | 'advanced';
export type Phase = 'warmup' | 'main' | 'cooldown';

/** How hard an item is meant to be, as written. A bare `%` means % of max speed for runs and sprints, % of 1RM for lifts. */
export type Intensity =
    | { readonly type: 'pace'; readonly name: string | null; readonly secondsPerKm: number }
    | { readonly type: 'percent'; readonly percent: number }
    | { readonly type: 'load'; readonly kg: number }
    | { readonly type: 'rpe'; readonly rpe: number }
    | { readonly type: 'zone'; readonly zone: number }
    | { readonly type: 'max' };

// ---- What the language layer hands over: the plan's structure, nothing estimated yet. ----

/** A rest spent running: `rest 200m jog`, `rest 90s walk`. */
export interface RecoverySpec {
    /** The drill it is done as: `jog` or `walk` (a plan's own drill of that name, else the built-in one). */
    readonly drill: Drill;
    /** Metres per rest; null when the rest is a time (the step's or group's `restS`). */
    readonly distanceM: number | null;
}

/** One phase of a rep done in phases: `20m @95%` of `in-and-out (20m @95%, 20m @80%, 20m @95%)`. */
export interface RepPhaseSpec {
    readonly distanceM: number | null;
    readonly durationS: number | null;
    readonly intensity: Intensity | null;
    /** `20m in 2.4s`: the time the phase should take. */
    readonly targetS: number | null;
}

export interface StepSpec {
    readonly type: 'step';
    readonly phase: Phase;
    readonly drill: Drill;
    /** `3 x 4 x 30m`: 3 sets of 4 reps; `4 x 60m`: 4 sets of 1; `10 pogo-jump`: 1 set of 10. */
    readonly sets: number;
    readonly reps: number;
    /** Per rep; both null for counted work and for a drill written with no amount. */
    readonly repDistanceM: number | null;
    readonly repDurationS: number | null;
    readonly eachSide: boolean;
    readonly intensity: Intensity | null;
    /** Rest between reps (or sets of counted work) as written; null to use the drill's default, or for a recovery given as a distance. */
    readonly restS: number | null;
    /** The rest spent jogging or walking, when the plan says so. */
    readonly recovery: RecoverySpec | null;
    /** `in 7.7s`: the time one rep of the written distance should take; it sets the speed. */
    readonly targetS: number | null;
    /** A rep done in phases (`in-and-out (20m @95%, 20m @80%, 20m @95%)`); null for a rep of one amount. */
    readonly phases: readonly RepPhaseSpec[] | null;
    /** `@tempo 3-1-1-0`: the seconds of each phase of a lift's rep (X, explosive, is 1 s); null when not given. */
    readonly tempo: readonly number[] | null;
    readonly note: string | null;
    readonly source: SourceRange;
}

export interface GroupSpec {
    readonly type: 'group';
    readonly phase: Phase;
    readonly rounds: number;
    /** Written in rounds (`3 rounds { }`), a circuit: what `+1 round` and a named session's `3 rounds` change. */
    readonly circuit: boolean;
    /** `20min { ... }`: the time one round takes, shared among its items. */
    readonly durationS: number | null;
    readonly restS: number | null;
    readonly recovery: RecoverySpec | null;
    readonly items: readonly ItemSpec[];
    readonly note: string | null;
    readonly source: SourceRange;
}

export interface NoteSpec {
    readonly type: 'note';
    readonly text: string;
    readonly source: SourceRange;
}

export type ItemSpec = StepSpec | GroupSpec | NoteSpec;

export interface SessionSpec {
    readonly title: string | null;
    /** The named session it uses, if any. */
    readonly template: string | null;
    readonly kind: SessionKind | null;
    /** Local time of day, `HH:MM`. */
    readonly time: string | null;
    readonly items: readonly ItemSpec[];
    readonly source: SourceRange;
}

export interface DaySpec {
    readonly weekday: Weekday | null;
    /** An explicit `YYYY-MM-DD` date instead of a weekday. */
    readonly date: string | null;
    readonly rest: boolean;
    readonly note: string | null;
    readonly sessions: readonly SessionSpec[];
    readonly source: SourceRange;
}

export interface WeekSpec {
    readonly number: number;
    readonly title: string | null;
    /** Days as written, or a derivation from another week. */
    readonly days: readonly DaySpec[] | null;
    /** `week 3 = week 2 +5% +1 round`: the change of volume and of rounds, applied `times` times (a block's repetitions). */
    readonly derivedFrom: {
        readonly week: number;
        readonly changePercent: number;
        readonly roundChange: number;
        readonly times: number;
    } | null;
    readonly source: SourceRange;
}

export interface PaceSpec {
    readonly name: string;
    readonly secondsPerKm: number;
}

export interface PlanSpec {
    readonly name: string;
    readonly start: string | null;
    readonly race: string | null;
    readonly units: 'km' | 'mi';
    readonly athlete: AthleteLevel | null;
    readonly paces: readonly PaceSpec[];
    /** Best flying speed, m/s. */
    readonly maxSpeed: number | null;
    /** 1RM in kg by drill id. */
    readonly oneRepMaxKg: Readonly<Record<string, number>>;
    readonly timezone: string | null;
    readonly weeks: readonly WeekSpec[];
    readonly source: SourceRange | null;
}

// ---- The Plan with every figure estimated. ----

/** The figures every level of the plan carries, summed from its items. */
export interface Figures {
    readonly minutes: number;
    /** Foster's session load: RPE x minutes, arbitrary units. */
    readonly load: number;
    /** Running distance (runs and sprints), metres. */
    readonly distanceM: number;
    readonly distanceByBand: PaceBands;
    /** Running minutes, and those at or above threshold (RPE 6 and up). */
    readonly runMinutes: number;
    readonly runMinutesAtThreshold: number;
    /** Metres sprinted at 90% of max speed or more. */
    readonly sprintMetres: number;
    readonly contacts: number;
}

/** Running distance in metres by how hard it is: easy RPE <= 4, moderate 5, hard >= 6, sprint. */
export interface PaceBands {
    readonly easy: number;
    readonly moderate: number;
    readonly hard: number;
    readonly sprint: number;
}

/** A drill as the Plan names it. */
export interface DrillRef {
    readonly id: string;
    readonly title: string;
    readonly kind: Drill['kind'];
}

export interface PlanRecovery extends Omit<RecoverySpec, 'drill'> {
    readonly drill: DrillRef;
}

/** A phase of a rep with what it takes: its time, the ground it covers, its effort and its speed. */
export interface PlanRepPhase extends RepPhaseSpec {
    readonly seconds: number;
    readonly metres: number;
    readonly rpe: number;
    readonly speed: number | null;
    readonly speedFraction: number | null;
}

export interface PlanStep extends Omit<StepSpec, 'drill' | 'recovery' | 'phases'>, Figures {
    readonly drill: DrillRef;
    readonly recovery: PlanRecovery | null;
    readonly phases: readonly PlanRepPhase[] | null;
    /** The step's effort: its working load over its working minutes. */
    readonly rpe: number;
    /** Rest actually assumed between reps, seconds (a recovery's time, for a distance jogged or walked). */
    readonly restUsedS: number;
    /** The speed of one rep of running, m/s, and its share of max speed when a sprint or a share set it; null for other work and for reps done in phases. */
    readonly speed: number | null;
    readonly speedFraction: number | null;
    /** Hard enough to make the session a hard day by itself, and why (running at threshold counts by the session's minutes instead). */
    readonly hardReason: string | null;
}

export interface PlanGroup extends Omit<GroupSpec, 'items' | 'recovery'>, Figures {
    readonly items: readonly PlanItem[];
    readonly recovery: PlanRecovery | null;
    /** Rest actually taken between rounds, seconds. */
    readonly restUsedS: number;
}

export type PlanItem = PlanStep | PlanGroup | NoteSpec;

export interface PlanSession extends Omit<SessionSpec, 'items' | 'kind'>, Figures {
    /** Unique in the plan and stable while the session stays on its day: `w3-tue-1`. */
    readonly key: string;
    readonly name: string;
    readonly kind: SessionKind;
    readonly date: string | null;
    readonly items: readonly PlanItem[];
    /** Session RPE: load / minutes. */
    readonly rpe: number;
    readonly hard: boolean;
    readonly hardReasons: readonly string[];
}

export interface PlanDay extends Omit<DaySpec, 'sessions'> {
    readonly sessions: readonly PlanSession[];
}

export interface WeekTotals extends Figures {
    readonly sessions: number;
    readonly hardSessions: number;
    /** Running distance against the week numbered one less: +0.05 is 5% more; null with nothing to compare. */
    readonly distanceChange: number | null;
}

export interface PlanWeek {
    readonly number: number;
    readonly title: string | null;
    readonly startDate: string | null;
    readonly endDate: string | null;
    readonly derivedFrom: WeekSpec['derivedFrom'];
    readonly deload: boolean;
    readonly days: readonly PlanDay[];
    readonly totals: WeekTotals;
    /** The week header. */
    readonly source: SourceRange;
}

/** A default the estimate had to assume because the plan did not say; shown so nothing is guessed silently. */
export interface Assumption {
    readonly code: 'no-easy-pace' | 'no-max-speed' | 'no-start-date';
    readonly message: string;
}

export interface Plan extends Omit<PlanSpec, 'weeks'> {
    readonly weeks: readonly PlanWeek[];
    readonly totals: Figures & { readonly sessions: number };
    readonly assumptions: readonly Assumption[];
    /** The first week left out because the Plan would hold more than MAX_SESSIONS sessions with it; null when none is. */
    readonly leftOut: { readonly week: number; readonly source: SourceRange } | null;
}
