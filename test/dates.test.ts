/** Calendar dates (src/plan/dates.ts) and clock times (src/plan/units.ts). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIRST_DATE, LAST_DATE, addDays, dateOfDayNumber, dayNumber, daysBetween, isValidDate, weekdayOf } from '../src/plan/dates.js';
import { clockSeconds, timeOfDay } from '../src/plan/units.js';

describe('real calendar dates', () => {
    test.each([
        ['2027-01-04', true],
        ['2027-02-28', true],
        ['2027-02-29', false],
        ['2027-02-30', false],
        // 2028 is a leap year; 1900 is not (a century not divisible by 400); 2000 is.
        ['2028-02-29', true],
        ['1900-02-29', false],
        ['2000-02-29', true],
        ['2027-04-31', false],
        ['2027-13-01', false],
        ['2027-00-10', false],
        ['2027-01-00', false],
        ['2027-01-32', false],
        ['1900-01-01', true],
        ['9999-12-31', true],
        ['2027-1-4', false],
        ['04/01/2027', false],
        ['', false],
    ])('%s is a date: %s', (date, valid) => {
        expect(isValidDate(date)).toBe(valid);
        expect(dayNumber(date) !== null).toBe(valid);
    });

    test('day numbers count from 1970-01-01', () => {
        expect(dayNumber('1970-01-01')).toBe(0);
        expect(dayNumber('1970-01-02')).toBe(1);
        expect(dayNumber('1969-12-31')).toBe(-1);
        // 1970 and 1971 have 365 days each.
        expect(dayNumber('1972-01-01')).toBe(730);
        expect(dateOfDayNumber(730)).toBe('1972-01-01');
        expect(dateOfDayNumber(-1)).toBe('1969-12-31');
    });
});

describe('the same calendar as Date', () => {
    const DAY_MS = 86_400_000;
    const cases = { numRuns: 5000, seed: 20270104 };
    const [firstDay, lastDay] = [dayNumber(FIRST_DATE)!, dayNumber(LAST_DATE)!];

    test('every day from the first date to the last has the date and number Date gives it', () => {
        fc.assert(fc.property(fc.integer({ min: firstDay, max: lastDay }), days => {
            const date = new Date(days * DAY_MS).toISOString().slice(0, 10);
            expect(dateOfDayNumber(days)).toBe(date);
            expect(dayNumber(date)).toBe(days);
        }), cases);
    });

    test('a written date is real exactly when Date reads the same day back', () => {
        const part = (max: number) => fc.integer({ min: 0, max }).map(value => String(value).padStart(2, '0'));
        fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), part(13), part(32), (year, month, day) => {
            const time = Date.UTC(year, Number(month) - 1, Number(day));
            const real = new Date(time).toISOString().slice(0, 10) === `${year}-${month}-${day}`;
            expect(dayNumber(`${year}-${month}-${day}`)).toBe(real ? Math.round(time / DAY_MS) : null);
        }), cases);
    });
});

describe('weekdays', () => {
    test.each([
        ['1970-01-01', 'thu'],
        ['1969-12-31', 'wed'],
        ['2000-01-01', 'sat'],
        ['2027-01-04', 'mon'],
        ['2027-03-14', 'sun'],
        ['2028-02-29', 'tue'],
        ['1900-01-01', 'mon'],
        ['1900-03-01', 'thu'],
        ['9999-12-31', 'fri'],
    ])('%s is a %s', (date, weekday) => {
        expect(weekdayOf(date)).toBe(weekday);
    });

    test('an impossible date has no weekday', () => {
        expect(weekdayOf('2027-02-30')).toBeNull();
    });
});

describe('adding days', () => {
    test.each([
        ['2027-01-04', 6, '2027-01-10'],
        ['2027-01-31', 1, '2027-02-01'],
        ['2027-02-28', 1, '2027-03-01'],
        ['2028-02-28', 1, '2028-02-29'],
        ['2028-02-29', 1, '2028-03-01'],
        ['1900-02-28', 1, '1900-03-01'],
        ['2027-12-31', 1, '2028-01-01'],
        ['2027-12-27', 7, '2028-01-03'],
        ['2028-01-01', -1, '2027-12-31'],
        ['2028-03-01', -1, '2028-02-29'],
        ['2027-03-01', -1, '2027-02-28'],
        ['2027-01-04', 0, '2027-01-04'],
        // 365 days from 2027-03-01 reach 2028-02-29; a year of 366 days reaches 2028-03-01.
        ['2027-03-01', 365, '2028-02-29'],
        ['2027-03-01', 366, '2028-03-01'],
        ['9999-12-30', 1, '9999-12-31'],
        ['1900-01-02', -1, '1900-01-01'],
    ])('%s + %i days = %s', (date, days, expected) => {
        expect(addDays(date, days)).toBe(expected);
    });

    test('to an impossible date gives nothing', () => {
        expect(addDays('2027-02-30', 1)).toBeNull();
    });

    test('past 9999-12-31 gives nothing, as no YYYY-MM-DD can write it', () => {
        expect(addDays('9999-12-31', 1)).toBeNull();
    });

    test('days between two dates', () => {
        expect(daysBetween('2027-01-04', '2027-01-10')).toBe(6);
        expect(daysBetween('2027-01-10', '2027-01-04')).toBe(-6);
        // 2028 has 366 days.
        expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
        expect(daysBetween('2027-01-01', '2027-02-30')).toBeNull();
    });
});

describe('clock durations', () => {
    test.each([
        ['1:30', 90],
        ['0:45', 45],
        ['20:00', 1200],
        ['25:00', 1500],
        ['1:05:00', 3900],
        ['2:00:30', 7230],
        ['00:00', 0],
        ['0:59', 59],
    ])('%s is %i s', (clock, seconds) => {
        expect(clockSeconds(clock)).toBe(seconds);
    });

    test.each([['1:60'], ['99:99'], ['1:75'], ['1:00:60'], ['1:60:00'], ['90'], ['1:2:3:4'], ['a:30']])('%s is not a duration', clock => {
        expect(clockSeconds(clock)).toBeNull();
    });
});

describe('times of day', () => {
    test.each([
        ['07:00', '07:00'],
        ['7:00', '07:00'],
        ['0:00', '00:00'],
        ['23:59', '23:59'],
        ['18:30', '18:30'],
    ])('%s is %s', (clock, time) => {
        expect(timeOfDay(clock)).toBe(time);
    });

    test.each([['24:00'], ['25:00'], ['7:60'], ['7:61'], ['07:00:00'], ['7'], ['7:5']])('%s is not a time of day', clock => {
        expect(timeOfDay(clock)).toBeNull();
    });
});
