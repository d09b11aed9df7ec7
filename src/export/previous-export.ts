/**
 * What the file an export replaces remembers of each event Stride wrote into it: its
 * SEQUENCE, its DTSTAMP, the hash of what it showed, and where and what it was, so that the
 * next export keeps an unchanged event byte for byte, raises SEQUENCE for a changed one, and
 * cancels one whose session is gone. A cancelled event stays in every later export, so the
 * memory of its SEQUENCE outlives the exports the session is absent from. Nothing is kept
 * anywhere but in that file.
 */
import { writtenTiming, type EventTiming } from './event-timing.js';
import { EVENT_HASH_PROPERTY } from './stride-marks.js';

export interface RememberedEvent {
    readonly sequence: number;
    readonly stamp: Date;
    readonly hash: string;
    /** The event's properties before any VALARM, as written, to read its time and summary from. */
    readonly text: string;
}

/**
 * Every event of the file that carries UID, SEQUENCE, DTSTAMP and Stride's hash, by UID;
 * anything else in it is ignored. Line ends may be CRLF or LF, and lines may be folded.
 */
export function rememberedEvents(text: string): Map<string, RememberedEvent> {
    const events = new Map<string, RememberedEvent>();
    // Most events of one export share their DTSTAMP: each is read once.
    const stamps = new Map<string, Date | null>();
    for (let begin = text.indexOf('\nBEGIN:VEVENT'); begin !== -1; begin = text.indexOf('\nBEGIN:VEVENT', begin + 1)) {
        const end = text.indexOf('\nEND:VEVENT', begin);
        if (end === -1) {
            break;
        }
        // Searched within the event only: a search of the whole rest of the file for each event would take quadratic time.
        const whole = text.slice(begin, end + 1);
        const alarm = whole.indexOf('\nBEGIN:VALARM');
        const event = alarm === -1 ? whole : whole.slice(0, alarm);
        const uid = propertyValue(event, 'UID:');
        const hash = propertyValue(event, `${EVENT_HASH_PROPERTY}:`);
        // RFC 5545 (3.8.7.4): no SEQUENCE is SEQUENCE 0.
        const sequenceText = propertyValue(event, 'SEQUENCE:') ?? '0';
        const sequence = /^\d+$/.test(sequenceText) ? Number(sequenceText) : NaN;
        const stampText = propertyValue(event, 'DTSTAMP:') ?? '';
        let stamp = stamps.get(stampText);
        if (stamp === undefined) {
            stamp = utcDateTime(stampText);
            stamps.set(stampText, stamp);
        }
        if (uid && hash !== null && Number.isSafeInteger(sequence) && stamp !== null && !events.has(uid)) {
            events.set(uid, { sequence, stamp, hash, text: event });
        }
    }
    return events;
}

/** What a cancelled event shows: where the event was, and its summary. */
export interface CancelledEvent {
    readonly summary: string;
    readonly timing: EventTiming;
    /** It was cancelled already in that file. */
    readonly cancelled: boolean;
}

/** The remembered event as far as its cancellation needs it; null when its time cannot be read back. */
export function cancelledEvent(event: RememberedEvent): CancelledEvent | null {
    const timing = writtenTiming(propertyValue(event.text, 'DTSTART') ?? '', propertyValue(event.text, 'DTEND') ?? '');
    if (timing === null) {
        return null;
    }
    return {
        summary: unescapeText(propertyValue(event.text, 'SUMMARY:') ?? ''),
        timing,
        cancelled: propertyValue(event.text, 'STATUS:') === 'CANCELLED',
    };
}

/**
 * The rest of the first line that starts with `start` (a name and its colon, or a bare name
 * for its parameters too), with the lines folded into it (RFC 5545 3.1) joined again.
 */
function propertyValue(event: string, start: string): string | null {
    const at = event.indexOf(`\n${start}`);
    if (at === -1) {
        return null;
    }
    let value = '';
    let from = at + 1 + start.length;
    for (;;) {
        const lineEnd = event.indexOf('\n', from);
        const line = event.slice(from, lineEnd === -1 ? event.length : lineEnd);
        const next = lineEnd === -1 ? '' : event.charAt(lineEnd + 1);
        if (next !== ' ' && next !== '\t') {
            return value + (line.endsWith('\r') ? line.slice(0, -1) : line);
        }
        value += line.endsWith('\r') ? line.slice(0, -1) : line;
        from = lineEnd + 2;
    }
}

/** RFC 5545 3.3.11 backwards: `\n`, `\,`, `\;` and `\\`. */
function unescapeText(text: string): string {
    return text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** `20270105T070000Z` as a Date; null for anything else. */
function utcDateTime(value: string): Date | null {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (match === null) {
        return null;
    }
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return Number.isNaN(date.getTime()) ? null : date;
}
