/** How a rule's message names the day and the session it is about. */
import { weekdayOf } from '../plan/dates.js';
import type { PlanDay, PlanSession } from '../plan/model.js';

/** `tue`; a day written by its date goes by its weekday too. */
export function planDayName(day: PlanDay): string {
    return day.weekday ?? (day.date === null ? null : weekdayOf(day.date)) ?? day.date ?? 'day';
}

/** `week 2 tue, Speed day`: where a session-level finding is. */
export function sessionLabel(week: number, dayName: string, session: PlanSession): string {
    return `week ${week} ${dayName}, ${session.name}`;
}
