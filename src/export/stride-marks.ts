/**
 * What Stride writes into its own .ics files so that the next export can read them back: a
 * content hash on each event (to tell a changed session, whose SEQUENCE must grow, from an
 * unchanged one) and a checksum of the whole file (to tell our last export, untouched, from
 * a file someone else wrote or edited). Nothing is kept anywhere else.
 */
import { hash } from 'node:crypto';

export const EVENT_HASH_PROPERTY = 'X-STRIDE-HASH';
const CHECKSUM_PROPERTY = 'X-STRIDE-CHECKSUM';
const CALENDAR_END = 'END:VCALENDAR\r\n';

/** SHA-256 in base64url: 43 characters, none of which TEXT escaping touches. */
export function contentHash(text: string): string {
    return hash('sha256', text, 'base64url');
}

/** The calendar with a checksum of all its other bytes as its last property. */
export function sealCalendar(ics: string): string {
    if (!ics.endsWith(CALENDAR_END)) {
        throw new Error('a calendar to seal ends with END:VCALENDAR and CRLF');
    }
    const body = ics.slice(0, -CALENDAR_END.length);
    return `${body}${CHECKSUM_PROPERTY}:${contentHash(ics)}\r\n${CALENDAR_END}`;
}

/** `stride`: Stride's export, unchanged since; `changed`: Stride's, edited since; `foreign`: not Stride's. */
export type Provenance = 'stride' | 'changed' | 'foreign';

export function provenanceOf(text: string): Provenance {
    const match = new RegExp(`\\r\\n${CHECKSUM_PROPERTY}:([A-Za-z0-9_-]+)\\r\\n${CALENDAR_END}$`).exec(text);
    if (match === null) {
        return text.includes(`\n${CHECKSUM_PROPERTY}:`) ? 'changed' : 'foreign';
    }
    const unsealed = text.slice(0, match.index + 2) + CALENDAR_END;
    return contentHash(unsealed) === match[1] ? 'stride' : 'changed';
}

/** How an event looked in the previous export. */
export interface EventState {
    readonly hash: string;
    readonly sequence: number;
    readonly lastModified: Date;
}

/**
 * The state of each event Stride wrote into a previous export, by UID. Only events that carry
 * all of UID, SEQUENCE, LAST-MODIFIED and our hash count; anything else in the file is ignored.
 */
export function previousEventStates(text: string): Map<string, EventState> {
    const states = new Map<string, EventState>();
    let event: Map<string, string> | null = null;
    // Folded lines are joined again first (RFC 5545 3.1).
    for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
        if (line === 'BEGIN:VEVENT') {
            event = new Map();
        } else if (line === 'END:VEVENT' && event !== null) {
            const state = eventState(event);
            if (state !== null) {
                states.set(event.get('UID')!, state);
            }
            event = null;
        } else if (event !== null) {
            const colon = line.indexOf(':');
            if (colon > 0 && !event.has(line.slice(0, colon))) {
                event.set(line.slice(0, colon), line.slice(colon + 1));
            }
        }
    }
    return states;
}

function eventState(properties: ReadonlyMap<string, string>): EventState | null {
    const hash = properties.get(EVENT_HASH_PROPERTY);
    const sequence = Number(properties.get('SEQUENCE'));
    const lastModified = utcDateTime(properties.get('LAST-MODIFIED') ?? '');
    if (!properties.get('UID') || hash === undefined || !Number.isSafeInteger(sequence) || sequence < 0 || lastModified === null) {
        return null;
    }
    return { hash, sequence, lastModified };
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
