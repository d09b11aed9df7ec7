/**
 * The VS Code extension: a thin client. The language server does the language; this starts it
 * and adds what only an editor has: commands, menus, the calendar preview and the export.
 */
import * as vscode from 'vscode';
import { ExportCodeLensProvider } from './export-code-lens.js';
import { EXPORT_COMMAND, exportToCalendar } from './export-command.js';
import { EXPORT_WATCH_COMMAND, exportToWatch } from './export-watch-command.js';
import { createLanguageClient, LANGUAGE_ID } from './language-client.js';
import { registerPreview } from './preview/register-preview.js';

const RESTART_COMMAND = 'stride.restartServer';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const started = performance.now();
    const log = vscode.window.createOutputChannel('Stride', { log: true });
    const client = createLanguageClient(context, log);
    context.subscriptions.push(
        log,
        client,
        vscode.commands.registerCommand(EXPORT_COMMAND, (resource?: unknown, target?: unknown) => exportToCalendar(client, resource, target)),
        vscode.commands.registerCommand(EXPORT_WATCH_COMMAND, (resource?: unknown, target?: unknown) => exportToWatch(client, resource, target)),
        vscode.commands.registerCommand(RESTART_COMMAND, () => client.restart()),
    );
    registerPreview(context, client, log);
    await client.start();
    // Registered once the outline it reads is there; VS Code then asks it for the open editors.
    context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, new ExportCodeLensProvider()));
    log.info(`Language server ready: activation took ${Math.round(performance.now() - started)} ms`);
}
