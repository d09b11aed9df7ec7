/**
 * The floor of the export: the events of Stride's .ics (read back with the tests' ical.js
 * reader) written again by ical-generator alone, as someone would who had the summaries, the
 * descriptions and the times at hand already. What Stride costs above this is describing the
 * sessions, the UIDs, the content hashes and the byte fixes of src/export/ical.ts.
 */
import ical, { ICalAlarmType, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { parseIcs } from '../test/export/parse-ics.js';

export interface FloorCalendar {
    readonly name: string;
    readonly events: readonly ICalEventData[];
}

/** The calendar's events as ical-generator takes them, read from an .ics Stride wrote with alarms `alarmMinutesBefore` ahead. */
export function floorCalendar(ics: string, alarmMinutesBefore: number): FloorCalendar {
    const calendar = parseIcs(ics);
    return {
        name: calendar.name ?? '',
        events: calendar.events.map((event): ICalEventData => ({
            id: event.uid,
            sequence: event.sequence,
            stamp: new Date(event.stamp),
            lastModified: new Date(event.lastModified),
            ...(event.allDay
                ? { start: event.start, end: event.end, allDay: true }
                : { start: hostWallClock(event.start), end: hostWallClock(event.end), ...(event.tzid ? { timezone: event.tzid } : { floating: true }) }),
            summary: event.summary,
            description: event.description,
            categories: event.categories.map(name => ({ name })),
            alarms: event.alarms.map(() => ({ type: ICalAlarmType.display, triggerBefore: alarmMinutesBefore * 60 })),
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
    });
    for (const event of floor.events) {
        calendar.createEvent(event);
    }
    return calendar.toString();
}
