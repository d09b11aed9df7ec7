/** The pieces of `stride export` that are not Commander wiring: how start times are written and what it says. */
import { InvalidArgumentError } from 'commander';
import { WEEKDAYS, type Weekday } from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';
import type { FolderWrite } from '../export/fit/export-folder.js';
import type { FitExport } from '../export/fit/fit-export.js';

/** Collects repeated `--start-time tue=07:00` options into one record. */
export function collectStartTime(value: string, times: Partial<Record<Weekday, string>>): Partial<Record<Weekday, string>> {
    const [weekday, clock = ''] = value.split('=', 2);
    if (!isWeekday(weekday)) {
        throw new InvalidArgumentError(`write a weekday and a time, like tue=07:00 (weekdays: ${WEEKDAYS.join(', ')}).`);
    }
    const time = timeOfDay(clock);
    if (time === null) {
        throw new InvalidArgumentError(`${clock || 'nothing'} is not a time of day (00:00 to 23:59).`);
    }
    return { ...times, [weekday]: time };
}

function isWeekday(text: string): text is Weekday {
    return (WEEKDAYS as readonly string[]).includes(text);
}

/** `wrote 1 event to plan.ics`, `wrote 12 events to plan.ics`. */
export function wroteLine(events: number, output: string): string {
    return `wrote ${events} event${events === 1 ? '' : 's'} to ${output}`;
}

/** `wrote 3 workouts and a schedule of 3 sessions (2027-01-05 to 2027-01-09) to plan-fit`, and what went from the last export. */
export function wroteFitLine(exported: FitExport, written: FolderWrite, folder: string): string {
    const workouts = `${exported.workouts} workout${exported.workouts === 1 ? '' : 's'}`;
    const { scheduled } = exported;
    const schedule = scheduled === null ? ''
        : ` and a schedule of ${scheduled.sessions} session${scheduled.sessions === 1 ? '' : 's'} (${scheduled.from} to ${scheduled.to})`;
    const removed = written.removed === 0 ? '' : `; removed ${written.removed} file${written.removed === 1 ? '' : 's'} of the last export`;
    const kept = written.kept.length === 0 ? '' : `; kept ${written.kept.join(', ')}, changed since the last export`;
    return `wrote ${workouts}${schedule} to ${folder}${removed}${kept}`;
}
