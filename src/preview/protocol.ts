/**
 * How the preview's webview gets its model and says what the user did: messages both ways
 * with the extension in VS Code, or a JSON data block in a standalone file. The webview only
 * ever receives a finished PreviewModel.
 */
import type { DocumentPreview } from './model.js';

/** From the extension to the webview. */
export type ToWebview =
    /** A plan to show: the document it came from and the version it was built from. */
    | ({ readonly type: 'update' } & DocumentPreview)
    /** The sessions under the editor's cursor; none to clear the highlight. */
    | { readonly type: 'highlight'; readonly sessionKeys: readonly string[] };

/** From the webview to the extension. */
export type FromWebview =
    /** The webview has loaded and listens: send it the plan. */
    | { readonly type: 'ready' }
    /** Show this zero-based line of the document in the editor. */
    | { readonly type: 'reveal'; readonly line: number };

/** What the webview keeps across a window reload (`getState`/`setState`), handed to the panel serializer. */
export interface PreviewState {
    readonly uri: string;
}

/** The id of the standalone page's `<script type="application/json">` block that holds the model. */
export const MODEL_ELEMENT_ID = 'stride-preview-model';
