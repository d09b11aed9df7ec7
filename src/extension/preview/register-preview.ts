/** The preview's commands and its panel serializer, for the extension to register on activation. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlanPreview, PREVIEW_VIEW_TYPE } from './plan-preview.js';

/** "Stride: Open Preview": in the active editor group. */
export const SHOW_PREVIEW_COMMAND = 'stride.showPreview';
/** "Stride: Open Preview to the Side" (Ctrl+K V): beside the editor. */
export const SHOW_PREVIEW_TO_SIDE_COMMAND = 'stride.showPreviewToSide';
/** Alt+Arrow in the preview (package.json's keybindings, with `{ days }`): move the focused session. */
export const MOVE_FOCUSED_SESSION_COMMAND = 'stride.preview.moveFocusedSession';

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient, log: vscode.LogOutputChannel): void {
    const preview = new PlanPreview(context.extensionUri, client, log);
    // The editor title menu passes the plan's URI; the palette and the keybinding pass nothing.
    const uriOf = (resource: unknown) => resource instanceof vscode.Uri ? resource : undefined;
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand(SHOW_PREVIEW_COMMAND, (resource?: unknown) => preview.show(vscode.ViewColumn.Active, uriOf(resource))),
        vscode.commands.registerCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, (resource?: unknown) => preview.show(vscode.ViewColumn.Beside, uriOf(resource))),
        vscode.commands.registerCommand(MOVE_FOCUSED_SESSION_COMMAND, (args?: { days?: unknown }) => {
            if (typeof args?.days === 'number') {
                preview.moveFocusedSession(args.days);
            }
        }),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, preview),
    );
}
