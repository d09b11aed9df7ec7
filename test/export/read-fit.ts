/**
 * Exported FIT files read back as a watch would: by Garmin's own Decoder and by fit-file-parser
 * (an independent decoder), each checking the file's CRCs, and the two readings compared. The
 * steps are then shown one line each, the way a watch lists a workout, and run the way a watch
 * runs them (a repeat step jumps back until it has been passed its count of times).
 */
import { Decoder, Profile, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { expect } from 'vitest';

/** A workout step in raw FIT units, as both decoders read it. */
export interface ReadStep {
    readonly name: string | null;
    readonly intensity: string | null;
    readonly durationType: string;
    readonly durationValue: number | null;
    readonly targetType: string | null;
    readonly targetValue: number | null;
    readonly low: number | null;
    readonly high: number | null;
    readonly notes: string | null;
    readonly exercise: string | null;
    readonly weightKg: number | null;
}

export interface ReadWorkout {
    readonly fileId: { type: string; manufacturer: string; product: number; serialNumber: number; timeCreated: string };
    readonly name: string;
    readonly sport: string;
    readonly subSport: string;
    readonly numValidSteps: number;
    readonly steps: readonly ReadStep[];
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** Garmin's FIT SDK: checks the header, the size and the CRC, then reads every message. */
export function decodeWithGarmin(bytes: Uint8Array): Record<string, Array<Record<string, unknown>>> {
    const decoder = new Decoder(Stream.fromByteArray([...bytes]));
    expect(decoder.isFIT()).toBe(true);
    expect(decoder.checkIntegrity()).toBe(true);
    const { messages, errors } = decoder.read({ expandSubFields: false });
    expect(errors).toEqual([]);
    return messages as unknown as Record<string, Array<Record<string, unknown>>>;
}

/** fit-file-parser, in its strict mode: a header or file CRC that does not check is an error. */
export async function decodeWithParser(bytes: Uint8Array): Promise<Record<string, Array<Record<string, unknown>>>> {
    const parsed = await new FitParser({ mode: 'list', force: false }).parseAsync(Buffer.from(bytes));
    return (parsed as unknown as { messages: Record<string, Array<Record<string, unknown>>> }).messages;
}

function exerciseOf(category: unknown, name: unknown): string | null {
    if (category === undefined || category === null) return null;
    const names = Profile.types[`${String(category)}ExerciseName`] ?? {};
    return name === undefined || name === null ? String(category) : `${String(category)}/${names[Number(name)] ?? name}`;
}

/** A workout file read by both decoders, which must agree on every field the export writes. */
export async function readWorkout(bytes: Uint8Array): Promise<ReadWorkout> {
    const garmin = decodeWithGarmin(bytes);
    const other = await decodeWithParser(bytes);
    const [fileId] = garmin.fileIdMesgs;
    const [workout] = garmin.workoutMesgs;
    const steps = garmin.workoutStepMesgs.map((step): ReadStep => ({
        name: orNull(step.wktStepName as string | undefined),
        intensity: orNull(step.intensity as string | undefined),
        durationType: step.durationType as string,
        durationValue: orNull(step.durationValue as number | undefined),
        targetType: orNull(step.targetType as string | undefined),
        targetValue: orNull(step.targetValue as number | undefined),
        low: orNull(step.customTargetValueLow as number | undefined),
        high: orNull(step.customTargetValueHigh as number | undefined),
        notes: orNull(step.notes as string | undefined),
        exercise: exerciseOf(step.exerciseCategory, step.exerciseName),
        weightKg: orNull(step.exerciseWeight as number | undefined),
    }));
    const otherSteps = (other.workout_step ?? []).map((step): ReadStep => ({
        name: orNull(step.wkt_step_name as string | undefined),
        intensity: orNull(camel(step.intensity) as string | undefined),
        durationType: camel(step.duration_type) as string,
        durationValue: orNull(step.duration_value as number | undefined),
        targetType: orNull(camel(step.target_type) as string | undefined),
        targetValue: orNull(step.target_value as number | undefined),
        low: orNull(step.custom_target_value_low as number | undefined),
        high: orNull(step.custom_target_value_high as number | undefined),
        notes: orNull(step.notes as string | undefined),
        exercise: exerciseOf(camel(step.exercise_category), step.exercise_name),
        weightKg: orNull(step.exercise_weight as number | undefined),
    }));
    expect(otherSteps).toEqual(steps);
    expect(other.workout?.[0]?.wkt_name).toBe(workout.wktName);
    expect((other.file_id?.[0] as { serial_number?: number } | undefined)?.serial_number).toBe(fileId.serialNumber);
    return {
        fileId: {
            type: fileId.type as string, manufacturer: fileId.manufacturer as string, product: fileId.product as number,
            serialNumber: fileId.serialNumber as number, timeCreated: (fileId.timeCreated as Date).toISOString(),
        },
        name: workout.wktName as string,
        sport: workout.sport as string,
        subSport: workout.subSport as string,
        numValidSteps: workout.numValidSteps as number,
        steps,
    };
}

/** `hip_raise` as the SDK spells it, `hipRaise`. */
function camel(value: unknown): unknown {
    return typeof value === 'string' ? value.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) : value;
}

const INTENSITY_WORDS: Readonly<Record<string, string>> = {
    warmup: 'Warm up', active: 'Go', rest: 'Rest', recovery: 'Recover', cooldown: 'Cool down', interval: 'Go', other: 'Go',
};

function clock(milliseconds: number): string {
    const seconds = Math.round(milliseconds / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** mm/s as a pace per km. */
function pace(millimetresPerSecond: number): string {
    return clock(1000 / (millimetresPerSecond / 1000) * 1000);
}

/**
 * The steps one a line, numbered from 1 as a watch numbers them: `3. Go Sprint 60 m @ 2:00-2:07/km`,
 * `4. Rest 7:00`, `5. Repeat 3-4 x4`.
 */
export function watchLines(steps: readonly ReadStep[]): string[] {
    return steps.map((step, index) => {
        if (step.durationType === 'repeatUntilStepsCmplt') {
            return `${index + 1}. Repeat ${step.durationValue! + 1}-${index} x${step.targetValue}`;
        }
        const parts = [`${index + 1}.`, INTENSITY_WORDS[step.intensity ?? 'active']];
        if (step.name) parts.push(step.name);
        switch (step.durationType) {
            case 'time': parts.push(clock(step.durationValue!)); break;
            case 'distance': parts.push(`${step.durationValue! / 100} m`); break;
            case 'reps': parts.push(`x${step.durationValue}`); break;
            case 'open': parts.push('until lap'); break;
            default: parts.push(step.durationType);
        }
        if (step.targetType === 'speed') parts.push(`@ ${pace(step.high!)}-${pace(step.low!)}/km`);
        if (step.targetType === 'heartRate') parts.push(`@ zone ${step.targetValue}`);
        if (step.weightKg !== null) parts.push(`${step.weightKg} kg`);
        if (step.exercise) parts.push(`[${step.exercise}]`);
        if (step.notes) parts.push(`(${step.notes})`);
        return parts.join(' ');
    });
}

/**
 * The steps a watch goes through, in order: each repeat step sends it back to the step it
 * names until it has been passed its count of times, then its count starts again (so a repeat
 * inside another runs in full on every pass of the outer one).
 */
export function run(steps: readonly ReadStep[]): ReadStep[] {
    const done: ReadStep[] = [];
    const passes = new Map<number, number>();
    for (let index = 0; index < steps.length && done.length < 100_000;) {
        const step = steps[index];
        if (step.durationType !== 'repeatUntilStepsCmplt') {
            done.push(step);
            index++;
            continue;
        }
        const count = (passes.get(index) ?? 0) + 1;
        expect(step.durationValue!).toBeLessThan(index);
        if (count < step.targetValue!) {
            passes.set(index, count);
            index = step.durationValue!;
        } else {
            passes.delete(index);
            index++;
        }
    }
    return done;
}
