/**
 * The values a plan writes, read from the AST in SI units: numbers within bounds, week
 * numbers, sets x reps x amount, durations, paces, speeds, masses and RPE. The PlanSpec
 * reader, the validators and the editor features all read written values through here.
 */
import { MAX_WEEKS } from '../plan/model.js';
import { KG_PER_UNIT, METRES_PER_SECOND_PER_UNIT, METRES_PER_UNIT, SECONDS_PER_UNIT, clockSeconds } from '../plan/units.js';
import type { Measure } from '../drills/index.js';
import {
    isGroup, isNote, isStep, isTempoIntensity, isWeekBlock, type Amount, type Distance, type Duration, type Intensity, type Item, type Pace,
    type Phase, type Step, type TempoIntensity, type Week, type WeekBlock,
} from './generated/ast.js';

/** The largest number a plan may write: a million (1000 km in metres, eleven days in seconds). The validator reports a larger one. */
export const LARGEST_NUMBER = 1_000_000;

/** The slowest speed a plan may set, in m/s; a crawl is about 0.5. Slower speeds would time a 100 m rep in days. */
export const SLOWEST_SPEED = 0.1;

/** A number as written; null when it is larger than a plan may write, so that it never reaches the Plan. */
export function writtenNumber(value: number | undefined): number | null {
    return value !== undefined && Number.isFinite(value) && value <= LARGEST_NUMBER ? value : null;
}

export function positiveWhole(value: string | number | undefined): number | null {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 && number <= LARGEST_NUMBER ? number : null;
}

/** A week number a plan may use: 1 to MAX_WEEKS. */
export function weekNumber(value: string | number | undefined): number | null {
    const number = positiveWhole(value);
    return number !== null && number <= MAX_WEEKS ? number : null;
}

/**
 * The week numbers a declaration names, in order: `week 3` names 3, `weeks 5-8` names 5, 6, 7
 * and 8. Whole numbers as written, in range or not (what is out of range is the validator's
 * error); a block whose range is not one, or spans more than MAX_WEEKS, names none.
 */
