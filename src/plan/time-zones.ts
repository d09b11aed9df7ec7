/**
 * The time zones a plan may name: those timezones-ical-library has rules for, which is what a
 * calendar export writes. The editor checks `timezone "..."` with the same list and message.
 */
import { tzlib_get_timezones } from 'timezones-ical-library';

const KNOWN_ZONES = new Set(tzlib_get_timezones(false));

export function isKnownTimeZone(zone: string): boolean {
    return KNOWN_ZONES.has(zone);
}

/** What is wrong with a time zone's name, in one line. */
export function unknownTimeZoneMessage(zone: string): string {
    return `"${zone}" is not a time zone: use an IANA name such as Europe/Berlin or America/New_York`;
}
