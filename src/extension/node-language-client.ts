/** The language client of the desktop: starts the bundled Langium server over Node IPC. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, LANGUAGE_SERVER_NAME, languageClientOptions } from './language-client.js';

export function createNodeLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
    const serverOptions: ServerOptions = { module: context.asAbsolutePath('dist/language-server.cjs'), transport: TransportKind.ipc };
    return new LanguageClient(LANGUAGE_ID, LANGUAGE_SERVER_NAME, serverOptions, languageClientOptions(log));
}
