/** How figures read wherever they are shown: diagnostics, hovers, the preview, the CLI, the calendar. */
import { weekdayOf } from './dates.js';
import type { PlanDay, SessionKind } from './model.js';
import { METRES_PER_UNIT } from './units.js';

export type DistanceUnits = 'km' | 'mi';

/** `48.0 km`, `30.2 mi`; short distances in metres: `600 m`. */
export function formatDistance(metres: number, units: DistanceUnits = 'km'): string {
    if (units === 'km' && metres < 1000) {
        return `${Math.round(metres)} m`;
    }
    return `${(metres / METRES_PER_UNIT[units]).toFixed(1)} ${units}`;
}

/** `0.4 min`, `7.5 min` under ten minutes, where whole minutes would read as nothing; else as formatMinutes. */
export function formatFineMinutes(minutes: number): string {
    return minutes < 10 ? `${Math.round(minutes * 10) / 10} min` : formatMinutes(minutes);
}

/** `45 min`, `1:05 h`. */
export function formatMinutes(minutes: number): string {
    const rounded = Math.round(minutes);
    if (rounded < 60) {
        return `${rounded} min`;
    }
    return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')} h`;
}

/** `90 s`, `3 min`, `2:30 min`. */
export function formatSeconds(seconds: number): string {
    const rounded = Math.round(seconds);
    if (rounded < 60) {
        return `${rounded} s`;
    }
    const rest = rounded % 60;
    return rest === 0 ? `${rounded / 60} min` : `${Math.floor(rounded / 60)}:${String(rest).padStart(2, '0')} min`;
}

/** `7.7 s`, `0.5 s`, `1:05 min`: a sprint's time or a rep's, to the hundredth of a second under a minute. */
export function formatFineSeconds(seconds: number): string {
    return seconds < 60 ? `${Math.round(seconds * 100) / 100} s` : formatSeconds(seconds);
}

/** Session load in arbitrary units, whole. */
export function formatLoad(load: number): string {
    return `${Math.round(load)} AU`;
}

/** What AU means, wherever a load is shown with room to say it (a tooltip, a legend). */
export const LOAD_UNIT_EXPLAINED = 'AU: arbitrary units of training load, how hard a session feels (RPE, 1 to 10) times its minutes';

/** `+26%`, `-30%`, `0%`, `+10.2%`; a fraction in, a percentage with `decimals` places out. */
export function formatChange(fraction: number, decimals = 0): string {
    const percent = Number((fraction * 100).toFixed(decimals));
    return `${percent > 0 ? '+' : ''}${percent.toFixed(decimals)}%`;
}

/**
 * The places a figure needs so that it never reads as its own limit: `decimals`, or more when
 * rounding would make the two look the same (+10.2% beside a limit of +10%, not +10% and +10%).
 */
export function placesApart(value: number, limit: number, decimals: number): number {
    let places = decimals;
    while (places < 3 && value !== limit && value.toFixed(places) === limit.toFixed(places)) {
        places++;
    }
    return places;
}

/** `4:20/km`. */
export function formatPace(secondsPerKm: number, units: DistanceUnits = 'km'): string {
    const seconds = Math.round(secondsPerKm * METRES_PER_UNIT[units] / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}/${units}`;
}

/** A rep's distance as it is run: metres below one kilometre (or mile), so `60 m` never reads `0.0 mi`. */
export function formatRepDistance(metres: number, units: DistanceUnits = 'km'): string {
    return metres < METRES_PER_UNIT[units] ? `${Math.round(metres)} m` : formatDistance(metres, units);
}

/** `7.79 m/s`: the speed of a rep. */
export function formatSpeed(metresPerSecond: number): string {
    return `${metresPerSecond.toFixed(2)} m/s`;
}

/** `100 kg`, `102.5 kg`. */
export function formatMass(kg: number): string {
    return `${Math.round(kg * 10) / 10} kg`;
}

/** `1.52`: ACWR and monotony; `decimals` places (two unless a limit needs more). */
export function formatRatio(ratio: number, decimals = 2): string {
    return ratio.toFixed(decimals);
}

/** `1.5`, `2.0`, `1.45`: a ratio limit as it was set. */
export function formatRatioLimit(limit: number): string {
    return Number.isInteger(limit) ? limit.toFixed(1) : String(limit);
}

/** `26%`, `20.4%`: a share, a fraction in, a percentage with `decimals` places out. */
export function formatShare(fraction: number, decimals = 0): string {
    return `${(fraction * 100).toFixed(decimals)}%`;
}

/** What each kind of session is called: the name of a session with no title, and the preview's legend. */
export const SESSION_KIND_NAMES: Readonly<Record<SessionKind, string>> = {
    run: 'Run', speed: 'Speed', strength: 'Strength', plyometrics: 'Plyometrics',
    mobility: 'Mobility', circuit: 'Circuit', cross: 'Cross-training',
};

/**
 * How a message names a day: `tue` (a day written by its date goes by its weekday too), or
 * `week 2 sun` for a day of another week than the one the message is about (`messageWeek`).
 */
export function dayName(day: Pick<PlanDay, 'weekday' | 'date'> & { readonly week?: number }, messageWeek?: number): string {
    const name = day.weekday ?? (day.date === null ? null : weekdayOf(day.date)) ?? day.date ?? 'day';
    return day.week !== undefined && messageWeek !== undefined && day.week !== messageWeek ? `week ${day.week} ${name}` : name;
}
