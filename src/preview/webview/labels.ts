/** How the preview names weekdays and dates. Figures and kinds are named by src/plan/format.ts. */
import type { Weekday } from '../../plan/model.js';

export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
    mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun',
};

// Dates are calendar days with no time zone: read and shown in UTC so no offset can move them.
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `4 Jan`. */
export function dayMonth(date: string): string {
    return DAY_MONTH.format(new Date(`${date}T00:00:00Z`));
}

/** `4 Jan – 10 Jan`. */
export function dateRange(start: string, end: string): string {
    return `${dayMonth(start)} – ${dayMonth(end)}`;
}

/** `Wed 6 Jan`, or `Wed` in a plan without dates. */
export function dayLabel(day: { readonly weekday: Weekday; readonly date: string | null }): string {
    return day.date === null ? WEEKDAY_LABELS[day.weekday] : `${WEEKDAY_LABELS[day.weekday]} ${dayMonth(day.date)}`;
}

/** Today in the viewer's own time zone, `YYYY-MM-DD`: the athlete's today, wherever the file is opened. */
export function localToday(now: Date = new Date()): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
