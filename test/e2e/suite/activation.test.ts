/** The extension wakes for `.stride` files only, and is ready once its language server is. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleUri, openInEditor, publishedDiagnostics, strideExtension } from './helpers.js';

describe('activation', () => {
    it('waits for a .stride file, then starts the language server, which checks the plan', async () => {
        const extension = strideExtension();
        const plan = exampleUri('speed-day.stride');
        // examples/ is open, but no editor yet: nothing has woken the extension or checked a plan.
        assert.equal(extension.isActive, false);
        assert.ok(!vscode.languages.getDiagnostics().some(([uri]) => uri.toString() === plan.toString()), 'diagnostics before any server ran');
        const started = Date.now();
        await openInEditor(plan);
        // activate() settles when the extension's does: once the language client is ready.
        await extension.activate();
        console.log(`[stride e2e] activation, from opening a plan to a ready language server: ${Date.now() - started} ms`);
        assert.deepEqual(await publishedDiagnostics(plan), []);
    });
});
