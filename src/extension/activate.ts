/**
 * The extension's activation, on the desktop and in VS Code for the Web alike: a thin client.
 * The language server does the language; this starts it and adds what only an editor has:
 * commands, menus, the calendar preview and the export.
 */
import * as vscode from 'vscode';
import { ExportCodeLensProvider } from './export-code-lens.js';
import { EXPORT_COMMAND, exportToCalendar } from './export-command.js';
import { EXPORT_WATCH_COMMAND, exportToWatch } from './export-watch-command.js';
import { LANGUAGE_ID } from './language-client.js';
import type { Platform } from './platform.js';
import { registerPreview } from './preview/register-preview.js';

const RESTART_COMMAND = 'stride.restartServer';

export async function activateStride(context: vscode.ExtensionContext, platform: Platform): Promise<void> {
    const started = performance.now();
    const log = vscode.window.createOutputChannel('Stride', { log: true });
    const client = platform.createLanguageClient(context, log);
    context.subscriptions.push(
        log,
        client,
        vscode.commands.registerCommand(EXPORT_COMMAND, (resource?: unknown, target?: unknown) => exportToCalendar(client, platform, resource, target)),
        vscode.commands.registerCommand(EXPORT_WATCH_COMMAND, (resource?: unknown, target?: unknown) => exportToWatch(client, platform, resource, target)),
        vscode.commands.registerCommand(RESTART_COMMAND, async () => {
            await client.stop();
            await client.start();
        }),
    );
    registerPreview(context, client, log);
    await client.start();
    // Registered once the outline it reads is there; VS Code then asks it for the open editors.
    context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, new ExportCodeLensProvider()));
    log.info(`Language server ready: activation took ${Math.round(performance.now() - started)} ms`);
}
