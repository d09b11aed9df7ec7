/**
 * A time of day on a date, with no zone, for ical-generator. It formats a Date or a string
 * through the host's time zone when the event is zoned or floating (ical-facts.md, quirk 3),
 * but copies the fields of a Temporal.PlainDateTime digit by digit. Node 22 has no Temporal,
 * so this is a plain date-time of that shape, with the members ical-generator looks at.
 */
import type { ICalTemporalPlainDateTimeStub } from 'ical-generator';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** `minutes` from the midnight that starts `epochDay` (days since 1970-01-01), which may run into the next day. */
export function wallClock(epochDay: number, minutes: number): ICalTemporalPlainDateTimeStub {
    // UTC arithmetic only carries minutes over into days and months here; no zone is involved.
    const utc = new Date(epochDay * DAY_MS + minutes * MINUTE_MS);
    const fields = {
        year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(),
        hour: utc.getUTCHours(), minute: utc.getUTCMinutes(), second: 0,
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
