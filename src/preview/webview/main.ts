/**
 * The preview's script, in a VS Code webview or in a standalone HTML file. In VS Code the
 * extension sends the model and the highlight as messages and is told what was clicked;
 * a standalone file carries its model in a JSON data block.
 */
import type { PreviewModel } from '../model.js';
import { MODEL_ELEMENT_ID, type FromWebview, type PreviewState, type ToWebview } from '../protocol.js';
import { PreviewApp } from './app.js';
import { localToday } from './labels.js';

/** The part of VS Code's webview API the preview uses. */
interface VsCodeApi {
    postMessage(message: FromWebview): void;
    setState(state: PreviewState): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const root = document.getElementById('app');
const embedded = document.getElementById(MODEL_ELEMENT_ID);
const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;

if (root && embedded) {
    new PreviewApp(root, { reveal: null, today: () => localToday() }).show(JSON.parse(embedded.textContent ?? '') as PreviewModel);
} else if (root && vscode) {
    const app = new PreviewApp(root, { reveal: line => vscode.postMessage({ type: 'reveal', line }), today: () => localToday() });
    window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
        const message = event.data;
        switch (message.type) {
            case 'update':
                vscode.setState({ uri: message.uri });
                app.show(message.model);
                break;
            case 'highlight':
                app.highlight(message.sessionKeys);
                break;
        }
    });
    vscode.postMessage({ type: 'ready' });
}
