/**
 * The plan preview beside the editor: one webview panel that follows the active `.stride`
 * editor, asks the language server for the preview model as the text changes (the first time
 * at once, then once typing pauses), drops an answer for an older version of the text, shows
 * the source of what is clicked, marks the sessions under the cursor and keeps the week at the
 * top of the editor in view. A session moved in the preview is an edit the language server
 * computes and this applies, as one step of the editor's undo. It restores itself after a
 * window reload as the panel serializer.
 */
import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PreviewModel } from '../../preview/model.js';
import { MoveSessionRequest, PreviewModelRequest, type DocumentPreview, type MoveSessionResult, type PreviewPatch } from '../../protocol/requests.js';
import { applyPreviewPatch, isPreviewPatch } from '../../preview/patch.js';
import { previewPage } from '../../preview/page.js';
import type { FromWebview, PreviewState, SessionMove, ToWebview } from '../../preview/protocol.js';
import { sessionKeysAtLine } from '../../preview/sessions-at-line.js';
import { LANGUAGE_ID } from '../language-client.js';

/** The webview panel's type: the serializer restores panels of this type after a reload. */
export const PREVIEW_VIEW_TYPE = 'stride.preview';


/** How long typing must pause before the preview asks for the plan again. */
const UPDATE_DELAY_MS = 300;

/** The editor scrolls when it shows a line the preview asked for; that scroll does not scroll the preview back. */
const REVEAL_SCROLL_MS = 500;

/** `stride.preview.scrollWithEditor`: whether the preview follows the editor's scrolling. */
function scrollsWithEditor(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('stride.preview', document).get<boolean>('scrollWithEditor', true);
}

