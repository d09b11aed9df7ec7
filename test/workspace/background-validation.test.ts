/**
 * The build that validates the plans not open in the editor comes after the edits, never in
 * their way: an edit typed while the one before it is being built is built in its turn, however
 * the background build is queued.
 */
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { StrideDocumentBuilder } from '../../src/language/stride-document-builder.js';
import { createStrideServices } from '../../src/language/stride-module.js';

const plan = (distance: string) => `plan "P"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 {\n  tue run ${distance} @easy\n}\n`;

test('an edit typed as the one before it is validated is built, and the closed plan after it', async () => {
    const { shared } = createStrideServices(EmptyFileSystem);
    const { DocumentBuilder, LangiumDocuments, TextDocuments, WorkspaceLock } = shared.workspace;
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    // A plan of the workspace that no editor shows, not validated yet.
    const closed = URI.parse('file:///coach/closed.stride');
    LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromString(plan('5km'), closed));
    const open = URI.parse('file:///coach/open.stride');
    TextDocuments.set(TextDocument.create(open.toString(), 'stride', 1, plan('8km')));
    // The second keystroke arrives as the first one's build ends, as an editor's next change can.
    const typed = DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        typed.dispose();
        TextDocuments.set(TextDocument.create(open.toString(), 'stride', 2, plan('8')));
        void WorkspaceLock.write(token => DocumentBuilder.update([open], [], token));
    });
    await WorkspaceLock.write(token => DocumentBuilder.update([open], [], token));
    // Once nothing is left to do: every write queued, then the reads after them, have run.
    for (let round = 0; round < 3; round++) await WorkspaceLock.read(() => undefined);
    const edited = LangiumDocuments.getDocument(open)!;
    expect(edited.state).toBe(DocumentState.Validated);
    expect(edited.textDocument.version).toBe(2);
    expect(edited.diagnostics!.map(diagnostic => diagnostic.message)).toEqual([expect.stringMatching(/needs a unit/)]);
    expect(LangiumDocuments.getDocument(closed)!.state).toBe(DocumentState.Validated);
});

test('an edit that cuts the background build short validates the open plan, not the closed ones', async () => {
    const { shared } = createStrideServices(EmptyFileSystem);
    const { DocumentBuilder, LangiumDocuments, LangiumDocumentFactory, TextDocuments, WorkspaceLock } = shared.workspace;
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    // Once the start-up's builds are done: the built-in drills validated in the background, the settings' first build.
    await new Promise(resolve => setTimeout(resolve, 10));
    for (let round = 0; round < 3; round++) await WorkspaceLock.read(() => undefined);
    // Ten plans of a folder, read and linked as the workspace's start-up build leaves them: not validated.
    const closed = Array.from({ length: 10 }, (_, index) => {
        const document = LangiumDocumentFactory.fromString(plan(`${index + 1}km`), URI.parse(`file:///coach/closed-${index}.stride`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await WorkspaceLock.write(token => DocumentBuilder.build(closed, {}, token));
    expect(closed.map(document => document.state)).toEqual(closed.map(() => DocumentState.IndexedReferences));
    const open = URI.parse('file:///coach/open.stride');
    TextDocuments.set(TextDocument.create(open.toString(), 'stride', 1, plan('8')));
    for (let round = 0; round < 3; round++) await WorkspaceLock.read(() => undefined);
    // The background build validates a first closed plan, and the coach types.
    const validatedByTheEdit: string[] = [];
    let editing = false;
    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (editing) validatedByTheEdit.push(document.uri.toString());
    });
    let edited: Promise<void> | undefined;
    const typed = DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
        typed.dispose();
        edited = WorkspaceLock.write(async token => {
            editing = true;
            try {
                await DocumentBuilder.update([open], [], token);
            } finally {
                editing = false;
            }
        });
    });
    (DocumentBuilder as StrideDocumentBuilder).validateClosedPlans();
    while (!edited) await new Promise(resolve => setTimeout(resolve, 1));
    await edited;
    expect(LangiumDocuments.getDocument(open)!.diagnostics!.map(diagnostic => diagnostic.message)).toEqual([expect.stringMatching(/needs a unit/)]);
    expect(validatedByTheEdit).toEqual([open.toString()]);
    // And the background build, resumed after the edit, validates the rest.
    for (let round = 0; round < 3; round++) await WorkspaceLock.read(() => undefined);
    expect(closed.every(document => document.state === DocumentState.Validated)).toBe(true);
});
