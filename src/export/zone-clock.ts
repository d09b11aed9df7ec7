/**
 * Wall-clock times in an IANA time zone as the instants they name. On the night clocks go
 * forward some times of day do not exist, and on the night they go back some come twice.
 * RFC 5545 (3.3.5) reads a time in the gap with the offset from before it, so that 02:30 in
 * a gap from 02:00 to 03:00 is 03:30, and a time that comes twice as its first occurrence;
 * so does this. The offsets are the JavaScript engine's time zone data (Intl), never the
 * host's zone, so every host gets the same answer.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock time read in a zone. */
export interface ResolvedTime {
    /** Milliseconds since 1970-01-01T00:00Z. */
    readonly instant: number;
    /** The time of day did not exist: the instant is as far past the gap as the time was into it. */
    readonly skipped: boolean;
    /** The time of day came twice: the instant is the first of the two. */
    readonly repeated: boolean;
}

export class ZoneClock {
    private readonly format: Intl.DateTimeFormat;
    /** The offset at the start of each UTC day asked about so far, by day number. */
    private readonly dayStartOffsets = new Map<number, number>();
    /** The instant of the change on each day whose offset changes, by day number. */
    private readonly changes = new Map<number, number>();

    constructor(readonly zone: string) {
        this.format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    }

    /** What `wall` (a wall-clock time as milliseconds since 1970-01-01, as if it were UTC) names. */
    resolve(wall: number): ResolvedTime {
        // Any change near the time lies between these two offsets: changes are months apart.
        const before = this.offsetAt(wall - DAY_MS);
        const after = this.offsetAt(wall + DAY_MS);
        const first = wall - before;
        const second = wall - after;
        const firstFits = this.offsetAt(first) === before;
        const secondFits = before !== after && this.offsetAt(second) === after;
        if (firstFits && secondFits) {
            return { instant: Math.min(first, second), skipped: false, repeated: true };
        }
        if (!firstFits && !secondFits) {
            return { instant: first, skipped: true, repeated: false };
        }
        return { instant: firstFits ? first : second, skipped: false, repeated: false };
    }

    /** The wall-clock time (milliseconds since 1970-01-01, as if it were UTC) at an instant. */
    wallAt(instant: number): number {
        return instant + this.offsetAt(instant);
    }

    /** The zone's offset from UTC at an instant, in milliseconds; at most one change a day is assumed. */
    private offsetAt(instant: number): number {
        const day = Math.floor(instant / DAY_MS);
        const start = this.dayStartOffset(day);
        const end = this.dayStartOffset(day + 1);
        if (start === end) {
            return start;
        }
        return instant < this.changeOn(day, start) ? start : end;
    }

    private dayStartOffset(day: number): number {
        let offset = this.dayStartOffsets.get(day);
        if (offset === undefined) {
            offset = this.engineOffset(day * DAY_MS);
            this.dayStartOffsets.set(day, offset);
        }
        return offset;
    }

    /** The first minute of `day` at which the offset is no longer `start`, found by halving. */
    private changeOn(day: number, start: number): number {
        let change = this.changes.get(day);
        if (change === undefined) {
            let low = day * DAY_MS;
            let high = low + DAY_MS;
            while (high - low > MINUTE_MS) {
                const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
                if (this.engineOffset(middle) === start) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            change = high;
            this.changes.set(day, change);
        }
        return change;
    }

    /** `1/5/2027, GMT+01:00` read as 3,600,000; `GMT` alone is 0. */
    private engineOffset(instant: number): number {
        const match = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(this.format.format(instant));
        if (match === null) {
            throw new Error(`no UTC offset for ${this.zone} in "${this.format.format(instant)}"`);
        }
        const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
        const offset = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
        return sign === '-' ? -offset : offset;
    }
}

const clocks = new Map<string, ZoneClock>();

/** One clock per zone for the life of the process: the engine's zone rules do not change while Stride runs. */
export function zoneClock(zone: string): ZoneClock {
    let clock = clocks.get(zone);
    if (clock === undefined) {
        clock = new ZoneClock(zone);
        clocks.set(zone, clock);
    }
    return clock;
}
