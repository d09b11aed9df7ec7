/** The language client: starts the bundled Langium server over Node IPC for `.stride` documents. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'stride';

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
    const serverOptions: ServerOptions = { module: context.asAbsolutePath('dist/language-server.cjs'), transport: TransportKind.ipc };
    const clientOptions: LanguageClientOptions = {
        // Any scheme: the server gets open documents' text from the editor, so untitled plans are checked too.
        documentSelector: [{ language: LANGUAGE_ID }],
        outputChannel: log,
    };
    return new LanguageClient(LANGUAGE_ID, 'Stride Language Server', serverOptions, clientOptions);
}
