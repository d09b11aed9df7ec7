/**
 * Export files through the editor's own file system (`workspace.fs`): every file in VS Code for
 * the Web, where the extension has no disk of its own, and folders that are not on disk on the
 * desktop. The editor writes each file whole; what may be replaced is decided in src/export.
 */
import * as vscode from 'vscode';
import { ExportError } from '../export/errors.js';
import type { ExportFile, ExportFolder } from '../export/export-target.js';

export function workspaceFile(uri: vscode.Uri): ExportFile {
    const name = uri.fsPath;
    return {
        name,
        read: async () => {
            try {
                return await vscode.workspace.fs.readFile(uri);
            } catch (error) {
                if (codeOf(error) === 'FileNotFound') {
                    return null;
                }
                // A folder can never be written either: say so, not that it cannot be read.
                const writing = codeOf(error) === 'FileIsADirectory' || codeOf(error) === 'FileNotADirectory';
                throw new ExportError(`cannot ${writing ? 'write' : 'read'} ${name}: ${reason(error)}`);
            }
        },
        write: async bytes => {
            try {
                await vscode.workspace.fs.writeFile(uri, bytes);
            } catch (error) {
                throw new ExportError(`cannot write ${name}: ${reason(error)}`);
            }
        },
        remove: async () => {
            try {
                await vscode.workspace.fs.delete(uri);
            } catch (error) {
                if (codeOf(error) !== 'FileNotFound') {
                    throw new ExportError(`cannot remove ${name}: ${reason(error)}`);
                }
            }
        },
    };
}

export function workspaceFolder(uri: vscode.Uri): ExportFolder {
    return {
        name: uri.fsPath,
        make: async () => {
            try {
                await vscode.workspace.fs.createDirectory(uri);
            } catch (error) {
                const inTheWay = codeOf(error) === 'FileExists' || codeOf(error) === 'FileNotADirectory';
                throw new ExportError(`cannot make the folder ${uri.fsPath}: ${inTheWay ? 'a file is in the way' : reason(error)}`);
            }
        },
        file: name => workspaceFile(vscode.Uri.joinPath(uri, name)),
    };
}

function codeOf(error: unknown): string | undefined {
    return error instanceof vscode.FileSystemError ? error.code : undefined;
}

/** The file system's refusal in the words src/export/file-errors.ts uses for the disk's. */
function reason(error: unknown): string {
    switch (codeOf(error)) {
        case 'FileNotFound': return 'its folder does not exist';
        case 'FileIsADirectory': return 'it is a folder';
        case 'FileNotADirectory': return 'a part of its path is a file, not a folder';
        case 'NoPermissions': return 'permission denied';
        case 'Unavailable': return 'the file system is not available';
        default: return (error as Error).message;
    }
}
