/**
 * A plan as an iCalendar file (RFC 5545): one event per session, written with ical-generator
 * around the quirks listed in ../shared/design/ical-facts.md, so that the same plan, clock and
 * previous export give the same bytes on any host. docs/ical.md describes the output.
 */
import ical, { ICalAlarmType, escape, type ICalEventData } from 'ical-generator';
import { LAST_DATE, dateOfDayNumber, dayNumber, usableDate, weekdayOf } from '../plan/dates.js';
import { describeSession, sessionHeadline } from '../plan/describe.js';
import type { Plan, PlanSession, Weekday } from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';
import { AlarmsLastEvent } from './alarms-last-event.js';
import { ExportError } from './errors.js';
import { EVENT_HASH_PROPERTY, contentHash, previousEventStates, sealCalendar, type EventState } from './stride-marks.js';
import { unknownTimeZoneMessage } from '../plan/time-zones.js';
import { canonicalZone, vtimezone } from './time-zones.js';
import { sessionUids } from './uid.js';
import { wallClock } from './wall-clock.js';

export interface IcsOptions {
    /** The moment of the export: every DTSTAMP, and LAST-MODIFIED of what changed. */
    readonly now: Date;
    /** The zone of timed sessions when the plan names none; without either, times float. */
    readonly timezone?: string | null;
    /** Start times (`HH:MM`) by weekday for sessions the plan gives no time; other sessions are all-day. */
    readonly defaultStartTimes?: Partial<Record<Weekday, string>>;
    /** A reminder this many minutes before each session (before midnight for all-day ones); none when absent. */
    readonly alarmMinutesBefore?: number | null;
    /** The text of the .ics this export replaces, whose SEQUENCE and LAST-MODIFIED it carries on. */
    readonly previous?: string | null;
}

export interface IcsExport {
    readonly ics: string;
    readonly events: number;
}

/** Everything a session's event shows; its hash tells a changed session from an unchanged one. */
interface EventContent {
    readonly summary: string;
    readonly description: string;
    readonly category: string;
    readonly date: string;
    /** Null for an all-day event. */
    readonly time: { readonly startMinute: number; readonly minutes: number; readonly zone: string | null } | null;
    readonly alarmMinutesBefore: number | null;
}

const PRODUCT = { company: 'Stride', product: 'Stride training plans', language: 'EN' };

/** The plan's sessions as a calendar; throws ExportError when they cannot be placed on it. */
export function planToIcs(plan: Plan, options: IcsOptions): IcsExport {
    const zone = exportZone(plan.timezone ?? options.timezone ?? null);
    const sessions = placeSessions(plan, checkedStartTimes(options.defaultStartTimes ?? {}));
    const alarmMinutesBefore = checkedAlarm(options.alarmMinutesBefore ?? null);
    const previous = options.previous ? previousEventStates(options.previous) : new Map<string, EventState>();
    const uids = sessionUids(plan);

    const calendar = ical({
        prodId: PRODUCT,
        // ical-generator writes the name unescaped (quirk 6), so it gets TEXT escaping here.
        name: escape(calendarText(plan.name), false),
        // A zone-less calendar that still writes a VTIMEZONE for every zone an event uses (quirk 1).
        timezone: { name: null, generator: vtimezone },
    });
    for (const { session, date, epochDay, startMinute } of sessions) {
        const content: EventContent = {
            summary: calendarText(sessionHeadline(session, plan.units)),
            description: calendarText(describeSession(session, plan.units)),
            category: session.kind,
            date,
            time: startMinute === null ? null : { startMinute, minutes: eventMinutes(session), zone },
            alarmMinutesBefore,
        };
        const uid = uids.get(session.key)!;
        const hash = contentHash(JSON.stringify(content));
        const before = previous.get(uid);
        const unchanged = before?.hash === hash;
        calendar.createEvent(new AlarmsLastEvent({
            id: uid,
            sequence: before === undefined ? 0 : unchanged ? before.sequence : before.sequence + 1,
            stamp: options.now,
            lastModified: unchanged ? before.lastModified : options.now,
            ...eventTiming(content, epochDay),
            summary: content.summary,
            description: content.description,
            categories: [{ name: content.category }],
            alarms: alarmMinutesBefore === null ? [] : [{ type: ICalAlarmType.display, triggerBefore: alarmMinutesBefore * 60 }],
            x: [[EVENT_HASH_PROPERTY, hash]],
        }, calendar));
    }
    // ical-generator ends without a line break (quirk 4).
    const ics = sealCalendar(`${calendar.toString()}\r\n`);
    return { ics, events: sessions.length };
}

