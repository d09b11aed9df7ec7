/** The extension on the desktop (package.json's `main`): the language server in a Node process, exports written on disk through Node. */
import * as vscode from 'vscode';
import { nodeFile, nodeFolder } from '../export/node-files.js';
import { activateStride } from './activate.js';
import { createNodeLanguageClient } from './node-language-client.js';
import type { Platform } from './platform.js';
import { workspaceFile, workspaceFolder } from './workspace-files.js';

const desktop: Platform = {
    createLanguageClient: createNodeLanguageClient,
    // On disk, each file replaced in one rename; elsewhere (a virtual file system) through the editor.
    exportFile: uri => uri.scheme === 'file' ? nodeFile(uri.fsPath) : workspaceFile(uri),
    exportFolder: uri => uri.scheme === 'file' ? nodeFolder(uri.fsPath) : workspaceFolder(uri),
    revealInOsLabel: revealInOsLabel(),
};

export function activate(context: vscode.ExtensionContext): Promise<void> {
    return activateStride(context, desktop);
}

function revealInOsLabel(): string {
    switch (process.platform) {
        case 'darwin': return 'Reveal in Finder';
        case 'win32': return 'Reveal in File Explorer';
        default: return 'Open Containing Folder';
    }
}
