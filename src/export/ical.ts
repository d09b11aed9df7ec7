/**
 * A plan as an iCalendar file (RFC 5545): one event per session and per rest day's note, and
 * a cancelled one for each event of the previous export whose session is gone, written with
 * ical-generator around its quirks (each named where it is handled), so that the same plan,
 * clock and previous export give the same bytes on any host. docs/ical.md describes the output.
 */
import ical, { ICalAlarmType, ICalEventStatus, ICalEventTransparency, escape } from 'ical-generator';
import { describeSession, sessionHeadline } from '../plan/describe.js';
import type { Plan, Weekday } from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';
import { AlarmsLastEvent } from './alarms-last-event.js';
import { ExportError } from './errors.js';
import { unknownTimeZoneMessage } from '../plan/time-zones.js';
import { allDayTiming, icalTiming, timedEvent, type EventTiming } from './event-timing.js';
import { clockMinutes, placeItems, type PlacedItem } from './placement.js';
import { cancelledEvent, rememberedEvents, type RememberedEvent } from './previous-export.js';
import { EVENT_HASH_PROPERTY, contentHash, sealCalendar } from './stride-marks.js';
import { canonicalZone, vtimezone } from './time-zones.js';
import { restDayUid, sessionUids } from './uid.js';
import { zoneClock, type ZoneClock } from './zone-clock.js';

export interface IcsOptions {
    /** The moment of the export: DTSTAMP and LAST-MODIFIED of what changed since the previous export. */
    readonly now: Date;
    /** The zone of timed sessions when the plan names none; without either, times float. */
    readonly timezone?: string | null;
    /** Start times (`HH:MM`) by weekday for sessions the plan gives no time; other sessions are all-day. */
    readonly defaultStartTimes?: Partial<Record<Weekday, string>>;
    /** A reminder this many minutes before each session (before midnight for all-day ones); none when absent. */
    readonly alarmMinutesBefore?: number | null;
    /** Where the file is published (http, https or webcal), for subscribers' calendars to refresh it from. */
    readonly sourceUrl?: string | null;
    /** The text of the .ics this export replaces, whose events it carries on (previous-export.ts). */
    readonly previous?: string | null;
}

export interface IcsExport {
    readonly ics: string;
    /** Events for sessions and rest days' notes. */
    readonly events: number;
    /** Events of the previous export whose session is gone, written as cancelled. */
    readonly cancelled: number;
}

/** Everything an event shows; its hash tells a changed event from an unchanged one. */
interface EventContent {
    readonly summary: string;
    readonly description: string | null;
    readonly category: string | null;
    readonly timing: EventTiming;
    readonly alarmMinutesBefore: number | null;
    /** Shown as free time, so that it blocks nothing. */
    readonly transparent: boolean;
    readonly cancelled: boolean;
}

const PRODUCT = { company: 'Stride', product: 'Stride training plans', language: 'EN' };

/** How often a subscribed calendar should fetch the file again: a coach's change reaches the athlete within the hour. */
const REFRESH_SECONDS = 3600;

/** The plan as a calendar, carrying on the previous export's events; throws ExportError when it cannot be written. */
export function planToIcs(plan: Plan, options: IcsOptions): IcsExport {
    const zone = exportZone(plan.timezone ?? options.timezone ?? null);
    const clock = zone === null ? null : zoneClock(zone);
    const placed = placeItems(plan, checkedStartTimes(options.defaultStartTimes ?? {}));
    const alarmMinutesBefore = checkedAlarm(options.alarmMinutesBefore ?? null);
    const source = checkedSource(options.sourceUrl ?? null);
    const remembered = options.previous ? rememberedEvents(options.previous) : new Map<string, RememberedEvent>();
    const uids = sessionUids(plan);

    const calendar = ical({
        prodId: PRODUCT,
        // ical-generator writes the name without TEXT escaping, so a line break in it would start a property of its own.
        name: escape(calendarText(plan.name), false),
        // A calendar-level zone would make DTSTAMP local and move all-day dates on hosts west of UTC; this one
        // names no zone and still writes a VTIMEZONE for every zone an event uses.
        timezone: { name: null, generator: vtimezone },
        ttl: REFRESH_SECONDS,
        source,
    });
    const addEvent = (uid: string, content: EventContent) => {
        const hash = contentHash(contentKey(content));
        const before = remembered.get(uid);
        const unchanged = before?.hash === hash;
        // Without METHOD, DTSTAMP is the time of the event's last change (RFC 5545 3.8.7.2), so an unchanged event keeps its bytes.
        const stamp = unchanged ? before.stamp : options.now;
        calendar.createEvent(new AlarmsLastEvent({
            id: uid,
            sequence: before === undefined ? 0 : unchanged ? before.sequence : before.sequence + 1,
            stamp,
            lastModified: stamp,
            ...icalTiming(content.timing),
            summary: content.summary,
            description: content.description,
            categories: content.category === null ? [] : [{ name: content.category }],
            alarms: content.alarmMinutesBefore === null ? [] : [{ type: ICalAlarmType.display, triggerBefore: content.alarmMinutesBefore * 60 }],
            transparency: content.transparent ? ICalEventTransparency.TRANSPARENT : null,
            status: content.cancelled ? ICalEventStatus.CANCELLED : null,
            x: [[EVENT_HASH_PROPERTY, hash]],
        }, calendar));
    };

    const written = new Set<string>();
    for (const item of placed) {
        const uid = item.kind === 'session' ? uids.get(item.session.key)! : restDayUid(plan, item.week.number, item.day);
        addEvent(uid, item.kind === 'session' ? sessionContent(item, plan, clock, alarmMinutesBefore) : restDayContent(item));
        written.add(uid);
    }
    let cancelled = 0;
    for (const [uid, event] of remembered) {
        const content = written.has(uid) ? null : cancellationContent(event);
        if (content !== null) {
            addEvent(uid, content);
            cancelled++;
        }
    }
    if (placed.length + cancelled === 0) {
        throw new ExportError('the plan has no sessions and no rest-day notes, and a calendar file needs at least one event');
    }
    // ical-generator ends the file without a line break after END:VCALENDAR.
    const ics = sealCalendar(`${calendar.toString()}\r\n`);
    return { ics, events: placed.length, cancelled };
}

