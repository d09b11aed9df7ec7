import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerRequests } from './requests.js';
import { createStrideServices } from './stride-module.js';
import { publishDiagnosticsWithVersion } from './versioned-diagnostics.js';

// Standard input and output with `--stdio`, else Node IPC: how VS Code starts it.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createStrideServices({ connection, ...NodeFileSystem });
publishDiagnosticsWithVersion(connection, shared.workspace.LangiumDocuments);
startLanguageServer(shared);
registerRequests(shared);
