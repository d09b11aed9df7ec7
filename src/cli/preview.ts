/** `stride preview`: the plan's calendar and load charts as one HTML file, the same view as the editor's preview. */
import { writeFile } from 'node:fs/promises';
import { fileErrorReason } from '../export/file-errors.js';
import type { CheckedPlan } from '../language/load-plans.js';
import { previewModel } from '../preview/build-model.js';
import { standalonePreview } from '../preview/standalone.js';

/** The standalone page of a checked plan: its Plan and the findings its diagnostics report. */
export function previewHtml({ plan, findings, thresholds }: CheckedPlan): Promise<string> {
    return standalonePreview(previewModel(plan, findings, thresholds.acwr));
}

/** Writes the page; the reason it could not, in words, for a one-line error. */
export async function writePreview(output: string, html: string): Promise<string | null> {
    try {
        await writeFile(output, html);
        return null;
    } catch (error) {
        return fileErrorReason(error, 'writing');
    }
}

/** `wrote plan.html (12 weeks, 62 sessions)`. */
export function wrotePreviewLine(output: string, weeks: number, sessions: number): string {
    return `wrote ${output} (${weeks} week${weeks === 1 ? '' : 's'}, ${sessions} session${sessions === 1 ? '' : 's'})`;
}
