import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerPlanRequest } from './plan-request.js';
import { registerPreviewRequest } from './preview-request.js';
import { createStrideServices } from './stride-module.js';

// Standard input and output with `--stdio`, else Node IPC: how VS Code starts it.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createStrideServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
registerPreviewRequest(shared);
registerPlanRequest(shared);
