/**
 * What a Garmin watch takes from a FIT workout, as far as it could be found out (docs/fit.md
 * gives the sources). The export writes whatever the FIT profile can hold; the editor's watch
 * notes (the plan's `watch garmin` line) say where a plan goes past these.
 */

/**
 * Bytes of a workout's name a watch shows: the FIT C SDK, which watches are built on, holds a
 * name in 16 bytes, a terminating zero included (FIT_WORKOUT_MESG_WKT_NAME_COUNT).
 */
export const WATCH_NAME_BYTES = 15;

/**
 * Steps of one workout, repeat steps included, above which Stride notes that a watch may not
 * load it. Garmin publishes no figure per watch; 50 is a cautious one (docs/fit.md).
 */
export const WATCH_MAX_STEPS = 50;

/**
 * Scheduled workouts a watch loads from one schedule file: about 30 on recent Garmin watches,
 * as users of schedule files report (docs/fit.md). The export schedules this many.
 */
export const WATCH_SCHEDULE_WINDOW = 30;

/** Repeats inside repeats that a workout keeps; deeper ones are written out (Garmin Connect's own workouts nest two deep). */
export const MAX_REPEAT_NESTING = 2;

/** The most bytes a FIT string field holds: 255, the terminating zero included. */
export const FIT_STRING_BYTES = 254;

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8, as a FIT string holds it. */
export function utf8Bytes(text: string): number {
    return encoder.encode(text).length;
}

/** The longest start of `text` that fits in `bytes` bytes of UTF-8, never cutting a character. */
export function fitBytes(text: string, bytes: number): string {
    let used = 0;
    let end = 0;
    for (const character of text) {
        used += utf8Bytes(character);
        if (used > bytes) {
            break;
        }
        end += character.length;
    }
    return text.slice(0, end);
}

/**
 * Plan text as a FIT string holds it: at most FIT_STRING_BYTES bytes, and no control
 * characters (a zero would end the string early; the others show as U+FFFD).
 */
export function fitText(text: string): string {
    return fitBytes(text.replace(/[\u0000-\u001f\u007f]/g, '\ufffd'), FIT_STRING_BYTES);
}
