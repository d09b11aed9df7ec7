/** The pieces of `stride export` that are not Commander wiring: how start times are written, where it writes and what it says. */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { defaultIcsPath, eventsWritten, type ExportCounts } from '../export/export-file.js';
import { WEEKDAYS, type Weekday } from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';
import type { FolderWrite } from '../export/fit/export-folder.js';
import type { FitExport } from '../export/fit/fit-export.js';

/** Collects repeated `--start-time tue=07:00` options into one record. */
export function collectStartTime(value: string, times: Partial<Record<Weekday, string>>): Partial<Record<Weekday, string>> {
    const [weekday, clock = ''] = value.split('=', 2);
    if (!isWeekday(weekday)) {
        throw new InvalidArgumentError(`Write a weekday and a time, like tue=07:00 (weekdays: ${WEEKDAYS.join(', ')}).`);
    }
    const time = timeOfDay(clock);
    if (time === null) {
        throw new InvalidArgumentError(`${clock || 'Nothing'} is not a time of day (00:00 to 23:59).`);
    }
    return { ...times, [weekday]: time };
}

function isWeekday(text: string): text is Weekday {
    return (WEEKDAYS as readonly string[]).includes(text);
}

/** `wrote 1 event to plan.ics`, `wrote 12 events and 2 cancellations to plan.ics`. */
export function wroteLine(counts: ExportCounts, output: string): string {
    return `wrote ${eventsWritten(counts)} to ${output}`;
}

/** The file to write: `-o` as given, FILE.ics in `-o` when that is a folder, or FILE.ics beside the plan. */
export async function outputPath(planFile: string, output: string | undefined): Promise<string> {
    if (output === undefined) {
        return defaultIcsPath(planFile);
    }
    const isFolder = await stat(output).then(found => found.isDirectory(), () => false);
    return isFolder ? join(output, basename(defaultIcsPath(planFile))) : output;
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
