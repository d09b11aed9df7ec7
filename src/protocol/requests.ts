/**
 * The custom requests between Stride's language server and its clients, typed once for both
 * ends: the server registers its handlers with these types (src/language/requests.ts) and the
 * extension sends them. What crosses here is a transfer object made for the client, never
 * the AST, and plain JSON.
 */
import { RequestType, type TextDocumentIdentifier, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Plan } from '../plan/model.js';
import type { CalendarDayRef, DocumentPreview } from '../preview/model.js';

export type { CalendarDayRef, DocumentPreview };

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

/** A session of the preview to move to another day of the calendar, as of the version of the text the preview showed. */
export interface MoveSessionParams extends DocumentParams {
    readonly version: number;
    /** The Plan's session key, `w3-tue-1`. */
    readonly sessionKey: string;
    readonly target: CalendarDayRef;
}

/**
 * The edit that moves the session in the text (the client applies it as one undoable edit),
 * with the key the session will have there; or, when the text cannot say that move, why.
 */
export type MoveSessionResult =
    | { readonly edit: WorkspaceEdit; readonly sessionKey: string }
    | { readonly reason: string };

/** `stride/moveSession`: the edit that moves a session to another day; null when the server has no such document. */
export const MoveSessionRequest = new RequestType<MoveSessionParams, MoveSessionResult | null, void>('stride/moveSession');
