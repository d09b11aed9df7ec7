/** The units a plan may write, converted to SI: metres, seconds, kilograms, metres per second. */

export const METRES_PER_UNIT: Readonly<Record<string, number>> = { m: 1, km: 1000, mi: 1609.344, yd: 0.9144 };
export const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { s: 1, sec: 1, min: 60, h: 3600 };
export const KG_PER_UNIT: Readonly<Record<string, number>> = { kg: 1, lb: 0.45359237 };
export const METRES_PER_SECOND_PER_UNIT: Readonly<Record<string, number>> = { 'm/s': 1, 'km/h': 1 / 3.6, mph: 0.44704 };

/** `1:30` is 90 seconds, `1:05:00` an hour and five minutes; null unless every part is in range. */
export function clockSeconds(clock: string): number | null {
    const parts = clock.split(':').map(Number);
    if (parts.some(part => !Number.isInteger(part) || part < 0) || parts.length < 2 || parts.length > 3) {
        return null;
    }
    const [first, ...rest] = parts;
    if (rest.some(part => part >= 60)) {
        return null;
    }
    return rest.reduce((total, part) => total * 60 + part, first);
}

/** `07:00` as a time of day; null for `25:00` or `7:61`. */
export function timeOfDay(clock: string): string | null {
    const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
        return null;
    }
    return `${match[1].padStart(2, '0')}:${match[2]}`;
}
