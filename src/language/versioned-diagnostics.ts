import type { LangiumDocuments } from 'langium';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Diagnostics say which version of the text they are for (`version` in LSP's
 * publishDiagnostics). Langium 4.4 publishes them without it, so a client cannot tell the
 * diagnostics of a version built before the newest edit from those of the text it has now.
 * Langium sends them through the connection as each document is validated, when the
 * document still holds the text they were computed from.
 */
export function publishDiagnosticsWithVersion(connection: Connection, documents: LangiumDocuments): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const document = params.version === undefined && documents.hasDocument(URI.parse(params.uri)) ? documents.getDocument(URI.parse(params.uri)) : undefined;
        return send(document ? { ...params, version: document.textDocument.version } : params);
    };
}
