/** Completion in the real editor comes from the language server and knows the drills. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('completion', () => {
    it('after a distance, offers drills run over a distance and not counted ones', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'stride', content: 'plan "P"\nweek 1 {\n  tue run 4 x 60m \n}\n' });
        await vscode.window.showTextDocument(document);
        // Line 3 (index 2) ends after `  tue run 4 x 60m `: 18 characters.
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 18));
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        // flying-sprint is run over a distance; lunge and back-squat are counted in reps.
        assert.ok(labels.includes('flying-sprint'), labels.join(', '));
        assert.ok(!labels.includes('lunge'), 'lunge is counted, not run over 60 m');
        assert.ok(!labels.includes('back-squat'), 'back-squat is counted, not run over 60 m');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
});
