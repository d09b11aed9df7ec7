/**
 * The Plan from its spec: derived weeks resolved, every day dated, every item estimated,
 * and the totals of each session, week and the whole plan summed.
 */
import { addDays, dayNumber, weekdayOf } from './dates.js';
import { derivationChain, firstOfEachNumber, weekDaysResolver } from './derive.js';
import { estimateItems, itemFigures, round3, sumFigures, type EstimateContext } from './estimate.js';
import { HARD_SESSION_CONTACTS, HARD_THRESHOLD_MINUTES } from './effort.js';
import { SESSION_KIND_NAMES } from './format.js';
import { WeekCache } from './week-cache.js';
import {
    MAX_SESSIONS, WEEKDAYS, type Assumption, type DaySpec, type Plan, type PlanDay, type PlanItem, type PlanSession,
    type PlanSpec, type PlanWeek, type SessionKind, type SessionSpec, type WeekSpec, type Weekday,
} from './model.js';

/** The Plan of a spec; with a cache kept from the spec's previous version, only the weeks that changed are built again. */
export function buildPlan(spec: PlanSpec, cache = new WeekCache()): Plan {
    const assumptions = new Map<Assumption['code'], Assumption>();
    const estimates = {
        easyPaceSPerKm: spec.paces.find(pace => pace.name === 'easy')?.secondsPerKm ?? null,
        maxSpeed: spec.maxSpeed,
        oneRepMaxKg: spec.oneRepMaxKg,
    };
    const header = JSON.stringify(estimates);
    const specs = firstOfEachNumber(spec.weeks);
    const deloads = new Set([...specs.values()].filter(saysDeload));
    const resolveDays = weekDaysResolver(specs);
    const numbers = [...specs.keys()].sort((a, b) => a - b);
    const firstWeekStart = planStart(spec, numbers);
    // A start or race date the calendar cannot count from is the validator's error, not a date left out.
    if (spec.start === null && spec.race === null && numbers.length > 0) {
        assumptions.set('no-start-date', {
            code: 'no-start-date',
            message: 'no start date: sessions have no dates; add `start YYYY-MM-DD` or `race YYYY-MM-DD` to the plan header',
        });
    }

    const weeks: PlanWeek[] = [];
    let sessionCount = 0;
    let leftOut: Plan['leftOut'] = null;
    for (const number of numbers) {
        const week = specs.get(number)!;
        const startDate = firstWeekStart === null ? null : addDays(firstWeekStart, 7 * (number - 1));
        const chain = derivationChain(number, specs);
        let built = cache.reusable(chain, startDate, header);
        if (!built) {
            const assumed: Assumption[] = [];
            const context: EstimateContext = { ...estimates, assume: assumption => assumed.push(assumption) };
            const days = resolveDays(number).map(day => buildDay(day, number, startDate, context));
            const sessions = days.flatMap(day => day.sessions);
            const totals = { ...sumFigures(sessions), sessions: sessions.length, hardSessions: sessions.filter(session => session.hard).length };
            built = cache.remember({ chain, startDate, header, days, totals, assumptions: assumed });
        }
        const { days, totals } = built;
        sessionCount += totals.sessions;
        if (sessionCount > MAX_SESSIONS) {
            leftOut = { week: number, source: week.source };
            break;
        }
        for (const assumption of built.assumptions) {
            assumptions.set(assumption.code, assumption);
        }
        const previous = weeks.at(-1)?.number === number - 1 ? weeks.at(-1) : undefined;
        weeks.push({
            number,
            title: week.title,
            startDate,
            endDate: startDate === null ? null : addDays(startDate, 6),
            derivedFrom: week.derivedFrom,
            deload: chain.some(spec => deloads.has(spec)),
            days,
            source: week.source,
            totals: {
                ...totals,
                distanceChange: previous && previous.totals.distanceM > 0
                    ? round3((totals.distanceM - previous.totals.distanceM) / previous.totals.distanceM)
                    : null,
            },
        });
    }
    return {
        ...spec,
        weeks,
        totals: { ...sumFigures(weeks.map(week => week.totals)), sessions: weeks.reduce((n, week) => n + week.totals.sessions, 0) },
        assumptions: [...assumptions.values()],
        leftOut,
    };
}