interface PlacedSession {
    readonly session: PlanSession;
    readonly date: string;
    /** The same date in days since 1970-01-01. */
    readonly epochDay: number;
    /** Minutes after midnight; null for an all-day event. */
    readonly startMinute: number | null;
}

/**
 * Every session on its date, timed when the plan gives it a time or its weekday has a
 * default start time. A session on the default starts no earlier than the end of those
 * written before it on its day, so that they do not overlap; when that is past midnight
 * it is an all-day event instead, so that no session moves to another day.
 */
function placeSessions(plan: Plan, defaultStartMinutes: Partial<Record<Weekday, number>>): PlacedSession[] {
    const placed: PlacedSession[] = [];
    for (const week of plan.weeks) {
        for (const day of week.days) {
            let dayFreeFrom = 0;
            for (const session of day.sessions) {
                const { date } = session;
                if (date === null) {
                    throw new ExportError('the plan has no start date, so its sessions have no dates: add `start YYYY-MM-DD` or `race YYYY-MM-DD` to its header');
                }
                const epochDay = dayNumber(date);
                if (epochDay === null) {
                    throw new ExportError(`week ${week.number} has a day on ${date}, which is not a date`);
                }
                const fallback = session.time === null ? defaultStartMinutes[weekdayOf(date)!] : undefined;
                const startMinute = session.time !== null ? clockMinutes(session.time)
                    : fallback === undefined || Math.max(fallback, dayFreeFrom) >= MINUTES_PER_DAY ? null
                        : Math.max(fallback, dayFreeFrom);
                if (startMinute !== null) {
                    dayFreeFrom = Math.max(dayFreeFrom, startMinute + eventMinutes(session));
                }
                // An all-day event ends the next day; a timed one when its minutes are up.
                const endMinute = startMinute === null ? MINUTES_PER_DAY : startMinute + eventMinutes(session);
                if (usableDate(epochDay + Math.floor(endMinute / MINUTES_PER_DAY)) === null) {
                    throw new ExportError(`the session of week ${week.number} on ${date} ends after ${LAST_DATE}, the last date a plan can use`);
                }
                placed.push({ session, date, epochDay, startMinute });
            }
        }
    }
    return placed;
}

const MINUTES_PER_DAY = 1440;

/** A timed event lasts the session's estimated minutes, at least one. */
function eventMinutes(session: PlanSession): number {
    return Math.max(1, Math.round(session.minutes));
}

/** `07:30` is 450. */
function clockMinutes(time: string): number {
    const [hours, minutes] = time.split(':').map(Number);
    return hours * 60 + minutes;
}

function exportZone(zone: string | null): string | null {
    if (zone === null) {
        return null;
    }
    const canonical = canonicalZone(zone);
    if (canonical === null) {
        throw new ExportError(unknownTimeZoneMessage(zone));
    }
    return canonical;
}

/** The default start times as minutes after midnight. */
function checkedStartTimes(times: Partial<Record<Weekday, string>>): Partial<Record<Weekday, number>> {
    const checked: Partial<Record<Weekday, number>> = {};
    for (const [weekday, time] of Object.entries(times) as Array<[Weekday, string | undefined]>) {
        if (time === undefined) {
            continue;
        }
        const clock = timeOfDay(time);
        if (clock === null) {
            throw new ExportError(`the start time for ${weekday}, "${time}", is not a time of day (00:00 to 23:59)`);
        }
        checked[weekday] = clockMinutes(clock);
    }
    return checked;
}

function checkedAlarm(minutes: number | null): number | null {
    if (minutes !== null && !(Number.isSafeInteger(minutes) && minutes >= 0)) {
        throw new ExportError(`a reminder is a whole number of minutes from 0, not ${minutes}`);
    }
    return minutes;
}

/**
 * All-day events as `YYYY-MM-DD` strings with an exclusive end and no zone (quirk 2); timed
 * ones as wall-clock times, zoned or floating (quirk 3). `epochDay` is the content's date.
 */
function eventTiming(content: EventContent, epochDay: number): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone' | 'floating'> {
    if (content.time === null) {
        return { start: content.date, end: dateOfDayNumber(epochDay + 1), allDay: true };
    }
    const { startMinute, minutes, zone } = content.time;
    const start = wallClock(epochDay, startMinute);
    const end = wallClock(epochDay, startMinute + minutes);
    return zone === null ? { start, end, floating: true } : { start, end, timezone: zone };
}

/**
 * Plan text as iCalendar TEXT may hold it: control characters other than tab and line breaks
 * (which escaping turns into `\n`) are not allowed (RFC 5545 3.3.11), so they show as U+FFFD.
 */
function calendarText(text: string): string {
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}
