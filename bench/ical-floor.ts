/**
 * The floor of the export: the events of Stride's .ics (read back with the tests' ical.js
 * reader) written again by ical-generator alone, as someone would who had the summaries, the
 * descriptions, the times, the cancellations and the subscription properties at hand already.
 * What Stride costs above this is placing and describing the sessions, reading the previous
 * export, the clock changes, the UIDs, the content hashes and the byte fixes of src/export.
 */
import ical, { ICalAlarmType, ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { parseIcs } from '../test/export/parse-ics.js';

export interface FloorCalendar {
    readonly name: string;
    readonly source: string | null;
    readonly events: readonly ICalEventData[];
}

/** The calendar's events as ical-generator takes them (the same properties, Stride's hash among them), read from an .ics Stride wrote with alarms `alarmMinutesBefore` ahead. */
export function floorCalendar(ics: string, alarmMinutesBefore: number): FloorCalendar {
    const calendar = parseIcs(ics);
    // Stride's hash of each event, in event order: ical.js does not read X- properties of events.
    const hashes = [...ics.matchAll(/^X-STRIDE-HASH:(.*)\r$/gm)].map(match => match[1]);
    return {
        name: calendar.name ?? '',
        source: /^SOURCE;VALUE=URI:(.*)\r$/m.exec(ics)?.[1] ?? null,
        events: calendar.events.map((event, index): ICalEventData => ({
            id: event.uid,
            sequence: event.sequence,
            stamp: new Date(event.stamp),
            lastModified: new Date(event.lastModified),
            ...(event.allDay ? { start: event.start, end: event.end, allDay: true }
                : event.start.endsWith('Z') ? { start: new Date(event.startInstant), end: new Date(event.endInstant) }
                    : { start: hostWallClock(event.start), end: hostWallClock(event.end), ...(event.tzid ? { timezone: event.tzid } : { floating: true }) }),
            summary: event.summary,
            description: event.description,
            categories: event.categories.map(name => ({ name })),
            alarms: event.alarms.map(() => ({ type: ICalAlarmType.display, triggerBefore: alarmMinutesBefore * 60 })),
            transparency: event.transparency === 'TRANSPARENT' ? ICalEventTransparency.TRANSPARENT : null,
            status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : null,
            x: [['X-STRIDE-HASH', hashes[index]]],
        })),
    };
}

/** `2027-01-05T07:00:00` as a Date whose fields in the host's zone are those: what ical-generator writes for a zoned or floating time. */
function hostWallClock(text: string): Date {
    const [year, month, day, hour, minute, second] = text.split(/[-T:]/).map(Number);
    return new Date(year, month - 1, day, hour, minute, second);
}

/** The calendar written by ical-generator, its time zones from timezones-ical-library. */
export function writeFloor(floor: FloorCalendar): string {
    const calendar = ical({
        prodId: { company: 'Stride', product: 'Stride training plans', language: 'EN' },
        name: floor.name,
        timezone: { name: null, generator: zone => tzlib_get_ical_block(zone, false)[0] },
        ttl: 3600,
        source: floor.source,
    });
    for (const event of floor.events) {
        calendar.createEvent(event);
    }
    return calendar.toString();
}
