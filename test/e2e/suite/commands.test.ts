/** Every command the extension contributes runs in the real editor and does what it says. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exampleUri, openInEditor, strideExtension } from './helpers.js';

interface ExportResult {
    readonly path: string;
    readonly events: number;
}

interface WatchExportResult {
    readonly folder: string;
    readonly workouts: number;
    readonly files: number;
}

const PLAN = 'speed-day.stride';

/** Webview panels open in any editor group, by their title. */
function webviewTabs(): string[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(tab => tab.input instanceof vscode.TabInputWebview).map(tab => tab.label);
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!condition()) {
        assert.ok(Date.now() < end, `${what} within ${timeoutMs} ms`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

async function showsPreview(command: string): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openInEditor(exampleUri(PLAN));
    await vscode.commands.executeCommand(command);
    await until(() => webviewTabs().includes(`Preview ${PLAN}`), `a tab "Preview ${PLAN}"`);
}

/** One check per contributed command. */
const RUNS: Readonly<Record<string, () => Promise<void>>> = {
    'stride.showPreview': () => showsPreview('stride.showPreview'),
    'stride.showPreviewToSide': async () => {
        await showsPreview('stride.showPreviewToSide');
        assert.equal(vscode.window.tabGroups.all.length, 2, 'the preview beside the plan, in a second group');
    },
    'stride.export': async () => {
        const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-export-')), 'speed-day.ics'));
        // speed-day.stride has 8 weeks, each with a session on tue, wed, thu, fri, sat and sun: 8 x 6 = 48.
        const first = await vscode.commands.executeCommand<ExportResult | undefined>('stride.export', exampleUri(PLAN), target);
        assert.deepEqual(first, { path: target.fsPath, events: 48, cancelled: 0 });
        assert.equal(fs.readFileSync(target.fsPath, 'utf8').match(/^BEGIN:VEVENT\r$/gm)?.length, 48);
        // Stride's own untouched export is replaced without asking (a question would stall this test).
        const second = await vscode.commands.executeCommand<ExportResult | undefined>('stride.export', exampleUri(PLAN), target);
        assert.deepEqual(second, first);
    },
    'stride.exportWatch': async () => {
        const target = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-watch-')));
        const first = await vscode.commands.executeCommand<WatchExportResult | undefined>('stride.exportWatch', exampleUri(PLAN), target);
        assert.equal(first?.workouts, 48);
        const written = fs.readdirSync(target.fsPath).filter(name => name.endsWith('.fit'));
        assert.equal(written.length, first.files);
        assert.ok(written.includes('2027-03-02-speed-day.fit'), written.join(', '));
        assert.equal(fs.readFileSync(path.join(target.fsPath, '2027-03-02-speed-day.fit')).subarray(8, 12).toString('latin1'), '.FIT');
        // Stride's own untouched files are replaced without asking (a question would stall this test).
        const second = await vscode.commands.executeCommand<WatchExportResult | undefined>('stride.exportWatch', exampleUri(PLAN), target);
        assert.deepEqual(second, first);
    },
    'stride.restartServer': async () => {
        await vscode.commands.executeCommand('stride.restartServer');
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri(PLAN));
        assert.equal(symbols?.[0]?.name, 'Weekly speed day', 'the restarted server answers');
    },
};

describe('commands', () => {
    const contributed: string[] = (strideExtension().packageJSON.contributes.commands as Array<{ command: string }>).map(entry => entry.command);

    it('each contributed command is checked here', () => {
        assert.deepEqual(Object.keys(RUNS).sort(), [...contributed].sort());
    });

    for (const command of contributed) {
        it(`${command} runs`, async () => {
            const run = RUNS[command];
            assert.ok(run, `no check for ${command}`);
            await run();
        });
    }

    it('stride.export writes nothing for a plan with errors', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'stride', content: 'plan "Broken"\n  start 2027-01-04\nweek 1 {\n  tue run 4 x 60m no-such-drill\n}\n' });
        await vscode.window.showTextDocument(document);
        const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-export-')), 'broken.ics'));
        assert.equal(await vscode.commands.executeCommand('stride.export', document.uri, target), undefined);
        assert.equal(fs.existsSync(target.fsPath), false);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('a code lens on the plan header exports the plan', async () => {
        const uri = exampleUri(PLAN);
        await openInEditor(uri);
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        const exportLens = lenses.find(lens => lens.command?.command === 'stride.export');
        assert.ok(exportLens, `no export lens among ${lenses.map(lens => lens.command?.title).join(', ')}`);
        // `plan "Weekly speed day"` is line 12 of speed-day.stride.
        assert.equal(exportLens.range.start.line + 1, 12);
        assert.equal(exportLens.command?.title, '$(calendar) Export to Calendar (.ics)');
        assert.equal(String(exportLens.command?.arguments?.[0]), String(uri));
    });
});
