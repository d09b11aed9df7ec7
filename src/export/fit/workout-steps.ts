/**
 * A session as a watch runs it: FIT workout steps in the Encoder's raw units (durations in ms,
 * distances in cm, speeds in mm/s: the SDK scales main fields only, and these are main
 * fields), with what the watch will not show as the plan says it. docs/fit.md describes it.
 */
import type { Types, WorkoutStepMesg } from '@garmin/fitsdk';
import { DEFAULT_MAX_SPEED_M_PER_S, speedFractionForRpe, zoneForRpe } from '../../plan/effort.js';
import { itemFigures } from '../../plan/estimate.js';
import { formatRepDistance, formatSeconds } from '../../plan/format.js';
import type { Plan, PlanGroup, PlanItem, PlanSession, PlanStep, SessionKind, SourceRange } from '../../plan/model.js';
import { garminExercise } from './exercises.js';
import { MAX_REPEAT_NESTING, WATCH_MAX_STEPS, WATCH_NAME_BYTES, fitBytes, fitText, utf8Bytes } from './watch-limits.js';

export type WorkoutStep = Omit<WorkoutStepMesg, 'mesgNum'>;

export interface Workout {
    readonly name: string;
    readonly sport: Exclude<Types.Sport, number>;
    readonly subSport: Exclude<Types.SubSport, number>;
    readonly steps: readonly WorkoutStep[];
}

/** What a watch will not show as the plan says it, at the plan text it comes from. */
export interface WatchLoss {
    readonly code: 'watch-name' | 'watch-target' | 'watch-steps';
    readonly source: SourceRange;
    readonly message: string;
    /** For an RPE on a run or sprint: the intensity a watch can follow instead, as written in a plan. */
    readonly replacement?: string;
}

export interface SessionWorkout {
    readonly workout: Workout;
    readonly losses: readonly WatchLoss[];
}

/** A pace or a share of max speed becomes a speed range this much either side of it. */
export const SPEED_RANGE = 0.03;

/** The sport of each kind of session, as Garmin names its workouts. */
const SPORTS: Readonly<Record<SessionKind, Pick<Workout, 'sport' | 'subSport'>>> = {
    run: { sport: 'running', subSport: 'generic' },
    speed: { sport: 'running', subSport: 'generic' },
    strength: { sport: 'training', subSport: 'strengthTraining' },
    plyometrics: { sport: 'training', subSport: 'cardioTraining' },
    circuit: { sport: 'training', subSport: 'cardioTraining' },
    mobility: { sport: 'training', subSport: 'flexibilityTraining' },
    cross: { sport: 'generic', subSport: 'generic' },
};

/** A step, or steps repeated: the tree a session makes before it is laid out as FIT's list. */
type Block =
    | { readonly type: 'step'; readonly step: WorkoutStep }
    | { readonly type: 'repeat'; readonly times: number; readonly body: readonly Block[] };

/** While a session is read: its plan, the notes waiting for the next step, and what was lost. */
interface Context {
    readonly plan: Plan;
    readonly pendingNotes: string[];
    readonly losses: WatchLoss[];
    /** Inside `20min { ... }`: items take their share of the round's time, so every duration becomes a time, scaled by this. */
    readonly timeScale: number | null;
}

