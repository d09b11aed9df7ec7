import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveStride } from './serve.js';

// Standard input and output with `--stdio`, else Node IPC: how VS Code starts it.
serveStride(createConnection(ProposedFeatures.all), NodeFileSystem);