/**
 * A deload says so in its title or cuts volume from the week it derives from; a week derived
 * from a deload, through any chain of derivations, is one too.
 */
function saysDeload(week: WeekSpec): boolean {
    return /deload/i.test(week.title ?? '') || (week.derivedFrom !== null && week.derivedFrom.changePercent < 0);
}

/** The first day of week 1: the start date, or counted back from the race so that it falls in the last week. */
function planStart(spec: PlanSpec, numbers: readonly number[]): string | null {
    if (spec.start !== null && dayNumber(spec.start) !== null) {
        return spec.start;
    }
    if (spec.race !== null && dayNumber(spec.race) !== null) {
        const raceWeekday = WEEKDAYS.indexOf(weekdayOf(spec.race)!);
        const lastWeek = numbers.length > 0 ? numbers[numbers.length - 1] : 1;
        return addDays(spec.race, -raceWeekday - 7 * (lastWeek - 1));
    }
    return null;
}

function buildDay(day: DaySpec, week: number, weekStart: string | null, context: EstimateContext): PlanDay {
    const date = day.date ?? (weekStart !== null && day.weekday !== null ? dateInWeek(weekStart, day.weekday) : null);
    const label = day.weekday ?? day.date ?? 'day';
    return {
        ...day,
        date,
        sessions: day.sessions.map((session, index) => buildSession(session, `w${week}-${label}-${index + 1}`, date, context)),
    };
}

function dateInWeek(weekStart: string, weekday: Weekday): string | null {
    const first = WEEKDAYS.indexOf(weekdayOf(weekStart)!);
    return addDays(weekStart, (WEEKDAYS.indexOf(weekday) - first + 7) % 7);
}

function buildSession(session: SessionSpec, key: string, date: string | null, context: EstimateContext): PlanSession {
    const items = estimateItems(session.items, context);
    const figures = itemFigures(items);
    const kind = session.kind ?? inferKind(items);
    const hardReasons = [...new Set(steps(items).map(step => step.hardReason).filter((reason): reason is string => reason !== null))];
    const minutesAtThreshold = steps(items).reduce((sum, step) => sum + (step.drill.kind === 'run' ? step.runMinutesAtThreshold : 0), 0);
    if (minutesAtThreshold >= HARD_THRESHOLD_MINUTES) {
        hardReasons.push('running at or above threshold');
    }
    if (figures.contacts >= HARD_SESSION_CONTACTS) {
        hardReasons.push(`${Math.round(figures.contacts)} foot contacts`);
    }
    return {
        ...session,
        ...figures,
        key,
        name: session.title ?? SESSION_KIND_NAMES[kind],
        kind,
        date,
        items,
        rpe: figures.minutes > 0 ? round3(figures.load / figures.minutes) : 0,
        hard: hardReasons.length > 0,
        hardReasons,
    };
}

function* stepsOf(items: readonly PlanItem[]): Generator<Extract<PlanItem, { type: 'step' }>> {
    for (const item of items) {
        if (item.type === 'step') {
            yield item;
        } else if (item.type === 'group') {
            yield* stepsOf(item.items);
        }
    }
}

export function steps(items: readonly PlanItem[]): Array<Extract<PlanItem, { type: 'step' }>> {
    return [...stepsOf(items)];
}

/** A session with no kind written takes it from its main work: any sprinting makes it speed, else the kind with most minutes. */
function inferKind(items: readonly PlanItem[]): SessionKind {
    const main = steps(items).filter(step => step.phase === 'main');
    if (main.some(step => step.drill.kind === 'sprint')) {
        return 'speed';
    }
    const minutesByKind = new Map<SessionKind, number>();
    for (const step of main) {
        const kind: SessionKind =
            step.drill.kind === 'sprint-drill' || step.drill.kind === 'sprint' ? 'speed'
                : step.drill.kind === 'plyometric' ? 'plyometrics'
                    : step.drill.kind;
        minutesByKind.set(kind, (minutesByKind.get(kind) ?? 0) + step.minutes);
    }
    let best: SessionKind = 'run';
    let bestMinutes = -1;
    for (const [kind, minutes] of minutesByKind) {
        if (minutes > bestMinutes) {
            best = kind;
            bestMinutes = minutes;
        }
    }
    return best;
}
