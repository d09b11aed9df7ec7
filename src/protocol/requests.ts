/**
 * The custom requests between Stride's language server and its clients, typed once for both
 * ends: the server registers its handlers with these types (src/language/requests.ts) and the
 * extension sends them. What crosses here is a transfer object made for the client, never
 * the AST, and plain JSON.
 */
import { RequestType, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';
import type { Plan } from '../plan/model.js';
import type { DocumentPreview } from '../preview/model.js';

export type { DocumentPreview };

/** A request about one open document: the server answers once it has validated the text the editor has now. */
export interface DocumentParams {
    readonly textDocument: TextDocumentIdentifier;
}

/** A document's Plan, with the number of errors it has: a plan with any is not exported. */
export interface DocumentPlan {
    readonly uri: string;
    readonly version: number;
    readonly plan: Plan;
    readonly errors: number;
}

/** `stride/previewModel`: the calendar preview of a document; null when the server has no such document. */
export const PreviewModelRequest = new RequestType<DocumentParams, DocumentPreview | null, void>('stride/previewModel');

/** `stride/plan`: the Plan of a document as the editor shows it (unsaved changes included); null when the server has no such document. */
export const PlanRequest = new RequestType<DocumentParams, DocumentPlan | null, void>('stride/plan');