export function weekNumbersOf(declaration: Week | WeekBlock): number[] {
    if (!isWeekBlock(declaration)) {
        const number = Number(declaration.name);
        return declaration.name !== undefined && Number.isInteger(number) ? [number] : [];
    }
    const [first, last] = [Number(declaration.first), Number(declaration.last)];
    if (declaration.first === undefined || declaration.last === undefined || !Number.isInteger(first) || !Number.isInteger(last)
        || last < first || last - first >= MAX_WEEKS) {
        return [];
    }
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The shape of a step's numbers: `3 x 4 x 30m`, `3 x 8`, `4 x 60m`, `10`, `8km`, or none. */
export interface StepAmounts {
    readonly sets: number;
    readonly reps: number;
    readonly repDistanceM: number | null;
    readonly repDurationS: number | null;
    /** What the last number measures: a distance, a time, a count, or nothing written. */
    readonly measure: Measure | null;
}

export function stepAmounts(step: Step): StepAmounts {
    return amountsOf(step.factors);
}

/** `3 x 4 x 30m`, `3 x 8`, `4 x 60m`, `10`, `8km` or nothing: numbers as a step, a named session's use or a phase of a rep writes them. */
export function amountsOf(factors: readonly Amount[]): StepAmounts {
    const last = factors[factors.length - 1] as Amount | undefined;
    const counts = factors.slice(0, -1).map(amount => positiveWhole(amount.value) ?? 0);
    const [sets, repsBefore] = counts.length >= 2 ? [counts[0], counts[1]] : counts.length === 1 ? [counts[0], 1] : [1, 1];
    if (!last) {
        return { sets: 1, reps: 1, repDistanceM: null, repDurationS: null, measure: null };
    }
    if (last.clock !== undefined) {
        return { sets, reps: repsBefore, repDistanceM: null, repDurationS: clockSeconds(last.clock), measure: 'time' };
    }
    const unit = last.unit;
    const value = last.value ?? Number.NaN;
    if (unit !== undefined && unit in METRES_PER_UNIT) {
        return { sets, reps: repsBefore, repDistanceM: value * METRES_PER_UNIT[unit], repDurationS: null, measure: 'distance' };
    }
    if (unit !== undefined && unit in SECONDS_PER_UNIT) {
        return { sets, reps: repsBefore, repDistanceM: null, repDurationS: value * SECONDS_PER_UNIT[unit], measure: 'time' };
    }
    // A bare last number counts reps: `3 x 8 lunge` is three sets of eight.
    const count = Number.isFinite(value) ? Math.max(0, value) : 0;
    return counts.length === 0
        ? { sets: 1, reps: count, repDistanceM: null, repDurationS: null, measure: 'reps' }
        : { sets, reps: counts.length >= 2 ? repsBefore * count : count, repDistanceM: null, repDurationS: null, measure: 'reps' };
}

/** An amount the Plan can use: a clock time in range, or a number a plan may write. */
export function isReadableAmount(amount: Amount): boolean {
    return amount.clock !== undefined ? clockSeconds(amount.clock) !== null : writtenNumber(amount.value) !== null;
}

/** `RPE7`, `rpe 7.5`: the number on the CR-10 scale, or null when it is off the scale. */
export function rpeValue(text: string | undefined): number | null {
    const value = Number(/\d+(\.\d+)?/.exec(text ?? '')?.[0]);
    return Number.isFinite(value) && value >= 1 && value <= 10 ? value : null;
}

/** `200m`, `1mi`: metres, or null for a number a plan may not write. */
export function distanceMetres(distance: Distance): number | null {
    const perUnit = METRES_PER_UNIT[distance.unit ?? ''];
    const value = writtenNumber(distance.value);
    return perUnit !== undefined && value !== null ? value * perUnit : null;
}

/** How hard a step is meant to be: its first `@` that is not a tempo. */
export function stepEffort(step: Step): Intensity | undefined {
    return step.intensities.find(intensity => !isTempoIntensity(intensity));
}

/** A step's `@tempo`s, the first of which counts. */
export function stepTempos(step: Step): TempoIntensity[] {
    return step.intensities.filter(isTempoIntensity);
}

/** `tempo 3-1-X-0`: the seconds of each phase of a rep, an explosive X counted as 1 s. */
export function tempoSeconds(text: string | undefined): number[] | null {
    const parts = /(\d{1,2}|[xX])(?:-(\d{1,2}|[xX])){3}/.exec(text ?? '')?.[0].split('-');
    return parts ? parts.map(part => (/^[xX]$/.test(part) ? EXPLOSIVE_SECONDS : Number(part))) : null;
}

/** The time an explosive (`X`) phase of a tempo takes, seconds. */
export const EXPLOSIVE_SECONDS = 1;

/**
 * The main steps among items: those outside warm-up and cool-down, inside groups too. A
 * named session's use may change the numbers of its main step when it has exactly one.
 */
export function mainSteps(items: readonly Item[], inherited: Phase | 'main' = 'main'): Step[] {
    return items.flatMap((item): Step[] => {
        const phase = isNote(item) ? inherited : item.phase ?? inherited;
        if (isGroup(item)) return mainSteps(item.items, phase);
        return isStep(item) && phase === 'main' ? [item] : [];
    });
}

export function durationSeconds(duration: Duration): number | null {
    if (duration.clock !== undefined) {
        return clockSeconds(duration.clock);
    }
    const perUnit = SECONDS_PER_UNIT[duration.unit ?? ''];
    const value = writtenNumber(duration.value);
    return perUnit !== undefined && value !== null ? value * perUnit : null;
}

/** Seconds per kilometre, or null for an impossible pace (`99:99/km`) or a pace per metre. */
export function paceSecondsPerKm(pace: Pace | undefined): number | null {
    if (!pace?.time || (pace.unit !== 'km' && pace.unit !== 'mi')) {
        return null;
    }
    const seconds = clockSeconds(pace.time);
    if (seconds === null || seconds <= 0) {
        return null;
    }
    return seconds * 1000 / METRES_PER_UNIT[pace.unit];
}

/** A speed in m/s; null when it is not one a plan may set. */
export function speedOf(value: number, unit: string | undefined): number | null {
    const perUnit = METRES_PER_SECOND_PER_UNIT[unit ?? ''];
    const written = writtenNumber(value);
    if (perUnit === undefined || written === null) {
        return null;
    }
    const speed = written * perUnit;
    return speed >= SLOWEST_SPEED ? speed : null;
}

export function massKg(value: number, unit: string | undefined): number | null {
    const perUnit = KG_PER_UNIT[unit ?? ''];
    const kg = writtenNumber(value);
    return perUnit !== undefined && kg !== null && kg > 0 ? kg * perUnit : null;
}
