/**
 * The custom requests between Stride's language server and its clients, typed once for both
 * ends: the server registers its handlers with these types (src/language/requests.ts) and the
 * extension sends them. What crosses here is a transfer object made for the client, never
 * the AST, and plain JSON.
 */
import { RequestType, type TextDocumentIdentifier, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Weekday } from '../plan/model.js';
import type { CalendarDayRef, DocumentPreview } from '../preview/model.js';
import type { PreviewPatch } from '../preview/patch.js';

export type { CalendarDayRef, DocumentPreview, PreviewPatch };

/** A request about one open document: the server answers once it has validated the text the editor has now. */
export interface DocumentParams {
    readonly textDocument: TextDocumentIdentifier;
}

export interface PreviewParams extends DocumentParams {
    /** The version of the preview the client shows, if it shows one: the answer may then be what changed since (a patch). */
    readonly since?: number;
}

/** `stride/previewModel`: the calendar preview of a document, or what changed since the one the client shows; null when the server has no such document. */
export const PreviewModelRequest = new RequestType<PreviewParams, DocumentPreview | PreviewPatch | null, void>('stride/previewModel');

/** `stride/calendar`: the export's settings, and the file it replaces, whose events the new one carries on. */
export interface CalendarParams extends DocumentParams {
    /** The moment of the export, ISO 8601. */
    readonly now: string;
    readonly timezone: string | null;
    readonly defaultStartTimes: Partial<Record<Weekday, string>>;
    readonly alarmMinutesBefore: number | null;
    /** The address subscribers fetch the file from, if it is published. */
    readonly sourceUrl: string | null;
    /** The text of the file the export replaces; null when there is none. */
    readonly previous: string | null;
}

/**
 * A document's Plan as an iCalendar file, rendered by the server: its text and what it holds.
 * None for a plan with errors, or for one the export cannot write (`problem` says why).
 */
export interface Calendar {
    readonly uri: string;
    readonly version: number;
    readonly planName: string;
    readonly errors: number;
    readonly problem: string | null;
    readonly ics: string | null;
    readonly events: number;
    readonly cancelled: number;
}

/** `stride/calendar`: the calendar of a document as the editor shows it (unsaved changes included); null when the server has no such document. */
export const CalendarRequest = new RequestType<CalendarParams, Calendar | null, void>('stride/calendar');

/** `stride/watchFiles`: what the export needs of the editor's clock (the schedule starts on the athlete's today). */
export interface WatchFilesParams extends DocumentParams {
    /** The moment of the export, ISO 8601: each file's time of creation. */
    readonly now: string;
    /** The editor's local date, `YYYY-MM-DD`. */
    readonly today: string;
}

/**
 * A document's Plan as FIT files for a watch, rendered by the server: every workout and the
 * schedule, each file's bytes in base64, with its name. None for a plan with errors, or for one
 * the export cannot put on a watch (`problem` says why).
 */
export interface WatchFiles {
    readonly uri: string;
    readonly version: number;
    readonly planName: string;
    readonly errors: number;
    readonly problem: string | null;
    readonly files: ReadonlyArray<{ readonly name: string; readonly base64: string }>;
    readonly workouts: number;
    readonly scheduled: { readonly sessions: number; readonly from: string; readonly to: string } | null;
}

/** `stride/watchFiles`: the FIT workouts and schedule of a document as the editor shows it; null when the server has no such document. */
export const WatchFilesRequest = new RequestType<WatchFilesParams, WatchFiles | null, void>('stride/watchFiles');

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
