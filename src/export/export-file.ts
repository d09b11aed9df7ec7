/** The whole export as the CLI and the extension run it: read what is there, guard it, build the calendar, write it. */
import { basename, format, parse } from 'node:path';
import type { Plan } from '../plan/model.js';
import { planToIcs, type IcsExport, type IcsOptions } from './ical.js';
import { guardOverwrite, readExisting, writeAtomically } from './write-guard.js';

/** Where a plan exports unless told otherwise: `plans/speed.stride` to `plans/speed.ics`, beside it. */
export function defaultIcsPath(planPath: string): string {
    const { dir, name } = parse(planPath);
    return format({ dir, name, ext: '.ics' });
}

/**
 * The address subscribers fetch the file from: as given, or with the file's name added to
 * an address that ends in `/` (a folder where a coach publishes every plan's calendar).
 */
export function publishedAddress(address: string | null, target: string): string | null {
    return address?.endsWith('/') ? `${address}${encodeURIComponent(basename(target))}` : address;
}

/** The export's options; `sourceUrl` may also end in `/`, for the folder the file is published in. */
export interface ExportFileOptions extends Omit<IcsOptions, 'previous'> {
    /** Replace a target that is not Stride's untouched last export. */
    readonly force: boolean;
}

/** How many events an export wrote, and how many of them cancel sessions that are gone. */
export interface ExportCounts {
    readonly events: number;
    readonly cancelled: number;
}

/**
 * Writes the plan's calendar to `target`, carrying on the events of the export it replaces.
 * Throws ExportError for a plan that cannot be exported, and its OverwriteRefused for a
 * target that needs the user's yes; nothing is written then.
 */
export function exportPlanToFile(plan: Plan, target: string, options: ExportFileOptions): Promise<ExportCounts> {
    const sourceUrl = publishedAddress(options.sourceUrl ?? null, target);
    return writeCalendarFile(target, options.force, previous => planToIcs(plan, { ...options, sourceUrl, previous }));
}

/**
 * The export's steps around the making of the calendar, wherever it is made (here, or by the
 * language server for the editor): read the file it replaces, make the calendar from it, guard
 * the file, write. The calendar is made before the guard, so that a plan that cannot be
 * exported is told before any question about the file.
 */
export async function writeCalendarFile(target: string, force: boolean, make: (previous: string | null) => IcsExport | Promise<IcsExport>): Promise<ExportCounts> {
    const existing = await readExisting(target);
    const { ics, events, cancelled } = await make(existing);
    guardOverwrite(target, existing, force);
    await writeAtomically(target, ics);
    return { events, cancelled };
}

/** `1 event`, `12 events and 2 cancellations`: what an export wrote, in the CLI's line and the extension's message. */
export function eventsWritten({ events, cancelled }: ExportCounts): string {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return cancelled === 0 ? plural(events, 'event') : `${plural(events, 'event')} and ${plural(cancelled, 'cancellation')}`;
}
