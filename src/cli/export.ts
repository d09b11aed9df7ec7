/** The pieces of `stride export` that are not Commander wiring: how start times are written, where it writes and what it says. */
import { stat } from 'node:fs/promises';
import { basename, format, join, parse } from 'node:path';
import { eventsWritten, publishedAddress, writeCalendarFile, type ExportCounts } from '../export/export-file.js';
import { fitFolderName, icsFileName } from '../export/file-names.js';
import { writeFitFolder, type FolderWrite } from '../export/fit/export-folder.js';
import { planToFit, type FitExport } from '../export/fit/fit-export.js';
import { localDate } from '../export/fit/local-date.js';
import { planToIcs, type IcsOptions } from '../export/ical.js';
import { nodeFile, nodeFolder } from '../export/node-files.js';
import type { Plan } from '../plan/model.js';

/** `wrote 1 event to plan.ics`, `wrote 12 events and 2 cancellations to plan.ics`. */
export function wroteLine(counts: ExportCounts, output: string): string {
    return `wrote ${eventsWritten(counts)} to ${output}`;
}

/** Where a plan exports unless told otherwise: `plans/speed.stride` to `plans/speed.ics`, beside it. */
export function defaultIcsPath(planPath: string): string {
    const { dir, base } = parse(planPath);
    return format({ dir, base: icsFileName(base) });
}

/** Where a plan's watch files go unless told otherwise: `plans/speed.stride` to the folder `plans/speed-fit`, beside it. */
export function defaultFitFolder(planPath: string): string {
    const { dir, base } = parse(planPath);
    return format({ dir, base: fitFolderName(base) });
}

/** The export's options; `sourceUrl` may also end in `/`, for the folder the file is published in. */
export interface ExportFileOptions extends Omit<IcsOptions, 'previous'> {
    /** Replace a target that is not Stride's untouched last export. */
    readonly force: boolean;
}

/**
 * Writes the plan's calendar to `target`, carrying on the events of the export it replaces.
 * Throws ExportError for a plan that cannot be exported, and its OverwriteRefused for a
 * target that needs the user's yes; nothing is written then.
 */
export function exportPlanToFile(plan: Plan, target: string, options: ExportFileOptions): Promise<ExportCounts> {
    const sourceUrl = publishedAddress(options.sourceUrl ?? null, basename(target));
    return writeCalendarFile(nodeFile(target), options.force, previous => planToIcs(plan, { ...options, sourceUrl, previous }));
}

/** The file to write: `-o` as given, FILE.ics in `-o` when that is a folder, or FILE.ics beside the plan. */
export async function outputPath(planFile: string, output: string | undefined): Promise<string> {
    if (output === undefined) {
        return defaultIcsPath(planFile);
    }
    const isFolder = await stat(output).then(found => found.isDirectory(), () => false);
    return isFolder ? join(output, icsFileName(basename(planFile))) : output;
}

/**
 * Writes the plan's watch workouts and their schedule into `folder`, and says what it wrote.
 * Throws as exportPlanToFile does.
 */
export async function exportPlanToFitFolder(plan: Plan, folder: string, force: boolean): Promise<string> {
    const now = new Date();
    const exported = planToFit(plan, { now, today: localDate(now) });
    const written = await writeFitFolder(exported.files, nodeFolder(folder), force);
    return wroteFitLine(exported, written, folder);
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
