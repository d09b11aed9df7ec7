/** `stride preview`: the plan's calendar and load charts as one HTML file, the same view as the editor's preview. */
import { writeFile } from 'node:fs/promises';
import { URI } from 'langium';
import { fileErrorReason } from '../export/file-errors.js';
import { documentPreview } from '../language/preview-request.js';
import type { createStrideServices } from '../language/stride-module.js';
import { standalonePreview } from '../preview/standalone.js';

/** The standalone page of a plan already loaded into these services. */
export async function previewHtml(services: ReturnType<typeof createStrideServices>, uri: string): Promise<string> {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
    if (!document) {
        throw new Error(`${uri} is not loaded`);
    }
    const { model } = await documentPreview(services.Stride, document);
    return standalonePreview(model);
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
