import { URI, type FileSystemProvider, type TextDocumentProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';

/**
 * What the server reads of a plan the editor closes. Langium 4.4 does nothing on didClose
 * (DefaultDocumentUpdateHandler has no didCloseDocument), so a plan closed without saving kept
 * its discarded text, and its diagnostics stayed in the Problems panel, until the server
 * restarted; and every file ever opened stayed in the workspace. As the protocol has it, once
 * closed the file on disk is the plan again: it is read from there, and a plan that is not on
 * disk (an untitled one, or one deleted) leaves the workspace, its diagnostics cleared.
 */
export class StrideDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly openDocuments: TextDocumentProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.openDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'untitled' ? Promise.resolve(false) : this.fileSystem.exists(uri).catch(() => false);
        void onDisk.then(exists => {
            // Opened again meanwhile: the editor's text is the plan, and its didOpen has updated it.
            if (this.openDocuments.get(uri.toString()) !== undefined) return;
            this.fireDocumentUpdate(exists ? [uri] : [], exists ? [] : [uri]);
        });
    }
}
