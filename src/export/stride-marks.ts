/**
 * What Stride writes into its own .ics files so that the next export can read them back: a
 * content hash on each event (to tell a changed session, whose SEQUENCE must grow, from an
 * unchanged one; previous-export.ts reads it) and a checksum of the whole file (to tell our
 * last export, untouched, from a file someone else wrote or edited). Nothing is kept
 * anywhere else.
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