/**
 * Every field of the content in one string, NUL between them: plan text cannot hold a NUL
 * (calendarText makes it U+FFFD), so no two contents give the same string. (JSON would do
 * the same at several times the cost.)
 */
function contentKey(content: EventContent): string {
    const { timing } = content;
    const when = timing.type === 'date' ? `${timing.start}\0${timing.end}`
        : timing.type === 'wall' ? `${timing.start}\0${timing.end}\0${timing.zone}` : `${timing.start}\0${timing.end}`;
    return `${content.summary}\0${content.description}\0${content.category}\0${timing.type}\0${when}\0${content.alarmMinutesBefore}\0${content.transparent}\0${content.cancelled}`;
}

function sessionContent(item: PlacedItem & { kind: 'session' }, plan: Plan, clock: ZoneClock | null, alarmMinutesBefore: number | null): EventContent {
    const { session, epochDay, startMinute, minutes } = item;
    const timed = startMinute === null ? null : timedEvent(epochDay, startMinute, minutes, clock);
    const description = calendarText(describeSession(session, plan.units));
    return {
        summary: calendarText(sessionHeadline(session, plan.units)),
        description: timed?.note ? `${description}\n\n${timed.note}` : description,
        category: session.kind,
        timing: timed?.timing ?? allDayTiming(epochDay),
        alarmMinutesBefore,
        transparent: false,
        cancelled: false,
    };
}

/** A rest day's note: all day, and free time, since resting takes none. */
function restDayContent(item: PlacedItem & { kind: 'rest-day' }): EventContent {
    const note = calendarText(item.note);
    return {
        summary: `Rest day: ${note}`,
        description: note,
        category: 'rest',
        timing: allDayTiming(item.epochDay),
        alarmMinutesBefore: null,
        transparent: true,
        cancelled: false,
    };
}

/** An event of the previous export whose session is gone: where it was, cancelled; null when that cannot be read back. */
function cancellationContent(event: RememberedEvent): EventContent | null {
    const gone = cancelledEvent(event);
    if (gone === null) {
        return null;
    }
    return {
        // A calendar that ignores STATUS still shows what happened.
        summary: gone.cancelled ? gone.summary : `Cancelled: ${gone.summary}`,
        description: null,
        category: null,
        timing: gone.timing,
        alarmMinutesBefore: null,
        transparent: true,
        cancelled: true,
    };
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

/** Four weeks, the longest reminder Google Calendar takes; a larger one gives TRIGGER values that some readers reject. */
const MAX_ALARM_MINUTES = 40_320;

function checkedAlarm(minutes: number | null): number | null {
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_ALARM_MINUTES)) {
        throw new ExportError(`a reminder is a whole number of minutes from 0 to ${MAX_ALARM_MINUTES} (four weeks), not ${minutes}`);
    }
    return minutes;
}

/** The address as a URI may be written (ical-generator writes SOURCE as given); null when none is given. */
function checkedSource(address: string | null): string | null {
    if (address === null || address === '') {
        return null;
    }
    const url = URL.parse(address);
    if (url === null || !['http:', 'https:', 'webcal:'].includes(url.protocol)) {
        throw new ExportError(`"${calendarText(address)}" is not a web address: give the http, https or webcal address the file is published at`);
    }
    return url.href;
}

/**
 * Plan text as iCalendar TEXT may hold it: control characters other than tab and line breaks
 * (which escaping turns into `\n`) are not allowed (RFC 5545 3.3.11), and a lone UTF-16
 * surrogate is no character at all (folding would count it wrong); both show as U+FFFD.
 */
function calendarText(text: string): string {
    return text.toWellFormed().replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}
