/** The language client of VS Code for the Web: the bundled server runs in a web worker of its own. */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { LANGUAGE_ID, LANGUAGE_SERVER_NAME, languageClientOptions } from './language-client.js';

export function createBrowserLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
    const script = serverScriptUrl(context.extensionUri);
    let worker: Worker | undefined;
    // Called again on a restart: the new server replaces the old, which nothing else ends.
    const startServer = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = new Worker(await script, { name: LANGUAGE_SERVER_NAME });
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    return new LanguageClient(LANGUAGE_ID, LANGUAGE_SERVER_NAME, startServer, languageClientOptions(log));
}

/**
 * The server's script as a `blob:` address. A worker starts only from a script of its page's
 * origin, and the extension's files are elsewhere (on the remote server, or the Marketplace's
 * site); `fetch` in VS Code's web extension host reaches them wherever they are.
 */
async function serverScriptUrl(extensionUri: vscode.Uri): Promise<string> {
    const location = vscode.Uri.joinPath(extensionUri, 'dist', 'language-server-browser.js');
    const response = await fetch(location.toString());
    if (!response.ok) {
        throw new Error(`cannot load the language server from ${location.toString()}: ${response.status} ${response.statusText}`);
    }
    return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
}
