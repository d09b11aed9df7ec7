/**
 * The preview's script, in a VS Code webview or in a standalone HTML file. In VS Code the
 * extension sends the model, the highlight, the editor's scroll position and the answers to
 * moves as messages, and is told what was clicked and what to move; a standalone file carries
 * its model in a JSON data block.
 */
import type { PreviewModel } from '../model.js';
import { MODEL_ELEMENT_ID, type FromWebview, type PreviewState, type ToWebview } from '../protocol.js';
import { PreviewApp } from './app.js';
import { localToday } from './labels.js';

/** The part of VS Code's webview API the preview uses. */
interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const root = document.getElementById('app');
const embedded = document.getElementById(MODEL_ELEMENT_ID);
const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;

if (root && embedded) {
    new PreviewApp(root, { reveal: null, moveSession: null, today: () => localToday(), summaryOpen: true })
        .show(JSON.parse(embedded.textContent ?? '') as PreviewModel);
} else if (root && vscode) {
    let state: PreviewState | undefined = vscode.getState();
    const app = new PreviewApp(root, {
        reveal: (line, preserveFocus) => vscode.postMessage({ type: 'reveal', line, preserveFocus }),
        moveSession: move => vscode.postMessage({ type: 'moveSession', ...move }),
        today: () => localToday(),
        summaryOpen: state?.summaryOpen ?? true,
        summaryToggled: summaryOpen => {
            if (state) {
                state = { ...state, summaryOpen };
                vscode.setState(state);
            }
        },
    });
    window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
        const message = event.data;
        switch (message.type) {
            case 'update': {
                const { model, ...document } = message;
                state = { ...state, uri: message.uri };
                vscode.setState(state);
                app.show(model, document);
                break;
            }
            case 'highlight':
                app.highlight(message.sessionKeys);
                break;
            case 'scrollToLine':
                app.scrollToLine(message.line);
                break;
            case 'moveFocusedSession':
                app.moveFocusedSession(message.days);
                break;
            case 'moved':
                app.moved(message.sessionKey, message.movedTo);
                break;
            case 'moveRefused':
                app.moveRefused(message.sessionKey, message.reason);
                break;
        }
    });
    vscode.postMessage({ type: 'ready' });
}
