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
    // Only these members are read (ical-generator's formatDate); it never asks a zoned time for its instant.
    return new PlainDateTime(wall) as unknown as ICalTemporalPlainDateTimeStub;
}

class PlainDateTime {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    readonly hour: number;
    readonly minute: number;
    readonly second: number;

    constructor(readonly wall: number) {
        // UTC arithmetic only reads the fields here; no zone is involved.
        const utc = new Date(wall);
        this.year = utc.getUTCFullYear();
        this.month = utc.getUTCMonth() + 1;
        this.day = utc.getUTCDate();
        this.hour = utc.getUTCHours();
        this.minute = utc.getUTCMinutes();
        this.second = utc.getUTCSeconds();
    }

    toPlainDate(): { year: number; month: number; day: number } {
        return { year: this.year, month: this.month, day: this.day };
    }

    /** The same wall-clock time read in a zone, which ical-generator writes with that TZID. */
    toZonedDateTime(timeZoneId: string): ZonedDateTime {
        return new ZonedDateTime(this, timeZoneId);
    }
}

/** The same fields with a zone's name; ical-generator reads them back as a plain date-time, never as an instant. */
class ZonedDateTime extends PlainDateTime {
    constructor(private readonly plain: PlainDateTime, readonly timeZoneId: string) {
        super(plain.wall);
    }

    withTimeZone(): ZonedDateTime {
        return this;
    }

    toPlainDateTime(): PlainDateTime {
        return this.plain;
    }
}
