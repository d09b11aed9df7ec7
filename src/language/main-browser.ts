/**
 * The language server in a web worker, for VS Code for the Web (vscode.dev, github.dev): the
 * same server, over the worker's messages. It has no file system: it knows the plans the editor
 * opens, which is all a plan needs (plans never refer to each other).
 */
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { serveStride } from './serve.js';

declare const self: DedicatedWorkerGlobalScope;

serveStride(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)), EmptyFileSystem);