/** The session as a FIT workout, and what a watch loses of it. */
export function sessionWorkout(session: PlanSession, plan: Plan): SessionWorkout {
    const context: Context = { plan, pendingNotes: [], losses: [], timeScale: null };
    const blocks = itemBlocks(session.items, context);
    const steps = layOut(blocks);
    if (steps.length === 0) {
        steps.push({ messageIndex: 0, wktStepName: fitText(session.name), durationType: 'open', targetType: 'open', intensity: 'active' });
    }
    if (context.pendingNotes.length > 0) {
        // Notes after the last step belong to it.
        const last = [...steps].reverse().find(step => step.durationType !== 'repeatUntilStepsCmplt') ?? steps[0];
        last.notes = joinNotes([last.notes, ...context.pendingNotes]);
    }
    const losses = [...context.losses];
    if (utf8Bytes(session.name) > WATCH_NAME_BYTES) {
        losses.unshift({
            code: 'watch-name', source: session.source,
            message: `"${session.name}" is ${utf8Bytes(session.name)} bytes long; a watch shows ${WATCH_NAME_BYTES}: "${fitBytes(session.name, WATCH_NAME_BYTES)}"`,
        });
    }
    if (steps.length > WATCH_MAX_STEPS) {
        losses.unshift({
            code: 'watch-steps', source: session.source,
            message: `${session.name} is ${steps.length} steps on a watch, more than the ${WATCH_MAX_STEPS} a Garmin watch is sure to take`,
        });
    }
    return { workout: { name: fitText(session.name), ...SPORTS[session.kind], steps }, losses };
}

function itemBlocks(items: readonly PlanItem[], context: Context): Block[] {
    return items.flatMap(item => {
        switch (item.type) {
            case 'note':
                context.pendingNotes.push(item.text);
                return [];
            case 'step':
                return stepBlocks(item, context);
            case 'group':
                return groupBlocks(item, context);
        }
    });
}

function groupBlocks(group: PlanGroup, context: Context): Block[] {
    if (group.note !== null) {
        context.pendingNotes.push(group.note);
    }
    const roundSeconds = itemFigures(group.items).minutes * 60;
    const timeScale = group.durationS !== null && roundSeconds > 0 ? (context.timeScale ?? 1) * group.durationS / roundSeconds : context.timeScale;
    const body = itemBlocks(group.items, { ...context, timeScale });
    if (group.rounds > 1 && group.restS !== null && group.restS > 0) {
        body.push(restBlock(group.restS * (context.timeScale ?? 1), 'rest'));
    }
    return repeated(group.rounds, body);
}

/** `times` passes of `body`: a repeat when there is more than one. */
function repeated(times: number, body: Block[]): Block[] {
    return times > 1 && body.length > 0 ? [{ type: 'repeat', times, body }] : body;
}

function restBlock(seconds: number, intensity: 'rest' | 'recovery'): Block {
    return { type: 'step', step: { durationType: 'time', durationValue: milliseconds(seconds), targetType: 'open', intensity } };
}

/**
 * A step of the plan: its work as one FIT step per rep (or per set of counted reps) with the
 * rest after it, repeated: `4 x 60m` four times, `3 x 4 x 30m` four times inside three times,
 * `3 x 8` (counted) three times.
 */
function stepBlocks(step: PlanStep, context: Context): Block[] {
    const counted = step.repDistanceM === null && step.repDurationS === null;
    const perSet = counted ? 1 : step.reps;
    const passes = step.sets * perSet;
    const restIntervals = Math.max(0, counted ? step.sets - 1 : passes - 1);
    const workSeconds = (step.minutes * 60 - restIntervals * step.restUsedS) / passes;
    const body = workBlocks(step, workSeconds, context);
    if (step.restUsedS > 0 && passes > 1) {
        body.push(restBlock(step.restUsedS * (context.timeScale ?? 1), step.drill.kind === 'run' ? 'recovery' : 'rest'));
    }
    return counted || step.sets === 1 || step.reps === 1
        ? repeated(passes, body)
        : repeated(step.sets, repeated(step.reps, body));
}

/** One rep's work (one set's, for counted reps): a flying sprint's build-up first, then the rep. */
function workBlocks(step: PlanStep, workSeconds: number, context: Context): Block[] {
    const { target, notes: targetNotes } = stepTarget(step, context);
    const notes = [...context.pendingNotes.splice(0), ...targetNotes];
    const intensity: WorkoutStep['intensity'] = step.phase === 'main' ? 'active' : step.phase;
    const exercise = garminExercise(step.drill);
    const blocks: Block[] = [];
    const buildUp = sprintBuildUp(step);
    if (buildUp > 0 && context.timeScale === null) {
        blocks.push({ type: 'step', step: { wktStepName: 'Build-up', ...distance(buildUp), targetType: 'open', intensity } });
    }
    const { duration, notes: durationNotes } = workDuration(step, workSeconds, context);
    blocks.push({
        type: 'step',
        step: {
            wktStepName: fitText(step.drill.title),
            ...duration,
            ...target,
            intensity,
            notes: joinNotes([...notes, ...durationNotes, step.note]),
            ...exercise,
            ...weight(step, context.plan),
        },
    });
    return blocks;
}

