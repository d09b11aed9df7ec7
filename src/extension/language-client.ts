/** What the language client is, wherever its server runs: a Node process (node-language-client.ts) or a web worker (language-client-browser.ts). */
import type * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export const LANGUAGE_ID = 'stride';
export const LANGUAGE_SERVER_NAME = 'Stride Language Server';

export function languageClientOptions(log: vscode.LogOutputChannel): LanguageClientOptions {
    return {
        // Any scheme: the server gets open documents' text from the editor, so untitled plans are checked too.
        documentSelector: [{ language: LANGUAGE_ID }],
        outputChannel: log,
    };
}
