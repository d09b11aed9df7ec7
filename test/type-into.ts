import { Cancellation, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { services } from './helpers.js';

let opened = 0;

/** A cancellation token that a newer edit cancels once the build has looked at it `looks` times: a build cut short there. */
export function cancelledAfter(looks: number): Cancellation.CancellationToken {
    let looked = 0;
    return {
        get isCancellationRequested() {
            return looked++ >= looks;
        },
        onCancellationRequested: Cancellation.CancellationToken.None.onCancellationRequested,
    };
}

/**
 * A plan open in the editor, typed into as the editor sends it: each text replaces the last,
 * and `afterEach` sees the document once it is built. `cutShort` gives the builds a newer edit
 * cancels (by the text's index): `afterEach` does not see those. The document is closed at the end.
 */
export async function typeInto(
    texts: readonly string[], afterEach: (document: LangiumDocument) => void | Promise<void>,
    cutShort: (index: number) => Cancellation.CancellationToken | undefined = () => undefined,
): Promise<void> {
    const { shared } = services;
    const uri = URI.parse(`file:///typed/plan-${opened++}.stride`);
    let textDocument: TextDocument | undefined;
    try {
        for (const [index, text] of texts.entries()) {
            textDocument = textDocument
                ? TextDocument.update(textDocument, [{ text }], textDocument.version + 1)
                : TextDocument.create(uri.toString(), 'stride', 0, text);
            shared.workspace.TextDocuments.set(textDocument);
            // Under the workspace lock, as the language server builds: never beside the build of the plans not open.
            const cutToken = cutShort(index);
            await shared.workspace.WorkspaceLock.write(cancelToken => shared.workspace.DocumentBuilder.update([uri], [], cutToken ?? cancelToken));
            if (!cutToken) await afterEach(shared.workspace.LangiumDocuments.getDocument(uri)!);
        }
    } finally {
        shared.workspace.TextDocuments.delete(uri);
        await shared.workspace.WorkspaceLock.write(cancelToken => shared.workspace.DocumentBuilder.update([], [uri], cancelToken));
    }
}
