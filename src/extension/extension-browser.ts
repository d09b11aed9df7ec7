/**
 * The extension in VS Code for the Web (package.json's `browser`: vscode.dev, github.dev, a web
 * extension host): the language server in a web worker, exports written through the editor's
 * file system, as a browser has no other.
 */
import type * as vscode from 'vscode';
import { activateStride } from './activate.js';
import { createBrowserLanguageClient } from './language-client-browser.js';
import type { Platform } from './platform.js';
import { workspaceFile, workspaceFolder } from './workspace-files.js';

const web: Platform = {
    createLanguageClient: createBrowserLanguageClient,
    exportFile: workspaceFile,
    exportFolder: workspaceFolder,
    revealInOsLabel: null,
};

export function activate(context: vscode.ExtensionContext): Promise<void> {
    return activateStride(context, web);
}