export class PlanPreview implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.TextDocument | undefined;
    /** The newest document version shown; an answer for an older one is dropped. */
    private shownVersion = -1;
    private shown: DocumentPreview | undefined;
    /** Whether the next request asks for the whole preview, a patch having come against one no longer shown. */
    private wholeNext = false;
    private highlighted: readonly string[] = [];
    private pendingUpdate: ReturnType<typeof setTimeout> | undefined;
    /** Until when the editor's scrolling is its answer to a line the preview revealed. */
    private revealedUntil = 0;
    private readonly subscriptions: vscode.Disposable[];

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: BaseLanguageClient, private readonly log: vscode.LogOutputChannel) {
        this.subscriptions = [
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor && isPlan(editor.document)) {
                    this.follow(editor.document);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document === this.document && event.contentChanges.length > 0) {
                    this.scheduleUpdate();
                }
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document === this.document) {
                    this.highlight(event.selections[0].active.line);
                }
            }),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => {
                if (event.textEditor.document === this.document && Date.now() > this.revealedUntil) {
                    this.syncScroll(event.textEditor);
                }
            }),
        ];
    }

    /** Opens the preview of `uri` (else of the active plan editor) in `column`, or moves it there. */
    async show(column: vscode.ViewColumn, uri?: vscode.Uri): Promise<void> {
        const document = uri ? await vscode.workspace.openTextDocument(uri) : activePlan();
        if (!document) {
            void vscode.window.showErrorMessage('Open a .stride plan to preview it.');
            return;
        }
        if (this.panel) {
            this.panel.reveal(column, true);
        } else {
            this.adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Stride preview', { viewColumn: column, preserveFocus: true }, {
                enableScripts: true,
                enableFindWidget: true,
                localResourceRoots: [this.mediaFolder()],
            }));
        }
        this.follow(document);
    }

    /** After a window reload: the panel VS Code kept, showing the plan it showed before. */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        panel.webview.options = { enableScripts: true, localResourceRoots: [this.mediaFolder()] };
        this.panel?.dispose();
        this.adopt(panel);
        const document = state?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)).then(opened => opened, () => undefined) : activePlan();
        if (document) {
            this.follow(document);
        }
    }

    /** Alt+Arrow in the preview: the webview moves the session that has its focus. */
    moveFocusedSession(days: number): void {
        this.post({ type: 'moveFocusedSession', days });
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }

    private mediaFolder(): vscode.Uri {
        return vscode.Uri.joinPath(this.extensionUri, 'media');
    }

    private adopt(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        const { webview } = panel;
        webview.html = previewPage('Stride preview', {
            kind: 'linked',
            cspSource: webview.cspSource,
            styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder(), 'preview.css')).toString()],
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder(), 'build', 'preview.js')).toString(),
        });
        webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
        panel.onDidDispose(() => {
            if (this.panel === panel) {
                this.panel = undefined;
                this.document = undefined;
                this.shown = undefined;
                clearTimeout(this.pendingUpdate);
            }
        });
    }

    /** Shows this document from now on, at once. */
    private follow(document: vscode.TextDocument): void {
        if (document !== this.document) {
            this.document = document;
            this.shownVersion = -1;
            this.highlighted = [];
        }
        if (this.panel) {
            this.panel.title = `Preview ${Utils.basename(document.uri)}`;
        }
        void this.update();
    }

    private scheduleUpdate(): void {
        clearTimeout(this.pendingUpdate);
        this.pendingUpdate = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    private async update(): Promise<void> {
        clearTimeout(this.pendingUpdate);
        const document = this.document;
        if (!document || !this.panel) {
            return;
        }
        let answer: DocumentPreview | PreviewPatch | null;
        // What the webview shows is the base of a patch; the server sends the whole preview when it has no such base.
        const since = !this.wholeNext && this.shown?.uri === document.uri.toString() ? this.shown.version : undefined;
        try {
            answer = await this.client.sendRequest(PreviewModelRequest, { textDocument: { uri: document.uri.toString() }, since });
        } catch (error) {
            // The server is restarting or gave way to a newer edit; the next edit asks again.
            this.log.warn(`The preview could not get the plan of ${document.uri.toString()}: ${(error as Error).message}`);
            return;
        }
        if (!answer || document !== this.document || answer.version < this.shownVersion) {
            return;
        }
        if (isPreviewPatch(answer) && answer.since !== this.shown?.version) {
            // Made against a preview this one no longer shows: ask for the whole of it.
            this.wholeNext = true;
            this.scheduleUpdate();
            return;
        }
        this.wholeNext = false;
        const result = isPreviewPatch(answer) ? applyPreviewPatch(this.shown!, answer) : answer;
        const first = this.shown === undefined;
        this.shownVersion = result.version;
        this.shown = result;
        this.post({ type: 'update', ...result });
        const editor = vscode.window.activeTextEditor;
        if (editor?.document === document) {
            this.highlight(editor.selection.active.line);
        }
        const visible = vscode.window.visibleTextEditors.find(candidate => candidate.document === document);
        if (first && visible) {
            this.syncScroll(visible);
        }
        if (result.version < document.version) {
            // The server answered before it had the newest text: ask again once it has.
            this.scheduleUpdate();
        }
    }

    /** Brings the week at the top of the editor to the top of the preview. */
    private syncScroll(editor: vscode.TextEditor): void {
        const [visible] = editor.visibleRanges;
        if (visible && scrollsWithEditor(editor.document)) {
            this.post({ type: 'scrollToLine', line: visible.start.line });
        }
    }

    /** Marks the sessions on the cursor's line, when they are not marked already. */
    private highlight(line: number): void {
        const model: PreviewModel | undefined = this.shown?.model;
        const sessionKeys = model ? sessionKeysAtLine(model, line) : [];
        if (sessionKeys.join() !== this.highlighted.join()) {
            this.highlighted = sessionKeys;
            this.post({ type: 'highlight', sessionKeys });
        }
    }

    private receive(message: FromWebview): void {
        switch (message.type) {
            case 'ready':
                // A webview that (re)loads has lost what it showed.
                if (this.shown) {
                    this.post({ type: 'update', ...this.shown });
                    this.post({ type: 'highlight', sessionKeys: this.highlighted });
                }
                break;
            case 'reveal':
                void this.reveal(message.line, message.preserveFocus ?? false);
                break;
            case 'moveSession':
                void this.moveSession(message);
                break;
        }
    }

    /**
     * Asks the language server for the edit that moves a session and applies it: one edit, so
     * one undo puts the session back. The webview is told where the session went, or why not.
     */
    private async moveSession(move: SessionMove): Promise<void> {
        const document = this.document;
        if (!document) {
            return;
        }
        let result: MoveSessionResult | null;
        try {
            result = await this.client.sendRequest(MoveSessionRequest, { textDocument: { uri: document.uri.toString() }, ...move });
        } catch (error) {
            this.log.warn(`The preview could not move ${move.sessionKey}: ${(error as Error).message}`);
            result = { reason: 'The language server did not answer; try again.' };
        }
        if (result && 'edit' in result && document.version !== move.version) {
            result = { reason: 'The plan changed while the move was worked out; try again.' };
        }
        if (result && 'edit' in result) {
            const applied = await vscode.workspace.applyEdit(await this.client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
            this.post(applied
                ? { type: 'moved', sessionKey: move.sessionKey, movedTo: result.sessionKey }
                : { type: 'moveRefused', sessionKey: move.sessionKey, reason: 'The editor did not take the edit; try again.' });
            return;
        }
        this.post({ type: 'moveRefused', sessionKey: move.sessionKey, reason: result?.reason ?? 'The plan is not open any more.' });
    }

    /**
     * Shows the line in the editor the plan is open in, or opens it beside the preview; with
     * `preserveFocus`, the keyboard stays in the preview.
     */
    private async reveal(line: number, preserveFocus: boolean): Promise<void> {
        if (!this.document) {
            return;
        }
        this.revealedUntil = Date.now() + REVEAL_SCROLL_MS;
        const open = vscode.window.visibleTextEditors.find(editor => editor.document === this.document);
        const editor = await vscode.window.showTextDocument(this.document, { viewColumn: open?.viewColumn ?? vscode.ViewColumn.One, preserveFocus });
        const position = new vscode.Position(line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ToWebview): void {
        void this.panel?.webview.postMessage(message);
    }
}

function isPlan(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID;
}

function activePlan(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isPlan(document) ? document : undefined;
}
