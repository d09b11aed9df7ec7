/**
 * The plan day by day, from the first day of week 1: each day's sessions and its load,
 * rest days and unwritten days included at zero. ACWR, monotony, the day-to-day rules and the
 * preview's calendar and load chart read it; it is built once per Plan.
 */
import { addDays, dayNumber, usableDate, weekdayOf } from './dates.js';
import { MAX_WEEKS, WEEKDAYS, type Plan, type PlanDay, type PlanSession, type PlanWeek, type Weekday } from './model.js';

export interface CalendarDay {
    /** Days from the first day of week 1. */
    readonly index: number;
    readonly week: number;
    readonly weekday: Weekday;
    readonly date: string | null;
    readonly sessions: readonly PlanSession[];
    /** Session load of the day, AU. */
    readonly load: number;
}

const calendars = new WeakMap<Plan, readonly CalendarDay[]>();

export function planCalendar(plan: Plan): readonly CalendarDay[] {
    const cached = calendars.get(plan);
    if (cached) {
        return cached;
    }
    const sessionsByIndex: PlanSession[][] = [];
    for (const week of plan.weeks) {
        for (const [index, sessions] of placedDays(week)) {
            (sessionsByIndex[index] ??= []).push(...sessions);
        }
    }
    const lastWeek = plan.weeks.length > 0 ? plan.weeks[plan.weeks.length - 1].number : 0;
    const length = Math.max(7 * lastWeek, sessionsByIndex.length);
    const firstDay = planFirstDay(plan);
    const dates = firstDay === null ? null : datesFrom(dayNumber(firstDay)!, length);
    // Weeks run from the start date's weekday, or from Monday in a plan without dates.
    const firstWeekday = WEEKDAYS.indexOf((firstDay === null ? null : weekdayOf(firstDay)) ?? 'mon');
    const calendar: CalendarDay[] = [];
    for (let index = 0; index < length; index++) {
        const sessions = sessionsByIndex[index] ?? NO_SESSIONS;
        let load = 0;
        for (const session of sessions) load += session.load;
        calendar.push({ index, week: Math.floor(index / 7) + 1, weekday: WEEKDAYS[(firstWeekday + index) % 7], date: dates?.[index] ?? null, sessions, load });
    }
    calendars.set(plan, calendar);
    return calendar;
}

const NO_SESSIONS: readonly PlanSession[] = [];

/** Where each day of a week falls, kept while the Plan compiled after an edit reuses the week's days (week-cache.ts), as their week and dates are then the same. */
const placed = new WeakMap<readonly PlanDay[], ReadonlyArray<readonly [index: number, sessions: readonly PlanSession[]]>>();

function placedDays(week: PlanWeek): ReadonlyArray<readonly [index: number, sessions: readonly PlanSession[]]> {
    let days = placed.get(week.days);
    if (!days) {
        const weekStart = week.startDate === null ? null : dayNumber(week.startDate);
        days = week.days.flatMap(day => {
            const index = dayIndex(week, weekStart, day);
            return index === null ? [] : [[index, day.sessions] as const];
        });
        placed.set(week.days, days);
    }
    return days;
}

/** The dates of the days from a first day on, kept for the next Plan of the same dates: every keystroke's calendar needs them, and they are thousands of strings. */
let knownDates: { readonly first: number; readonly dates: Array<string | null> } | undefined;

function datesFrom(first: number, length: number): ReadonlyArray<string | null> {
    if (knownDates?.first !== first) {
        knownDates = { first, dates: [] };
    }
    const { dates } = knownDates;
    for (let index = dates.length; index < length; index++) {
        dates.push(usableDate(first + index));
    }
    return dates;
}

/** The seven days of a week. */
export function weekDays(plan: Plan, week: number): readonly CalendarDay[] {
    return planCalendar(plan).slice(7 * (week - 1), 7 * week);
}

function planFirstDay(plan: Plan): string | null {
    const first = plan.weeks[0];
    return first?.startDate ? addDays(first.startDate, -7 * (first.number - 1)) : null;
}

/** Where a day falls: by its date when the plan is dated, else by its weekday in a week from Monday. */
function dayIndex(week: PlanWeek, weekStart: number | null, day: PlanDay): number | null {
    const offset = weekStart !== null && day.date !== null ? daysAfter(weekStart, day.date)
        : day.weekday !== null ? WEEKDAYS.indexOf(day.weekday)
            : null;
    const index = offset === null ? null : 7 * (week.number - 1) + offset;
    // A day dated far outside its week (the validator warns) would stretch the calendar over centuries.
    return index !== null && index >= 0 && index < 7 * MAX_WEEKS ? index : null;
}

/** Days from day number `start` to `date`; null unless `date` is a real date. */
function daysAfter(start: number, date: string): number | null {
    const days = dayNumber(date);
    return days === null ? null : days - start;
}

/** A written day is the calendar day of its date when the plan is dated, else of its weekday. */
export function isWrittenFor(planDay: Pick<PlanDay, 'weekday' | 'date'>, day: Pick<CalendarDay, 'weekday' | 'date'>): boolean {
    return planDay.date !== null && day.date !== null ? planDay.date === day.date : planDay.weekday === day.weekday;
}

/** A day with a hard session: sprints, plyometrics, heavy lifting or running at threshold (see the Plan's hardReasons). */
export function isHardDay(day: CalendarDay): boolean {
    return day.sessions.some(session => session.hard);
}
