/**
 * Time zones as timezones-ical-library knows them: each zone's current rules, every zone
 * inlined in the library (so bundling keeps them), which a VTIMEZONE per zone used is built from.
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { isKnownTimeZone } from '../plan/time-zones.js';

/**
 * The TZID the library writes for a zone, which may be another name for it (`UTC` is
 * `Etc/UTC`, `US/Pacific` is `America/Los_Angeles`); null for a name it does not know.
 */
export function canonicalZone(zone: string): string | null {
    if (!isKnownTimeZone(zone)) {
        return null;
    }
    const [, tzidParameter] = vtimezoneBlock(zone);
    return tzidParameter.replace(/^TZID=/, '');
}

/** The VTIMEZONE component of a zone that canonicalZone returned. */
export function vtimezone(zone: string): string {
    return vtimezoneBlock(zone)[0];
}

/**
 * The library rebuilds a zone's block from its compressed rules on every call (a tenth of a
 * millisecond or more, and 200 KB of garbage); the rules do not change while Stride runs.
 */
const builtBlocks = new Map<string, readonly [string, string]>();

function vtimezoneBlock(zone: string): readonly [string, string] {
    const known = builtBlocks.get(zone);
    if (known !== undefined) {
        return known;
    }
    const block = tzlib_get_ical_block(zone, false);
    if (!Array.isArray(block) || block.length < 2) {
        throw new Error(`timezones-ical-library has no VTIMEZONE for ${zone}`);
    }
    const vtimezoneAndTzid = [block[0], block[1]] as const;
    builtBlocks.set(zone, vtimezoneAndTzid);
    return vtimezoneAndTzid;
}
