/**
 * Derived weeks: `week 3 = week 2 +5%` copies week 2's days with every distance, duration
 * and counted rep scaled by 1.05, every rest as written, and `+1 round` gives every circuit a
 * round more; `weeks 5-8 = weeks 1-4 +5%` does the same per week, once more for each
 * repetition of the block.
 */
import { addDays } from './dates.js';
import { LARGEST_FIGURE } from './estimate.js';
import type { DaySpec, ItemSpec, SourceRange, WeekSpec } from './model.js';

/**
 * The days of a week number, derivations resolved, each week resolved once and only when asked
 * for; a cycle or a missing base leaves a week empty. The first spec of a number counts.
 */
export function weekDaysResolver(specs: ReadonlyMap<number, WeekSpec>): (number: number) => readonly DaySpec[] {
    const resolved = new Map<number, readonly DaySpec[]>();
    const resolving = new Set<number>();

    const resolve = (number: number): readonly DaySpec[] => {
        const known = resolved.get(number);
        if (known) {
            return known;
        }
        const week = specs.get(number);
        if (!week || resolving.has(number)) {
            return [];
        }
        resolving.add(number);
        let days: readonly DaySpec[] = week.days ?? [];
        if (week.derivedFrom) {
            const { week: base, changePercent, roundChange, times } = week.derivedFrom;
            const change: WeekChange = {
                factor: Math.min(Math.pow(1 + changePercent / 100, times), LARGEST_FIGURE),
                rounds: Math.max(-LARGEST_FIGURE, Math.min(roundChange * times, LARGEST_FIGURE)),
            };
            days = resolve(base).map(day => scaleDay(day, change, 7 * (number - base), week.source));
        }
        resolving.delete(number);
        resolved.set(number, days);
        return days;
    };
    return resolve;
}

/** The spec of a week and of each week it derives from, in order, up to a written week, a missing one or a cycle. */
export function derivationChain(number: number, specs: ReadonlyMap<number, WeekSpec>): WeekSpec[] {
    const chain: WeekSpec[] = [];
    const seen = new Set<number>();
    for (let week = specs.get(number); week && !seen.has(week.number); week = week.derivedFrom ? specs.get(week.derivedFrom.week) : undefined) {
        chain.push(week);
        seen.add(week.number);
    }
    return chain;
}

/** Each week number's spec: the first written, as the validator reports any later one. */
export function firstOfEachNumber(weeks: readonly WeekSpec[]): Map<number, WeekSpec> {
    const specs = new Map<number, WeekSpec>();
    for (const week of weeks) {
        if (!specs.has(week.number)) {
            specs.set(week.number, week);
        }
    }
    return specs;
}

/** A cycle of derivations (a week, its base, its base's base, ...) and a week's place in it. */
export interface DerivationCycle {
    readonly cycle: readonly number[];
    readonly at: number;
}

/**
 * The weeks that derive from themselves through a cycle of derivations, each with its cycle
 * and its place in it. Each week has one base, so every walk either ends or enters one cycle,
 * and each week is walked once.
 */
export function derivationCycles(specs: ReadonlyMap<number, WeekSpec>): Map<number, DerivationCycle> {
    const cycles = new Map<number, DerivationCycle>();
    const walked = new Set<number>();
    for (const start of specs.keys()) {
        const path: number[] = [];
        const onPath = new Set<number>();
        let week: number | undefined = start;
        while (week !== undefined && !walked.has(week)) {
            walked.add(week);
            onPath.add(week);
            path.push(week);
            week = specs.get(week)?.derivedFrom?.week;
        }
        if (week !== undefined && onPath.has(week)) {
            const cycle = path.slice(path.indexOf(week));
            cycle.forEach((member, at) => cycles.set(member, { cycle, at }));
        }
    }
    return cycles;
}

/** What a derivation changes: every amount by a factor, every circuit by a number of rounds. */
interface WeekChange {
    readonly factor: number;
    readonly rounds: number;
}

/** A copied day points at the header of the week that derives it, where its figures come from. */
function scaleDay(day: DaySpec, change: WeekChange, shiftDays: number, source: SourceRange): DaySpec {
    return {
        ...day,
        date: day.date === null ? null : addDays(day.date, shiftDays),
        source,
        sessions: day.sessions.map(session => ({
            ...session,
            source,
            items: session.items.map(item => scaleItem(item, change, source)),
        })),
    };
}

function scaleItem(item: ItemSpec, change: WeekChange, source: SourceRange): ItemSpec {
    const { factor } = change;
    switch (item.type) {
        case 'note':
            return { ...item, source };
        case 'group':
            return {
                ...item,
                source,
                // `+1 round` adds to circuits only, and never takes one below a round.
                rounds: item.circuit && change.rounds !== 0 ? Math.max(1, item.rounds + change.rounds) : item.rounds,
                durationS: item.durationS === null ? null : roundSeconds(item.durationS * factor),
                items: item.items.map(inner => scaleItem(inner, change, source)),
            };
        case 'step': {
            const counted = item.repDistanceM === null && item.repDurationS === null;
            return {
                ...item,
                source,
                repDistanceM: item.repDistanceM === null ? null : roundMetres(item.repDistanceM * factor),
                repDurationS: item.repDurationS === null ? null : roundSeconds(item.repDurationS * factor),
                reps: counted ? Math.max(1, Math.round(Math.min(item.reps * factor, LARGEST_FIGURE))) : item.reps,
                // A target time goes with its distance, so the speed it asks for stays.
                targetS: item.targetS === null ? null : roundTargetSeconds(item.targetS * factor),
                phases: item.phases?.map(phase => ({
                    ...phase,
                    distanceM: phase.distanceM === null ? null : roundMetres(phase.distanceM * factor),
                    durationS: phase.durationS === null ? null : roundSeconds(phase.durationS * factor),
                    targetS: phase.targetS === null ? null : roundTargetSeconds(phase.targetS * factor),
                })) ?? null,
            };
        }
    }
}

/** Whole metres for sprints and reps, tens of metres from a kilometre up; at most LARGEST_FIGURE, however often a week is doubled. */
export function roundMetres(metres: number): number {
    const bounded = Math.min(metres, LARGEST_FIGURE);
    return bounded >= 1000 ? Math.round(bounded / 10) * 10 : Math.round(bounded);
}

/** A target time to the hundredth of a second, as sprints are timed; at most LARGEST_FIGURE. */
export function roundTargetSeconds(seconds: number): number {
    return Math.round(Math.min(seconds, LARGEST_FIGURE) * 100) / 100;
}

/** Whole seconds for short work, five seconds from ten minutes up; at most LARGEST_FIGURE. */
export function roundSeconds(seconds: number): number {
    const bounded = Math.min(seconds, LARGEST_FIGURE);
    return bounded >= 600 ? Math.round(bounded / 5) * 5 : Math.round(bounded);
}
