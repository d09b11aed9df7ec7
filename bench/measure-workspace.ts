/**
 * A coach's workspace: many one-year plans in one folder, loaded by the language server's
 * workspace manager from disk as it does on start, then one of them opened and edited.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createStrideServices } from '../src/language/stride-module.js';
import { coachWorkspace } from './generate-plan.js';
import { editedCharacter, editOffsets } from './positions.js';
import { heapAfterGc, summarise } from './stats.js';

const LATER_EDITS = 20;

export interface WorkspaceResult {
    readonly plans: number;
    readonly bytes: number;
    /** Every plan read, parsed, indexed and linked (Langium's start-up build, which does not validate). */
    readonly indexMs: number;
    /** The heap in use after a full collection: with the services alone, once indexed, once validated. */
    readonly heap: { readonly baseline: number; readonly indexed: number; readonly validated: number };
    readonly rssIndexed: number;
    /** The first edit of an opened plan, to its diagnostics: the plans not open are validated after it. */
    readonly firstEditMs: number;
    /** From that edit until every plan of the workspace is validated, in the build that follows it. */
    readonly allValidatedMs: number;
    /** Later edits of that plan, in which only it is rebuilt: their median. */
    readonly nextEditMs: number;
}

export async function measureWorkspace(count: number): Promise<WorkspaceResult> {
    const folder = mkdtempSync(join(tmpdir(), 'stride-coach-'));
    const plans = coachWorkspace(count);
    for (const plan of plans) {
        writeFileSync(join(folder, plan.name), plan.text);
    }
    try {
        const { shared } = createStrideServices(NodeFileSystem);
        const baseline = heapAfterGc();
        const start = performance.now();
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'coach', uri: URI.file(folder).toString() }]);
        const indexMs = performance.now() - start;
        const indexed = heapAfterGc();
        const rssIndexed = process.memoryUsage().rss;

        const opened = plans[Math.floor(count / 2)];
        let textDocument = TextDocument.create(URI.file(join(folder, opened.name)).toString(), 'stride', 0, opened.text);
        const uri = URI.parse(textDocument.uri);
        shared.workspace.TextDocuments.set(textDocument);
        const edit = async (offset: number): Promise<number> => {
            const range = { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + 1) };
            textDocument = TextDocument.update(textDocument, [{ range, text: editedCharacter(textDocument.getText(), offset) }], textDocument.version + 1);
            shared.workspace.TextDocuments.set(textDocument);
            const typed = performance.now();
            await shared.workspace.WorkspaceLock.write(cancelToken => shared.workspace.DocumentBuilder.update([uri], [], cancelToken));
            return performance.now() - typed;
        };
        const [first, ...later] = editOffsets(opened.text, LATER_EDITS + 1);
        const firstEdit = performance.now();
        const firstEditMs = await edit(first);
        // A read waits for the writes queued before it; the build that validates the plans not open
        // is queued by a read (StrideDocumentBuilder.validateClosedPlans), so a second read waits for it.
        await shared.workspace.WorkspaceLock.read(() => undefined);
        await shared.workspace.WorkspaceLock.read(() => undefined);
        const allValidatedMs = performance.now() - firstEdit;
        if (shared.workspace.LangiumDocuments.all.some(document => document.state < DocumentState.Validated)) {
            throw new Error('a plan of the workspace was not validated after the first edit');
        }
        const validated = heapAfterGc();
        const laterEdits: number[] = [];
        for (const offset of later) {
            laterEdits.push(await edit(offset));
        }
        const nextEditMs = summarise(laterEdits).median;
        return {
            plans: count,
            bytes: plans.reduce((sum, plan) => sum + Buffer.byteLength(plan.text), 0),
            indexMs, heap: { baseline, indexed, validated }, rssIndexed, firstEditMs, allValidatedMs, nextEditMs,
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