/** The run-in of a flying sprint, metres: what a rep covers beyond the distance written. */
function sprintBuildUp(step: PlanStep): number {
    if (step.drill.kind !== 'sprint' || step.repDistanceM === null) {
        return 0;
    }
    const perRep = step.distanceM / (step.sets * step.reps);
    return Math.max(0, Math.round(perRep - step.repDistanceM));
}

type Duration = Pick<WorkoutStep, 'durationType' | 'durationValue'>;

/**
 * How a rep ends on the watch: at its distance or time as written; after its reps for counted
 * work (at the lap button for counted running, which a watch cannot count); at the time the
 * Plan gives a drill written alone. Work done on each side lasts both sides' distance or time.
 */
function workDuration(step: PlanStep, workSeconds: number, context: Context): { duration: Duration; notes: string[] } {
    const sides = step.eachSide ? 2 : 1;
    const units = context.plan.units;
    const notes: string[] = [];
    if (context.timeScale !== null) {
        const written = step.repDistanceM !== null ? formatRepDistance(step.repDistanceM, units)
            : step.repDurationS !== null ? formatSeconds(step.repDurationS) : step.reps > 1 ? `${step.reps} reps` : null;
        if (written !== null) notes.push(step.eachSide ? `${written} each side` : written);
        return { duration: time(workSeconds * context.timeScale), notes };
    }
    if (step.repDistanceM !== null) {
        if (step.eachSide) notes.push(`${formatRepDistance(step.repDistanceM, units)} each side`);
        return { duration: distance(step.repDistanceM * sides), notes };
    }
    if (step.repDurationS !== null) {
        if (step.eachSide) notes.push(`${formatSeconds(step.repDurationS)} each side`);
        return { duration: time(step.repDurationS * sides), notes };
    }
    if (step.eachSide) notes.push(step.reps > 1 ? `${step.reps} each side` : 'each side');
    if (step.drill.kind === 'run' || step.drill.kind === 'sprint') {
        if (step.reps > 1) notes.unshift(`${step.reps} reps`);
        return { duration: { durationType: 'open' }, notes };
    }
    if (step.reps === 1 && step.drill.kind === 'mobility') {
        return { duration: time(workSeconds), notes };
    }
    return { duration: { durationType: 'reps', durationValue: step.reps }, notes };
}

type Target = Pick<WorkoutStep, 'targetType' | 'targetValue' | 'customTargetValueLow' | 'customTargetValueHigh'>;

const OPEN: Target = { targetType: 'open' };

/**
 * The step's intensity as a watch target: a pace or a share of max speed as a speed range, a
 * zone as a heart-rate zone. What a watch cannot follow goes in the step's notes: an RPE (a
 * loss on a run or sprint, where the plan meant a target), all-out efforts, loads (which are the
 * step's weight, below).
 */
function stepTarget(step: PlanStep, context: Context): { target: Target; notes: string[] } {
    const { intensity, drill } = step;
    const running = drill.kind === 'run' || drill.kind === 'sprint' || drill.kind === 'sprint-drill';
    switch (intensity?.type) {
        case undefined:
            return { target: OPEN, notes: [] };
        case 'pace':
            return { target: speedRange(1000 / intensity.secondsPerKm), notes: [] };
        case 'percent':
            return running
                ? { target: speedRange(intensity.percent / 100 * (context.plan.maxSpeed ?? DEFAULT_MAX_SPEED_M_PER_S)), notes: [] }
                : { target: OPEN, notes: [`${intensity.percent}% of 1RM`] };
        case 'zone':
            return { target: { targetType: 'heartRate', targetValue: intensity.zone }, notes: [] };
        case 'load':
            return { target: OPEN, notes: [] };
        case 'max':
            return { target: OPEN, notes: ['max effort'] };
        case 'rpe':
            if (running) {
                const replacement = drill.kind === 'run' ? `@Z${zoneForRpe(intensity.rpe)}` : `@${Math.round(speedFractionForRpe(intensity.rpe) * 100)}%`;
                context.losses.push({
                    code: 'watch-target', source: step.source, replacement,
                    message: `RPE ${intensity.rpe} is no target a watch follows: it shows in the step's notes, with no alerts; ${replacement} is one it follows`,
                });
            }
            return { target: OPEN, notes: [`RPE ${intensity.rpe}`] };
    }
}

