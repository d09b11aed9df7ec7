/**
 * The day it is where the export runs, `YYYY-MM-DD`: a watch's schedule starts on the athlete's
 * today. The one place the export reads the host's time zone (the CLI's and the editor's).
 */
export function localDate(now: Date): string {
    return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
