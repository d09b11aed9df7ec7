/** The language server on a connection, the same wherever it runs: in Node (main.ts) or in a browser's web worker (main-browser.ts). */
import { startLanguageServer, type DefaultSharedModuleContext } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerRequests } from './requests.js';
import { createStrideServices } from './stride-module.js';
import { publishDiagnosticsWithVersion } from './versioned-diagnostics.js';

/** Serves the plans the editor opens; `fileSystem` reads the workspace's other plans, where there is a file system to read. */
export function serveStride(connection: Connection, fileSystem: Omit<DefaultSharedModuleContext, 'connection'>): void {
    const { shared } = createStrideServices({ connection, ...fileSystem });
    publishDiagnosticsWithVersion(connection, shared.workspace.LangiumDocuments);
    startLanguageServer(shared);
    registerRequests(shared);
}
