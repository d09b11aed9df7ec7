/**
 * "Stride: Export to Calendar (.ics)": the language server makes the calendar of the plan as the
 * editor shows it (`stride/calendar`); this asks where to write it, writes it with src/export,
 * and asks before it replaces a file that is not Stride's own untouched export.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportError } from '../export/errors.js';
import { defaultIcsPath, eventsWritten, publishedAddress, writeCalendarFile, type ExportCounts } from '../export/export-file.js';
import { OverwriteRefused } from '../export/write-guard.js';
import type { Weekday } from '../plan/model.js';
import { CalendarRequest, type Calendar, type CalendarParams } from '../protocol/requests.js';
import { LANGUAGE_ID } from './language-client.js';

export const EXPORT_COMMAND = 'stride.export';

/** What an export wrote; the command returns it, so that tests and scripts can check it. */
export interface ExportResult extends ExportCounts {
    readonly path: string;
}

/**
 * Exports the plan in `resource` (else the active editor's) to `target` (else where the save
 * dialog says). Menus pass other values in these places (an editor group, a selection), so
 * only URIs count. Resolves to undefined when the user cancels, or after telling them why not.
 */
export async function exportToCalendar(client: LanguageClient, resource?: unknown, target?: unknown): Promise<ExportResult | undefined> {
    const planUri = resource instanceof vscode.Uri ? resource : activePlanUri();
    if (!planUri) {
        void vscode.window.showErrorMessage('Open a .stride plan to export it.');
        return undefined;
    }
    // Opening the document hands its current text to the server, saved or not.
    const document = await vscode.workspace.openTextDocument(planUri);
    const settings = exportSettings(document.uri);
    const calendarOf = (previous: string | null, sourceUrl: string | null): Promise<Calendar | null> =>
        Promise.resolve(client.sendRequest(CalendarRequest, { textDocument: { uri: document.uri.toString() }, ...settings, now: new Date().toISOString(), sourceUrl, previous }));
    // Asked first with no file to replace: whether the plan can be exported at all, and its name.
    const checked = await calendarOf(null, settings.sourceUrl);
    if (!checked) {
        void vscode.window.showErrorMessage(`Stride cannot read ${basename(planUri.path)} as a plan.`);
        return undefined;
    }
    if (checked.errors > 0) {
        void showPlanErrors(checked.planName, checked.errors);
        return undefined;
    }
    if (checked.problem !== null) {
        void vscode.window.showErrorMessage(`Stride cannot export "${checked.planName}": ${checked.problem}.`);
        return undefined;
    }
    const destination = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        title: `Export "${checked.planName}" to a calendar file`,
        defaultUri: besidePlan(document.uri),
        filters: { iCalendar: ['ics'] },
        saveLabel: 'Export',
    });
    if (!destination) {
        return undefined;
    }
    if (destination.scheme !== 'file') {
        void vscode.window.showErrorMessage(`Stride writes calendars to files on disk, not to ${destination.toString()}.`);
        return undefined;
    }
    const path = destination.fsPath;
    const make = async (previous: string | null) => {
        const calendar = await calendarOf(previous, publishedAddress(settings.sourceUrl, path));
        if (!calendar || calendar.ics === null) throw new ExportError(calendar?.problem ?? 'the plan was closed while it was exported');
        return { ics: calendar.ics, events: calendar.events, cancelled: calendar.cancelled };
    };
    const write = (force: boolean) => Promise.resolve(vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Exporting "${checked.planName}" to ${basename(path)}` },
        () => writeCalendarFile(path, force, make)));
    try {
        const counts = await write(false).catch(async (error: unknown) => {
            if (!(error instanceof OverwriteRefused) || !await userAllowsReplacing(error)) {
                throw error;
            }
            return write(true);
        });
        void showExported(destination, counts);
        return { path: destination.fsPath, ...counts };
    } catch (error) {
        if (error instanceof OverwriteRefused) {
            return undefined; // the user said no
        }
        if (error instanceof ExportError) {
            void vscode.window.showErrorMessage(`Stride cannot export "${checked.planName}": ${error.message}.`);
            return undefined;
        }
        throw error;
    }
}

export function activePlanUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** `plans/speed.stride` suggests `plans/speed.ics`; an untitled plan suggests the first workspace folder. */
function besidePlan(planUri: vscode.Uri): vscode.Uri | undefined {
    if (planUri.scheme === 'file') {
        return vscode.Uri.file(defaultIcsPath(planUri.fsPath));
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, 'plan.ics');
}

export async function showPlanErrors(planName: string, errors: number): Promise<void> {
    const showProblems = 'Show Problems';
    const choice = await vscode.window.showErrorMessage(
        `"${planName}" has ${errors} error${errors === 1 ? '' : 's'}: fix ${errors === 1 ? 'it' : 'them'} before exporting.`, showProblems);
    if (choice === showProblems) {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
}

/** The `stride.export.*` settings for this plan's folder. */
function exportSettings(planUri: vscode.Uri): Pick<CalendarParams, 'timezone' | 'defaultStartTimes' | 'alarmMinutesBefore' | 'sourceUrl'> {
    const settings = vscode.workspace.getConfiguration('stride.export', planUri);
    return {
        timezone: settings.get<string>('timezone') || null,
        defaultStartTimes: settings.get<Partial<Record<Weekday, string>>>('startTimes') ?? {},
        alarmMinutesBefore: settings.get<number | null>('alarmMinutesBefore') ?? null,
        sourceUrl: settings.get<string>('url') || null,
    };
}

/** The write guard's refusal as a modal yes/no; yes replaces the file. */
export async function userAllowsReplacing(refusal: OverwriteRefused): Promise<boolean> {
    const replace = 'Replace';
    const detail = refusal.reason === 'foreign'
        ? 'Replacing it loses what is in it.'
        : 'Replacing it loses the changes made to it since.';
    return await vscode.window.showWarningMessage(`${refusal.message}. Replace it?`, { modal: true, detail }, replace) === replace;
}

/** Says what was written, with a way to find the file: the system's file manager, or the Explorer when remote. */
async function showExported(target: vscode.Uri, counts: ExportCounts): Promise<void> {
    const local = vscode.env.remoteName === undefined;
    const reveal = local ? revealInOsLabel() : 'Show in Explorer';
    const choice = await vscode.window.showInformationMessage(`Exported ${eventsWritten(counts)} to ${basename(target.fsPath)}.`, reveal);
    if (choice === reveal) {
        await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', target);
    }
}

function revealInOsLabel(): string {
    switch (process.platform) {
        case 'darwin': return 'Reveal in Finder';
        case 'win32': return 'Reveal in File Explorer';
        default: return 'Open Containing Folder';
    }
}
