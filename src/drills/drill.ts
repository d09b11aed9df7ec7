/** What a drill is, as the Plan compile and the rules need it. The catalogue is data of this type. */

/** `cross` is aerobic work that is not running (cycling, swimming): it adds time and load, never running distance. */
export type DrillKind = 'run' | 'sprint' | 'sprint-drill' | 'plyometric' | 'strength' | 'mobility' | 'cross';

/** The amounts a drill can be written with: `8km`, `20min`, `10` (reps). */
export type Measure = 'distance' | 'time' | 'reps';

/** Plyometric intensity tier after Chu: skips and pogos are low, bounds moderate, depth jumps high. */
export type PlyoTier = 'low' | 'moderate' | 'high';

export interface Drill {
    /** The kebab-case name written in plans, e.g. `single-leg-deadlift`. */
    readonly id: string;
    /** The display name, e.g. `Single-leg deadlift`. */
    readonly title: string;
    readonly kind: DrillKind;
    /** One line in our own words. */
    readonly description: string;
    /** Other names that find it in completion and link to it, e.g. `sld`, `rdl-single`. */
    readonly aliases: readonly string[];
    /** The amounts it accepts; the first is the usual one. */
    readonly measures: readonly Measure[];
    /** Seconds one counted rep takes (one side for unilateral drills); also the time of the drill written with no amount. */
    readonly repSeconds: number;
    /** Default rest between reps or sets, in seconds, when the plan gives none. */
    readonly restSeconds: number;
    /** Typical speed for distance work that the plan's paces do not set (drills, bounds, carries), in m/s. */
    readonly metresPerSecond?: number;
    /** Plyometric foot contacts per counted rep (per side for unilateral drills). */
    readonly contactsPerRep?: number;
    /** Plyometric drills written as a distance: metres covered per foot contact. */
    readonly metresPerContact?: number;
    readonly tier?: PlyoTier;
    /** Worked one side at a time; `each-leg` doubles its reps. */
    readonly unilateral?: boolean;
    /** Run-in before the timed part (flying sprints); not counted as sprint metres. */
    readonly buildUpMetres?: number;
    /**
     * Sprints up a slope or against a load (hills, sleds): never at top speed, so their 100% is
     * `metresPerSecond` rather than the athlete's max speed, and they are not sprint metres.
     */
    readonly resisted?: boolean;
    /** The effort of the drill written with no intensity, when it is not its kind's (a jog is RPE 2, a walk RPE 1). */
    readonly rpe?: number;
}
