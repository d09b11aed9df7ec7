/** The whole export as the CLI and the extension run it: read what is there, guard it, build the calendar, write it. */
import { format, parse } from 'node:path';
import type { Plan } from '../plan/model.js';
import { planToIcs, type IcsOptions } from './ical.js';
import { guardOverwrite, readExisting, writeAtomically } from './write-guard.js';

/** Where a plan exports unless told otherwise: `plans/speed.stride` to `plans/speed.ics`, beside it. */
export function defaultIcsPath(planPath: string): string {
    const { dir, name } = parse(planPath);
    return format({ dir, name, ext: '.ics' });
}

export interface ExportFileOptions extends Omit<IcsOptions, 'previous'> {
    /** Replace a target that is not Stride's untouched last export. */
    readonly force: boolean;
}

/**
 * Writes the plan's calendar to `target` and returns how many events it holds. Throws
 * ExportError for a plan that cannot be exported, and its OverwriteRefused for a target
 * that needs the user's yes; nothing is written then.
 */
export async function exportPlanToFile(plan: Plan, target: string, options: ExportFileOptions): Promise<{ events: number }> {
    const existing = await readExisting(target);
    // Built before the guard, so that a plan that cannot be exported is told before any question about the file.
    const { ics, events } = planToIcs(plan, { ...options, previous: existing });
    guardOverwrite(target, existing, options.force);
    await writeAtomically(target, ics);
    return { events };
}
