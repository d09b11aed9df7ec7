/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so no host time zone can shift them. */
import { WEEKDAYS, type Weekday } from './model.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The dates a plan can use: the years 1000 to 9999. `YYYY` writes years from 0, but
 * `Date.UTC`, and ical-generator with it, reads 0 to 99 as 1900 to 1999, and no training
 * plan needs a year before 1000.
 */
export const FIRST_DATE = '1000-01-01';
export const LAST_DATE = '9999-12-31';
const FIRST_YEAR = Number(FIRST_DATE.slice(0, 4));

/** Days since 1970-01-01 for a real calendar date from FIRST_DATE to LAST_DATE, or null for `2027-02-30`, `2027-13-01` and the like. */
export function dayNumber(date: string): number | null {
    const match = ISO_DATE.exec(date);
    if (!match) {
        return null;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year < FIRST_YEAR) {
        return null;
    }
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
        return null;
    }
    return Math.round(time / DAY_MS);
}

const FIRST_DAY = dayNumber(FIRST_DATE)!;
const LAST_DAY = dayNumber(LAST_DATE)!;

export function isValidDate(date: string): boolean {
    return dayNumber(date) !== null;
}

export function dateOfDayNumber(days: number): string {
    return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` later, or null when either end is not a date a plan can use (before FIRST_DATE or after LAST_DATE). */
export function addDays(date: string, days: number): string | null {
    const base = dayNumber(date);
    if (base === null || !Number.isFinite(days)) {
        return null;
    }
    const result = base + days;
    return result >= FIRST_DAY && result <= LAST_DAY ? dateOfDayNumber(result) : null;
}

export function weekdayOf(date: string): Weekday | null {
    const days = dayNumber(date);
    // 1970-01-01 was a Thursday.
    return days === null ? null : WEEKDAYS[(((days + 3) % 7) + 7) % 7];
}

/** Whole days from `from` to `to`; null unless both are real dates. */
export function daysBetween(from: string, to: string): number | null {
    const a = dayNumber(from);
    const b = dayNumber(to);
    return a === null || b === null ? null : b - a;
}
