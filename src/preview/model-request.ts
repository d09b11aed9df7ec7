/**
 * The custom LSP request that carries a document's preview model from the language server to
 * the extension: `stride/previewModel` with the document, answered once it is validated.
 */
import type { PreviewModel } from './model.js';

/** The language server's request for a document's preview model. */
export const PREVIEW_MODEL_REQUEST = 'stride/previewModel';

export interface PreviewModelParams {
    readonly textDocument: { readonly uri: string };
}

/** A document's preview model and the version of the document it was built from. */
export interface DocumentPreview {
    readonly uri: string;
    readonly version: number;
    readonly model: PreviewModel;
}

/** Null when the server has no such document. */
export type PreviewModelResult = DocumentPreview | null;
