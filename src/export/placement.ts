/**
 * What of a plan goes on the calendar, and on which day at what time: every session, and the
 * note of every rest day that has one. Throws ExportError when something cannot be placed.
 */
import { LAST_DATE, dayNumber, weekdayOf } from '../plan/dates.js';
import type { Plan, PlanDay, PlanSession, PlanWeek, Weekday } from '../plan/model.js';
import { ExportError } from './errors.js';

export type PlacedItem =
    | {
        readonly kind: 'session';
        readonly session: PlanSession;
        /** Days since 1970-01-01. */
        readonly epochDay: number;
        /** Minutes after midnight; null for an all-day event. */
        readonly startMinute: number | null;
        /** How long a timed event lasts. */
        readonly minutes: number;
    }
    | { readonly kind: 'rest-day'; readonly note: string; readonly week: PlanWeek; readonly day: PlanDay; readonly epochDay: number };

const MINUTES_PER_DAY = 1440;

/**
 * In plan order. A session is timed when the plan gives it a time or its weekday has a
 * default start time (minutes after midnight). A session on the default starts no earlier
 * than the end of those written before it on its day, so that they do not overlap; when that
 * is past midnight it is an all-day event instead, so that no session moves to another day.
 */
export function placeItems(plan: Plan, defaultStartMinutes: Partial<Record<Weekday, number>>): PlacedItem[] {
    const placed: PlacedItem[] = [];
    for (const week of plan.weeks) {
        for (const day of week.days) {
            if (day.note === null && day.sessions.length === 0) {
                continue;
            }
            const epochDay = dayOf(week, day.date);
            const defaultStart = defaultStartMinutes[day.weekday ?? weekdayOf(day.date!)!];
            if (day.note !== null) {
                checkEnd(epochDay, MINUTES_PER_DAY, `the rest day of week ${week.number} on ${day.date}`);
                placed.push({ kind: 'rest-day', note: day.note, week, day, epochDay });
            }
            let dayFreeFrom = 0;
            for (const session of day.sessions) {
                const minutes = eventMinutes(session);
                const fallback = session.time === null ? defaultStart : undefined;
                const startMinute = session.time !== null ? clockMinutes(session.time)
                    : fallback === undefined || Math.max(fallback, dayFreeFrom) >= MINUTES_PER_DAY ? null
                        : Math.max(fallback, dayFreeFrom);
                if (startMinute !== null) {
                    dayFreeFrom = Math.max(dayFreeFrom, startMinute + minutes);
                }
                // An all-day event ends the next day; a timed one when its minutes are up.
                checkEnd(epochDay, startMinute === null ? MINUTES_PER_DAY : startMinute + minutes, `the session of week ${week.number} on ${session.date}`);
                placed.push({ kind: 'session', session, epochDay, startMinute, minutes });
            }
        }
    }
    return placed;
}

function dayOf(week: PlanWeek, date: string | null): number {
    if (date === null) {
        throw new ExportError('the plan has no start date, so its sessions have no dates: add `start YYYY-MM-DD` or `race YYYY-MM-DD` to its header');
    }
    const epochDay = dayNumber(date);
    if (epochDay === null) {
        throw new ExportError(`week ${week.number} has a day on ${date}, which is not a date`);
    }
    return epochDay;
}

const LAST_DAY = dayNumber(LAST_DATE)!;

function checkEnd(epochDay: number, endMinute: number, what: string): void {
    if (epochDay + Math.floor(endMinute / MINUTES_PER_DAY) > LAST_DAY) {
        throw new ExportError(`${what} ends after ${LAST_DATE}, the last date a plan can use`);
    }
}

/** A timed event lasts the session's estimated minutes, at least one. */
function eventMinutes(session: PlanSession): number {
    return Math.max(1, Math.round(session.minutes));
}

/** `07:30` is 450. */
export function clockMinutes(time: string): number {
    const [hours, minutes] = time.split(':').map(Number);
    return hours * 60 + minutes;
}
