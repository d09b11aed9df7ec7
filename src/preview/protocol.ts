/**
 * How the preview's webview gets its model and says what the user did: messages both ways
 * with the extension in VS Code, or a JSON data block in a standalone file. The webview only
 * ever receives a finished PreviewModel; a move it asks for is an edit the language server
 * computes and the extension applies.
 */
import type { CalendarDayRef, DocumentPreview } from './model.js';

/** From the extension to the webview. */
export type ToWebview =
    /** A plan to show: the document it came from, the version it was built from, and that version's errors. */
    | ({ readonly type: 'update' } & DocumentPreview)
    /** The sessions under the editor's cursor; none to clear the highlight. */
    | { readonly type: 'highlight'; readonly sessionKeys: readonly string[] }
    /** The editor's first visible line: the preview brings the week it is in to its top. */
    | { readonly type: 'scrollToLine'; readonly line: number }
    /** Alt+Arrow in the preview (the extension's keybindings): move the focused session this many days. */
    | { readonly type: 'moveFocusedSession'; readonly days: number }
    /** A move was applied to the text: the session `sessionKey` is now `movedTo`. */
    | { readonly type: 'moved'; readonly sessionKey: string; readonly movedTo: string }
    /** A move was not made, and why. */
    | { readonly type: 'moveRefused'; readonly sessionKey: string; readonly reason: string };

/** A session to move to another day, as of the version of the text the preview shows. */
export interface SessionMove {
    readonly version: number;
    readonly sessionKey: string;
    readonly target: CalendarDayRef;
}

/** From the webview to the extension. */
export type FromWebview =
    /** The webview has loaded and listens: send it the plan. */
    | { readonly type: 'ready' }
    /**
     * Show this zero-based line of the document in the editor; with `preserveFocus` the keyboard
     * stays in the preview (a session card shows its source, and can still be moved).
     */
    | { readonly type: 'reveal'; readonly line: number; readonly preserveFocus?: boolean }
    /** Move a session to another day: dragged there, or Alt+Arrow. */
    | ({ readonly type: 'moveSession' } & SessionMove);

/** What the webview keeps across a window reload (`getState`/`setState`), handed to the panel serializer. */
export interface PreviewState {
    readonly uri: string;
    /** Whether the reader left the plan's summary open. */
    readonly summaryOpen?: boolean;
}

/** The id of the standalone page's `<script type="application/json">` block that holds the model. */
export const MODEL_ELEMENT_ID = 'stride-preview-model';
