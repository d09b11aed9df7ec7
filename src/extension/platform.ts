/**
 * What differs between the extension on the desktop, in Node (extension.ts), and in VS Code for
 * the Web, in a web worker (extension-browser.ts): where the language server runs and how an
 * export reaches its files. Everything else is the same code.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ExportFile, ExportFolder } from '../export/export-target.js';

export interface Platform {
    createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): BaseLanguageClient;
    exportFile(uri: vscode.Uri): ExportFile;
    exportFolder(uri: vscode.Uri): ExportFolder;
    /** The name of the command that shows a file in the system's file manager (`Reveal in Finder`); null in a browser, which has none. */
    readonly revealInOsLabel: string | null;
}
