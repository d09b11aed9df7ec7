/**
 * When an event is, in the three forms Stride writes: all-day dates, wall-clock times (in a
 * zone, or floating with none), and UTC instants for the few zoned events that touch a
 * daylight-saving change, where a wall-clock time would not exist or would come twice and
 * readers disagree about it (ical.js, for one, reads a repeated time as its second
 * occurrence and a time in the gap as an hour early). Also read back from what Stride wrote,
 * so that a removed session can be cancelled where it was.
 */
import type { ICalEventData } from 'ical-generator';
import { dateOfDayNumber } from '../plan/dates.js';
import { canonicalZone } from './time-zones.js';
import { wallClock } from './wall-clock.js';
import type { ZoneClock } from './zone-clock.js';

/** Plain data, so that it can be hashed with the rest of an event. */
export type EventTiming =
    /** `YYYY-MM-DD`, the end exclusive. */
    | { readonly type: 'date'; readonly start: string; readonly end: string }
    /** Wall-clock times as milliseconds since 1970-01-01 as if they were UTC; `zone` null floats. */
    | { readonly type: 'wall'; readonly start: number; readonly end: number; readonly zone: string | null }
    /** Milliseconds since 1970-01-01T00:00Z. */
    | { readonly type: 'utc'; readonly start: number; readonly end: number };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function allDayTiming(epochDay: number): EventTiming {
    return { type: 'date', start: dateOfDayNumber(epochDay), end: dateOfDayNumber(epochDay + 1) };
}

/** A timed event and, when the daylight-saving change moved its start, a line that says so. */
export interface TimedEvent {
    readonly timing: EventTiming;
    readonly note: string | null;
}

/**
 * An event at `startMinute` on `epochDay` lasting `minutes`: floating without a clock, else
 * at the instant the zone gives that time (RFC 5545's reading of a skipped or repeated time)
 * and ending `minutes` later in real time, so that its length is true across a change.
 */
export function timedEvent(epochDay: number, startMinute: number, minutes: number, clock: ZoneClock | null): TimedEvent {
    const wall = epochDay * DAY_MS + startMinute * MINUTE_MS;
    if (clock === null) {
        return { timing: { type: 'wall', start: wall, end: wall + minutes * MINUTE_MS, zone: null }, note: null };
    }
    const start = clock.resolve(wall);
    const end = start.instant + minutes * MINUTE_MS;
    const startWall = clock.wallAt(start.instant);
    const endWall = clock.wallAt(end);
    const timing: EventTiming = start.repeated || clock.resolve(endWall).repeated
        ? { type: 'utc', start: start.instant, end }
        : { type: 'wall', start: startWall, end: endWall, zone: clock.zone };
    const asked = clockTime(wall);
    const note = start.skipped
        ? `${asked} does not exist on this day in ${clock.zone}, where clocks go forward that night: the session starts at ${clockTime(startWall)}.`
        : start.repeated
            ? `${asked} comes twice on this day in ${clock.zone}, where clocks go back that night: the session starts at the first ${asked}.`
            : null;
    return { timing, note };
}

/** `07:30`. */
function clockTime(wall: number): string {
    const minutes = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The timing as ical-generator takes it. */
export function icalTiming(timing: EventTiming): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone' | 'floating'> {
    switch (timing.type) {
        case 'date':
            // Strings, never Dates: a Date would be read in the host's zone.
            return { start: timing.start, end: timing.end, allDay: true };
        case 'wall': {
            const start = wallClock(timing.start);
            const end = wallClock(timing.end);
            return timing.zone === null ? { start, end, floating: true } : { start, end, timezone: timing.zone };
        }
        case 'utc':
            return { start: new Date(timing.start), end: new Date(timing.end) };
    }
}

/**
 * The timing of DTSTART and DTEND as Stride writes them, each given from just after the
 * property's name (`;VALUE=DATE:20270105`, `;TZID=Europe/Berlin:20270105T070000`,
 * `:20270105T070000`, `:20270105T070000Z`); null for anything else.
 */
export function writtenTiming(start: string, end: string): EventTiming | null {
    const first = writtenTime(start);
    const last = writtenTime(end);
    if (first === null || last === null || first.type !== last.type || first.zone !== last.zone) {
        return null;
    }
    switch (first.type) {
        case 'date': return { type: 'date', start: dateOfDayNumber(first.value / DAY_MS), end: dateOfDayNumber(last.value / DAY_MS) };
        case 'wall': return { type: 'wall', start: first.value, end: last.value, zone: first.zone };
        case 'utc': return { type: 'utc', start: first.value, end: last.value };
    }
}

const WRITTEN_TIME = /^(?:;VALUE=DATE:(\d{8})|;TZID=([^:;"]+):(\d{8}T\d{6})|:(\d{8}T\d{6})(Z?))$/;

function writtenTime(text: string): { type: EventTiming['type']; value: number; zone: string | null } | null {
    const match = WRITTEN_TIME.exec(text);
    if (match === null) {
        return null;
    }
    const [, date, tzid, zoned, plain, utc] = match;
    if (date !== undefined) {
        return { type: 'date', value: basicFormat(date), zone: null };
    }
    if (tzid !== undefined) {
        // Only a zone Stride can write a VTIMEZONE for can be written again.
        return canonicalZone(tzid) === tzid ? { type: 'wall', value: basicFormat(zoned), zone: tzid } : null;
    }
    return { type: utc ? 'utc' : 'wall', value: basicFormat(plain), zone: null };
}

/** `20270105` or `20270105T073000` as milliseconds since 1970-01-01, the fields read as UTC. */
function basicFormat(text: string): number {
    const field = (from: number, to: number) => Number(text.slice(from, to));
    const date = new Date(0);
    date.setUTCFullYear(field(0, 4), field(4, 6) - 1, field(6, 8));
    date.setUTCHours(field(9, 11), field(11, 13), field(13, 15));
    return date.getTime();
}