/** A speed range SPEED_RANGE either side of `metresPerSecond`, in mm/s. */
function speedRange(metresPerSecond: number): Target {
    return {
        targetType: 'speed',
        targetValue: 0,
        customTargetValueLow: Math.round(metresPerSecond * (1 - SPEED_RANGE) * 1000),
        customTargetValueHigh: Math.round(metresPerSecond * (1 + SPEED_RANGE) * 1000),
    };
}

/** A lift's weight: a load as written, a share of 1RM of the plan's 1RM, to the half kilogram. */
function weight(step: PlanStep, plan: Plan): Pick<WorkoutStep, 'exerciseWeight' | 'weightDisplayUnit'> {
    const { intensity } = step;
    const oneRepMax = plan.oneRepMaxKg[step.drill.id];
    const kg = step.drill.kind !== 'strength' ? null
        : intensity?.type === 'load' ? intensity.kg
            : intensity?.type === 'percent' && oneRepMax !== undefined ? intensity.percent / 100 * oneRepMax
                : null;
    return kg === null ? {} : { exerciseWeight: Math.round(kg * 2) / 2, weightDisplayUnit: 'kilogram' };
}

function time(seconds: number): Duration {
    return { durationType: 'time', durationValue: milliseconds(seconds) };
}

function distance(metres: number): Duration {
    return { durationType: 'distance', durationValue: Math.max(1, Math.round(metres * 100)) };
}

function milliseconds(seconds: number): number {
    return Math.max(1000, Math.round(seconds) * 1000);
}

/** The notes of a step, `; ` between them, as a FIT string holds them; undefined when there are none. */
function joinNotes(parts: ReadonlyArray<string | null | undefined>): string | undefined {
    const text = parts.filter((part): part is string => !!part).join('; ');
    return text === '' ? undefined : fitText(text);
}

/**
 * The tree as FIT's list of steps: a repeat is its body followed by a step that goes back to
 * the body's first step so many times. Repeats inside more than MAX_REPEAT_NESTING others are
 * written out, as many times as they run, unless that would make the workout absurdly long.
 */
function layOut(blocks: readonly Block[]): WorkoutStep[] {
    const steps: WorkoutStep[] = [];
    const visit = (block: Block, depth: number): void => {
        if (block.type === 'step') {
            steps.push({ messageIndex: steps.length, ...block.step });
            return;
        }
        if (depth >= MAX_REPEAT_NESTING && stepCount(block) <= UNROLLED_STEPS) {
            for (let pass = 0; pass < block.times; pass++) {
                block.body.forEach(inner => visit(inner, depth));
            }
            return;
        }
        const first = steps.length;
        block.body.forEach(inner => visit(inner, depth + 1));
        steps.push({ messageIndex: steps.length, durationType: 'repeatUntilStepsCmplt', durationValue: first, targetType: 'open', targetValue: block.times });
    };
    blocks.forEach(block => visit(block, 0));
    return steps;
}

/** Most steps a repeat is written out into; past it, it stays a repeat however deep (FIT allows any depth). */
const UNROLLED_STEPS = 1000;

/** The steps a block makes written out in full (Infinity past what a number holds). */
function stepCount(block: Block): number {
    return block.type === 'step' ? 1 : block.times * block.body.reduce((sum, inner) => sum + stepCount(inner), 0);
}
