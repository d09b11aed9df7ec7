/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so no host time zone can shift them. */
import { WEEKDAYS, type Weekday } from './model.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The dates a plan can use: the years 1000 to 9999. `YYYY` writes years from 0, but
 * `Date.UTC`, and ical-generator with it, reads 0 to 99 as 1900 to 1999, and no training
 * plan needs a year before 1000.
 */
export const FIRST_DATE = '1000-01-01';
export const LAST_DATE = '9999-12-31';
const FIRST_YEAR = Number(FIRST_DATE.slice(0, 4));

/**
 * Days since 1970-01-01 for a real calendar date from FIRST_DATE to LAST_DATE, or null for
 * `2027-02-30`, `2027-13-01` and the like. Counted in plain arithmetic (the proleptic Gregorian
 * calendar, as `Date` counts it) because a plan's compile reads thousands of dates per keystroke.
 */
export function dayNumber(date: string): number | null {
    const match = ISO_DATE.exec(date);
    if (!match) {
        return null;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return null;
    }
    return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) {
        return isLeapYear(year) ? 29 : 28;
    }
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/*
 * Day counting in 400-year eras of 146,097 days, with years starting on 1 March so that the
 * leap day falls last (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
 */
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;

function daysFromCivil(year: number, month: number, day: number): number {
    const marchYear = month <= 2 ? year - 1 : year;
    const era = Math.floor(marchYear / 400);
    const yearOfEra = marchYear - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

const FIRST_DAY = dayNumber(FIRST_DATE)!;
const LAST_DAY = dayNumber(LAST_DATE)!;

export function isValidDate(date: string): boolean {
    return dayNumber(date) !== null;
}

/** The `YYYY-MM-DD` date of a day number from FIRST_DATE to LAST_DATE. */
export function dateOfDayNumber(days: number): string {
    const shifted = days + EPOCH_SHIFT;
    const era = Math.floor(shifted / DAYS_PER_ERA);
    const dayOfEra = shifted - era * DAYS_PER_ERA;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
    const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

function twoDigits(value: number): string {
    return value < 10 ? `0${value}` : String(value);
}

/** The date `days` later, or null when either end is not a date a plan can use (before FIRST_DATE or after LAST_DATE). */
export function addDays(date: string, days: number): string | null {
    const base = dayNumber(date);
    if (base === null || !Number.isFinite(days)) {
        return null;
    }
    return usableDate(base + days);
}

/** The date of a day number, or null when it is not one a plan can use (before FIRST_DATE or after LAST_DATE). */
export function usableDate(days: number): string | null {
    return days >= FIRST_DAY && days <= LAST_DAY ? dateOfDayNumber(days) : null;
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
