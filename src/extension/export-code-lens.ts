/** "Export to Calendar (.ics)" above the plan's header, where the outline places the plan. */
import * as vscode from 'vscode';
import { EXPORT_COMMAND } from './export-command.js';

export class ExportCodeLensProvider implements vscode.CodeLensProvider {
    async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
        const symbols = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation> | undefined>(
            'vscode.executeDocumentSymbolProvider', document.uri);
        // The language server's outline has the plan as its one top-level module, selected at its name.
        const plan = symbols?.find((symbol): symbol is vscode.DocumentSymbol => 'selectionRange' in symbol && symbol.kind === vscode.SymbolKind.Module);
        if (!plan) {
            return [];
        }
        const command: vscode.Command = { title: '$(calendar) Export to Calendar (.ics)', command: EXPORT_COMMAND, arguments: [document.uri] };
        return [new vscode.CodeLens(plan.selectionRange, command)];
    }
}
