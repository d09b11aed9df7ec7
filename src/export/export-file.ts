/** The calendar export as the CLI and the extension run it: read what is there, build the calendar, guard the file, write it. */
import type { IcsExport } from './ical.js';
import { decodeText, encodeText, type ExportFile } from './export-target.js';
import { guardOverwrite } from './write-guard.js';

/**
 * The address subscribers fetch the file from: as given, or with the file's name added to
 * an address that ends in `/` (a folder where a coach publishes every plan's calendar).
 */
export function publishedAddress(address: string | null, fileName: string): string | null {
    return address?.endsWith('/') ? `${address}${encodeURIComponent(fileName)}` : address;
}

/** How many events an export wrote, and how many of them cancel sessions that are gone. */
export interface ExportCounts {
    readonly events: number;
    readonly cancelled: number;
}

/**
 * The export's steps around the making of the calendar, wherever it is made (in the CLI, or by
 * the language server for the editor) and wherever the file is: read the file it replaces, make
 * the calendar from it, guard the file, write. The calendar is made before the guard, so that a
 * plan that cannot be exported is told before any question about the file. Throws ExportError,
 * and its OverwriteRefused for a file that needs the user's yes; nothing is written then.
 */
export async function writeCalendarFile(file: ExportFile, force: boolean, make: (previous: string | null) => IcsExport | Promise<IcsExport>): Promise<ExportCounts> {
    const bytes = await file.read();
    const existing = bytes === null ? null : decodeText(bytes);
    const { ics, events, cancelled } = await make(existing);
    guardOverwrite(file.name, existing, force);
    await file.write(encodeText(ics));
    return { events, cancelled };
}

/** `1 event`, `12 events and 2 cancellations`: what an export wrote, in the CLI's line and the extension's message. */
export function eventsWritten({ events, cancelled }: ExportCounts): string {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return cancelled === 0 ? plural(events, 'event') : `${plural(events, 'event')} and ${plural(cancelled, 'cancellation')}`;
}
