/** An .ics file read back the way Thunderbird reads it, with ical.js, into plain values to compare. */
import ICAL from 'ical.js';

export interface ParsedEvent {
    readonly uid: string;
    readonly sequence: number;
    readonly summary: string;
    readonly description: string;
    /** `2027-01-05` for an all-day event, `2027-01-05T07:00:00` for a timed one. */
    readonly start: string;
    readonly end: string;
    readonly allDay: boolean;
    /** The TZID parameter of DTSTART, or null for an all-day or floating time. */
    readonly tzid: string | null;
    readonly categories: string[];
    readonly stamp: string;
    readonly lastModified: string;
    /** TRIGGER of each VALARM, as written: `-PT15M`. */
    readonly alarms: string[];
    /** STATUS (`CANCELLED`), TRANSP (`TRANSPARENT`), or null without one. */
    readonly status: string | null;
    readonly transparency: string | null;
    /** The instants ical.js reads DTSTART and DTEND as, through the file's VTIMEZONE for a zoned time: `2027-03-28T01:30:00.000Z`. */
    readonly startInstant: string;
    readonly endInstant: string;
}

export interface ParsedCalendar {
    /** X-WR-CALNAME with its TEXT escaping undone (ical.js leaves X- properties raw). */
    readonly name: string | null;
    readonly timezones: string[];
    readonly events: ParsedEvent[];
}

export function parseIcs(text: string): ParsedCalendar {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const rawName = calendar.getFirstPropertyValue('x-wr-calname');
    return {
        name: typeof rawName === 'string' ? unescapeText(rawName) : null,
        timezones: calendar.getAllSubcomponents('vtimezone').map(zone => String(zone.getFirstPropertyValue('tzid'))),
        events: calendar.getAllSubcomponents('vevent').map(parseEvent),
    };
}

function parseEvent(vevent: ICAL.Component): ParsedEvent {
    // Stride writes no recurrence exceptions; without this, each event scans every other one for them (n² reads).
    const event = new ICAL.Event(vevent, { exceptions: [] });
    const alarms = vevent.getAllSubcomponents('valarm');
    return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate,
        tzid: (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
        categories: vevent.getAllProperties('categories').flatMap(property => property.getValues().map(String)),
        stamp: String(vevent.getFirstPropertyValue('dtstamp')),
        lastModified: String(vevent.getFirstPropertyValue('last-modified')),
        alarms: alarms.map(alarm => String(alarm.getFirstProperty('trigger')?.toICALString().split(':').pop())),
        status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
        transparency: (vevent.getFirstPropertyValue('transp') as string | null) ?? null,
        startInstant: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
        endInstant: new Date(event.endDate.toUnixTime() * 1000).toISOString(),
    };
}

/** RFC 5545 3.3.11 backwards. */
function unescapeText(text: string): string {
    return text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
