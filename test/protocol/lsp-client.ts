/**
 * A language client for tests, talking to the Stride language server over standard input and
 * output as an editor does: it starts `stride-language-server --stdio` (the tsc build, or the
 * shipped bundle), initialises with VS Code's capabilities, opens documents and sends
 * incremental changes, and keeps every diagnostic the server publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter, type ClientCapabilities, type Diagnostic, type ProtocolConnection,
    type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = join(import.meta.dirname, '..', '..');

/** What VS Code 1.117 says it can do, in the parts the server reads. */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
    textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true },
        completion: { completionItem: { snippetSupport: true, insertReplaceSupport: true, labelDetailsSupport: true }, contextSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: [], tokenModifiers: [], formats: ['relative'],
            multilineTokenSupport: false, overlappingTokenSupport: false,
        },
        inlayHint: { dynamicRegistration: true },
        rename: { prepareSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
    },
    workspace: { configuration: true, workspaceFolders: true },
};

export interface Published {
    readonly version: number | undefined;
    readonly diagnostics: readonly Diagnostic[];
}

export class LspClient {
    private readonly documents = new Map<string, TextDocument>();
    private readonly published = new Map<string, Published[]>();
    private readonly waiters: Array<() => void> = [];
    readonly stderr: string[] = [];

    private constructor(readonly connection: ProtocolConnection, private readonly server: ChildProcess) {
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), { version: params.version, diagnostics: params.diagnostics }]);
            this.waiters.splice(0).forEach(wake => wake());
        });
        // The server asks for the editor's settings: there are none.
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('workspace/inlayHint/refresh', () => null);
        connection.onRequest('workspace/semanticTokens/refresh', () => null);
    }

    /** Starts the server built by `npm run build` (`bundle: true`: the one `npm run bundle` ships) and initialises it, on a folder if given one. */
    static async start(options: { bundle?: boolean; capabilities?: ClientCapabilities; folder?: string } = {}): Promise<LspClient> {
        const entry = options.bundle ? join(ROOT, 'dist', 'language-server.cjs') : join(ROOT, 'out', 'language', 'main.js');
        const server = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const client = new LspClient(connection, server);
        server.stderr!.on('data', data => client.stderr.push(String(data)));
        connection.listen();
        const folder = options.folder === undefined ? null : pathToFileURL(options.folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folder, workspaceFolders: folder === null ? null : [{ uri: folder, name: 'workspace' }],
            capabilities: options.capabilities ?? VSCODE_CAPABILITIES,
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    async stop(): Promise<void> {
        const exited = new Promise(resolve => this.server.once('exit', resolve));
        try {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            this.server.kill();
        }
        await exited;
        this.connection.dispose();
    }

    async open(uri: string, text: string): Promise<TextDocument> {
        const document = TextDocument.create(uri, 'stride', 1, text);
        this.documents.set(uri, document);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'stride', version: 1, text } });
        return document;
    }

    /** Sends changes as an editor does (incremental ones, or a whole new text) and returns the document as the server now has it. */
    async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
        const before = this.document(uri);
        const after = TextDocument.update(before, changes, before.version + 1);
        this.documents.set(uri, after);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: after.version }, contentChanges: changes });
        return after;
    }

    async close(uri: string): Promise<void> {
        this.documents.delete(uri);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    document(uri: string): TextDocument {
        const document = this.documents.get(uri);
        if (!document) throw new Error(`${uri} is not open`);
        return document;
    }

    /** The diagnostics published for the document's current version (waiting for them), within `timeoutMs`. */
    async diagnostics(uri: string, timeoutMs = 30_000): Promise<readonly Diagnostic[]> {
        const version = this.document(uri).version;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.published.get(uri)?.find(entry => entry.version === version);
            if (found) return found.diagnostics;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no diagnostics for version ${version} of ${uri} within ${timeoutMs} ms`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }

    /** Every publication for a document so far, in order. */
    publications(uri: string): readonly Published[] {
        return this.published.get(uri) ?? [];
    }

    /** Waits until `done` holds, looking again after each publication, within `timeoutMs`. */
    async until(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (!done()) {
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`not within ${timeoutMs} ms: ${what}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }
}
