/** What the end-to-end tests share: the extension, the example plans, and waiting for the language server. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../../package.json' with { type: 'json' };

/** `publisher.name`, as VS Code knows the extension. */
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

export function strideExtension(): vscode.Extension<void> {
    const extension = vscode.extensions.getExtension<void>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    return extension;
}

/** The workspace is examples/. */
export function exampleUri(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder: open examples/');
    return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/**
 * A document's diagnostics once the language server has published them and they satisfy
 * `until`. A published empty list counts: VS Code then lists the document with no diagnostics,
 * where a document nothing was published for is not listed at all.
 */
export function publishedDiagnostics(uri: vscode.Uri, until: (diagnostics: readonly vscode.Diagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
    const published = () => vscode.languages.getDiagnostics().find(([candidate]) => candidate.toString() === uri.toString())?.[1];
    return new Promise((resolve, reject) => {
        const settle = () => {
            subscription.dispose();
            clearTimeout(timer);
        };
        const check = () => {
            const diagnostics = published();
            if (diagnostics && until(diagnostics)) {
                settle();
                resolve(diagnostics);
            }
        };
        const subscription = vscode.languages.onDidChangeDiagnostics(check);
        const timer = setTimeout(() => {
            settle();
            const last = published();
            reject(new Error(`no diagnostics as expected for ${uri.path} within ${timeoutMs} ms; ${last ? `last: ${diagnosticLines(last)}` : 'none published'}`));
        }, timeoutMs);
        check();
    });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
    return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** `33:1 warning weekly-distance week 6: ...` per diagnostic, as `stride check` writes them. */
export function diagnosticLines(diagnostics: readonly vscode.Diagnostic[]): string {
    return diagnostics.map(diagnostic => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} `
        + `${vscode.DiagnosticSeverity[diagnostic.severity].toLowerCase()} ${codeOf(diagnostic)} ${diagnostic.message}`).join('\n') || '(none)';
}
