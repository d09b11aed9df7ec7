import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { services } from './helpers.js';

let opened = 0;

/**
 * A plan open in the editor, typed into as the editor sends it: each text replaces the last,
 * and `afterEach` sees the document once it is built. The document is closed at the end.
 */
export async function typeInto(texts: readonly string[], afterEach: (document: LangiumDocument) => void | Promise<void>): Promise<void> {
    const { shared } = services;
    const uri = URI.parse(`file:///typed/plan-${opened++}.stride`);
    let textDocument: TextDocument | undefined;
    try {
        for (const text of texts) {
            textDocument = textDocument
                ? TextDocument.update(textDocument, [{ text }], textDocument.version + 1)
                : TextDocument.create(uri.toString(), 'stride', 0, text);
            shared.workspace.TextDocuments.set(textDocument);
            await shared.workspace.DocumentBuilder.update([uri], []);
            await afterEach(shared.workspace.LangiumDocuments.getDocument(uri)!);
        }
    } finally {
        shared.workspace.TextDocuments.delete(uri);
        await shared.workspace.DocumentBuilder.update([], [uri]);
    }
}
