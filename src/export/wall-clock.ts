/**
 * A time of day on a date, with no zone, for ical-generator. It formats a Date or a string
 * through the host's time zone when the event is zoned or floating, so the same plan would
 * give other bytes on another host, but it copies the fields of a Temporal.PlainDateTime
 * digit by digit. Node 22 has no Temporal, so this is a plain date-time of that shape, with
 * the members ical-generator looks at.
 */
import type { ICalTemporalPlainDateTimeStub } from 'ical-generator';

/** A wall-clock time given as milliseconds since 1970-01-01T00:00 as if it were UTC. */
export function wallClock(wall: number): ICalTemporalPlainDateTimeStub {
    // UTC arithmetic only reads the fields here; no zone is involved.
    const utc = new Date(wall);
    const fields = {
        year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(),
        hour: utc.getUTCHours(), minute: utc.getUTCMinutes(), second: utc.getUTCSeconds(),
    };
    const plain = {
        ...fields,
        toPlainDate: () => ({ year: fields.year, month: fields.month, day: fields.day }),
        // The same wall-clock time read in a zone, which ical-generator writes with that TZID.
        toZonedDateTime: (timeZoneId: string) => {
            const zoned = { ...fields, timeZoneId, withTimeZone: () => zoned, toPlainDateTime: () => plain };
            return zoned;
        },
    };
    // Only these members are read (ical-generator's formatDate); it never asks a zoned time for its instant.
    return plain as unknown as ICalTemporalPlainDateTimeStub;
}
