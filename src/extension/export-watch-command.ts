/**
 * "Stride: Export to Watch (FIT)": the language server renders the plan as the editor shows it
 * into FIT workouts and a schedule (`stride/watchFiles`); this asks for the folder, writes the
 * files there with src/export, and asks before it replaces files that are not Stride's own
 * untouched export.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportError } from '../export/errors.js';
import { defaultFitFolder, FolderOverwriteRefused, writeFitFolder, type FolderWrite } from '../export/fit/export-folder.js';
import type { FitFile } from '../export/fit/fit-export.js';
import { localDate } from '../export/fit/local-date.js';
import { WatchFilesRequest, type WatchFiles } from '../protocol/requests.js';
import { activePlanUri, showPlanErrors, userAllowsReplacing } from './export-command.js';

export const EXPORT_WATCH_COMMAND = 'stride.exportWatch';

/** What the export wrote; the command returns it, so that tests and scripts can check it. */
export interface WatchExportResult {
    readonly folder: string;
    readonly workouts: number;
    readonly files: number;
}

/**
 * Exports the plan in `resource` (else the active editor's) into `target` (else the folder the
 * user picks). Resolves to undefined when the user cancels, or after telling them why not.
 */
export async function exportToWatch(client: LanguageClient, resource?: unknown, target?: unknown): Promise<WatchExportResult | undefined> {
    const planUri = resource instanceof vscode.Uri ? resource : activePlanUri();
    if (!planUri) {
        void vscode.window.showErrorMessage('Open a .stride plan to export it.');
        return undefined;
    }
    const document = await vscode.workspace.openTextDocument(planUri);
    const rendered = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Making the workouts of ${basename(planUri.path)}` },
        () => {
            const now = new Date();
            return Promise.resolve(client.sendRequest(WatchFilesRequest, { textDocument: { uri: document.uri.toString() }, now: now.toISOString(), today: localDate(now) }));
        });
    if (!rendered) {
        void vscode.window.showErrorMessage(`Stride cannot read ${basename(planUri.path)} as a plan.`);
        return undefined;
    }
    if (rendered.errors > 0) {
        void showPlanErrors(rendered.planName, rendered.errors);
        return undefined;
    }
    if (rendered.problem !== null) {
        void vscode.window.showErrorMessage(`Stride cannot put "${rendered.planName}" on a watch: ${rendered.problem}.`);
        return undefined;
    }
    const folder = target instanceof vscode.Uri ? target : await pickFolder(document.uri, rendered.planName);
    if (!folder) {
        return undefined;
    }
    if (folder.scheme !== 'file') {
        void vscode.window.showErrorMessage(`Stride writes watch files to a folder on disk, not to ${folder.toString()}.`);
        return undefined;
    }
    const files: FitFile[] = rendered.files.map(file => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') }));
    try {
        const written = await writeWithProgress(files, folder.fsPath, false).catch(async (error: unknown) => {
            if (!(error instanceof FolderOverwriteRefused) || !await userAllowsReplacing(error)) {
                throw error;
            }
            return writeWithProgress(files, folder.fsPath, true);
        });
        void showExported(folder, rendered, written);
        return { folder: folder.fsPath, workouts: rendered.workouts, files: files.length };
    } catch (error) {
        if (error instanceof FolderOverwriteRefused) {
            return undefined; // the user said no
        }
        if (error instanceof ExportError) {
            void vscode.window.showErrorMessage(`Stride cannot export "${rendered.planName}": ${error.message}.`);
            return undefined;
        }
        throw error;
    }
}

/** The folder dialog, opening where the CLI would write: `plans/speed-fit` beside `plans/speed.stride`. */
async function pickFolder(planUri: vscode.Uri, planName: string): Promise<vscode.Uri | undefined> {
    const suggested = planUri.scheme === 'file' ? vscode.Uri.file(defaultFitFolder(planUri.fsPath)) : vscode.workspace.workspaceFolders?.[0]?.uri;
    const picked = await vscode.window.showOpenDialog({
        title: `Export "${planName}" to a folder of watch workouts`,
        defaultUri: suggested,
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Export Here',
    });
    return picked?.[0];
}

function writeWithProgress(files: readonly FitFile[], folder: string, force: boolean): Promise<FolderWrite> {
    return Promise.resolve(vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Writing ${files.length} watch files to ${basename(folder)}` },
        () => writeFitFolder(files, folder, force),
    ));
}

async function showExported(folder: vscode.Uri, rendered: WatchFiles, written: FolderWrite): Promise<void> {
    const reveal = vscode.env.remoteName === undefined ? 'Open Folder' : 'Show in Explorer';
    const schedule = rendered.scheduled === null ? '' : ` and a schedule of ${rendered.scheduled.sessions} from ${rendered.scheduled.from}`;
    const removed = written.removed === 0 ? '' : ` Removed ${written.removed} of the last export.`;
    const choice = await vscode.window.showInformationMessage(
        `Exported ${rendered.workouts} workout${rendered.workouts === 1 ? '' : 's'}${schedule} to ${basename(folder.fsPath)}. Copy them to GARMIN/NewFiles on the watch.${removed}`, reveal);
    if (choice === reveal) {
        await vscode.commands.executeCommand(vscode.env.remoteName === undefined ? 'revealFileInOS' : 'revealInExplorer', folder);
    }
}
