/**
 * The language server as an editor meets it on a 10 MB plan (issue 15): the shipped bundle
 * started over stdio, and a client that types into the plan as VS Code does. How long the
 * first diagnostics take; one keystroke; five keystrokes 100 ms apart, to the last one's
 * diagnostics; hover and completion sent while those builds run; and the server's peak
 * resident set.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
    StreamMessageWriter, type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDayByDayPlan } from './generate-plan.js';
import { editedCharacter } from './positions.js';
import { summarise, type Timing } from './stats.js';

export interface ResponsivenessResult {
    readonly lines: number;
    readonly bytes: number;
    /** didOpen to the first diagnostics: one full build. */
    readonly firstDiagnosticsMs: number;
    /** Hover and completion sent one second into that build, answered after this long. */
    readonly requestsDuringOpenMs: number;
    /** A one-character change to its diagnostics. */
    readonly keystrokeMs: number;
    /** The first of five keystrokes 100 ms apart to the last one's diagnostics. */
    readonly fiveKeystrokesMs: number;
    /** The versions whose diagnostics were published meanwhile: the last, if no superseded build was finished. */
    readonly publishedVersions: readonly number[];
    /** Hover and completion sent right after each of those keystrokes, while their builds run. */
    readonly requestsWhileTyping: Timing & { readonly max: number };
    /** The server's peak resident set size (VmHWM). */
    readonly peakRss: number;
}

const ITEMS_PER_SESSION = 20;
const KEYSTROKES = 5;
const KEYSTROKE_GAP_MS = 100;

export async function measureResponsiveness(): Promise<ResponsivenessResult> {
    const text = generateDayByDayPlan(ITEMS_PER_SESSION);
    const server = spawn(process.execPath, ['dist/language-server.cjs', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const published = new Map<number, number>();
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.version ?? -1, performance.now());
        waiters.splice(0).forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});

    const diagnosed = async (version: number): Promise<number> => {
        while (!published.has(version)) {
            await new Promise<void>(resolve => waiters.push(resolve));
        }
        return published.get(version)!;
    };
    const uri = 'file:///bench/ten-megabytes.stride';
    let document = TextDocument.create(uri, 'stride', 1, text);
    /** Hover on a drill and completion after an `@`, both near `offset`: how long until both are answered. */
    const ask = async (offset: number): Promise<number> => {
        const at = (pattern: string, into: number): Position => document.positionAt(document.getText().indexOf(pattern, offset) + into);
        const sent = performance.now();
        await Promise.all([
            connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('strides', 2) }),
            connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at('@', 1) }),
        ]);
        return performance.now() - sent;
    };
    /** Changes the last digit of a distance (`1 x 1x7m`) at a place a share of the way through the plan. */
    const type = async (share: number): Promise<number> => {
        const offset = document.getText().indexOf('m strides', Math.floor(share * document.getText().length)) - 1;
        const range = { start: document.positionAt(offset), end: document.positionAt(offset + 1) };
        const change = { range, text: editedCharacter(document.getText(), offset) };
        document = TextDocument.update(document, [change], document.version + 1);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [change] });
        return offset;
    };

    try {
        const opened = performance.now();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'stride', version: 1, text } });
        await new Promise(resolve => setTimeout(resolve, 1000));
        const duringOpen = ask(text.length / 2);
        const firstDiagnosticsMs = await diagnosed(1) - opened;
        const requestsDuringOpenMs = await duringOpen;

        const typed = performance.now();
        await type(0.5);
        const keystrokeMs = await diagnosed(document.version) - typed;

        published.clear();
        const burstStart = performance.now();
        const answers: Array<Promise<number>> = [];
        for (let keystroke = 0; keystroke < KEYSTROKES; keystroke++) {
            if (keystroke > 0) await new Promise(resolve => setTimeout(resolve, KEYSTROKE_GAP_MS));
            answers.push(ask(await type(0.3 + keystroke * 0.1)));
        }
        const fiveKeystrokesMs = await diagnosed(document.version) - burstStart;
        const latencies = await Promise.all(answers);
        const peakRss = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) * 1024;
        return {
            lines: text.split('\n').length - 1,
            bytes: Buffer.byteLength(text),
            firstDiagnosticsMs, requestsDuringOpenMs, keystrokeMs, fiveKeystrokesMs,
            publishedVersions: [...published.keys()].sort((a, b) => a - b),
            requestsWhileTyping: { ...summarise(latencies), max: Math.max(...latencies) },
            peakRss,
        };
    } finally {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        connection.dispose();
    }
}
