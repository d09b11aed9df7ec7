/**
 * The protocol fuzz test: a client on stdio, as VS Code is, types random incremental edits into
 * the examples (bursts without waiting, and undo) and after each sends every request the server
 * advertises, all at once. It checks what an editor relies on: no error response (a rename
 * refused with its reason aside), every range and position inside the document, semantic-token
 * arrays well-formed, a range's tokens and hints among the whole document's, edits that apply
 * cleanly, and, once quiet, diagnostics equal to those of the same text opened fresh. Seeded and
 * bounded: 2,000 cases in the slow tier, STRIDE_FUZZ_RUNS for more (test/robustness/fuzz-settings.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DocumentFormattingRequest, DocumentHighlightRequest, DocumentSymbolRequest,
    FoldingRangeRequest, HoverRequest, InlayHintRequest, LSPErrorCodes, PrepareRenameRequest, ReferencesRequest, RenameRequest, ResponseError,
    SemanticTokensRangeRequest, SemanticTokensRequest, WorkspaceSymbolRequest, type Diagnostic, type DocumentSymbol, type Location, type Position,
    type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PreviewModelRequest } from '../../src/protocol/requests.js';
import { services } from '../helpers.js';
import { checkProperty, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../robustness/fuzz-settings.js';
import { loadExamples, type Example } from '../robustness/mutations.js';
import { LspClient } from './lsp-client.js';
import { expectCompletionEditsValid, expectPositionInside, expectRangeInside } from './ranges.js';

const examples = loadExamples(services);
const textOf = (example: Example) => example.pieces.map(piece => piece.before + piece.image).join('') + example.tail;
const images = [...new Set(examples.flatMap(example => example.pieces.map(piece => piece.image)))].sort();

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start({ bundle: true });
}, 30_000);
afterAll(() => client.stop());

/** One keystroke, paste or cut: at a place given as a share of the text, this many characters out, this text in; or undo the last. */
type Edit =
    | { readonly kind: 'edit'; readonly at: number; readonly remove: number; readonly text: string; readonly burst: boolean }
    | { readonly kind: 'undo'; readonly burst: boolean };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
        text: fc.oneof(fc.constantFrom(...images), fc.constantFrom(' ', '\n', '{', '}', 'x', '@', '"'), fc.string({ maxLength: 6 }), fc.constant('')),
        burst: fc.boolean(),
    }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), burst: fc.boolean() }) },
);

const positionArbitrary = fc.tuple(fc.double({ min: 0, max: 1.1, noNaN: true }), fc.nat(120));
const newNames = fc.constantFrom('hill', 'speed-work', '', 'a b', 'week', '1abc', '{', '3', '27', 'easy', 'sprint');

interface Case {
    readonly example: Example;
    readonly edits: readonly Edit[];
    /** Where each round of requests asks (a share of the lines, a character), and the name a rename tries. */
    readonly positions: ReadonlyArray<readonly [number, number]>;
    readonly newName: string;
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
    example: fc.constantFrom(...examples),
    edits: fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
    positions: fc.array(positionArbitrary, { minLength: 6, maxLength: 6 }),
    newName: newNames,
});

let cases = 0;

test('typing into the examples while every request is asked at once: the server answers right', async () => {
    await checkProperty('protocol cases', caseArbitrary, runCase);
    expect(client.stderr.join('')).toBe('');
}, Math.max(PROPERTY_TIMEOUT_MS, PROPERTY_RUNS * 1_000));

async function runCase({ example, edits, positions, newName }: Case): Promise<void> {
    const uri = `file:///fuzz/case-${cases++}.stride`;
    await client.open(uri, textOf(example));
    const undo: Array<{ range: Range; text: string }> = [];
    try {
        for (const edit of edits) {
            const before = client.document(uri);
            const change = edit.kind === 'undo' ? undo.pop() : changeAt(before, edit);
            if (!change) continue;
            const after = await client.change(uri, [change]);
            if (edit.kind === 'edit') {
                // The change that puts back what this one took.
                undo.push({ range: { start: change.range.start, end: after.positionAt(before.offsetAt(change.range.start) + change.text.length) }, text: before.getText(change.range) });
            }
            if (!edit.burst) await askEverything(uri, positions, newName);
        }
        await expectDiagnosticsAsFresh(uri);
    } finally {
        await client.close(uri);
    }
}

function changeAt(document: TextDocument, edit: Extract<Edit, { kind: 'edit' }>): { range: Range; text: string } {
    const length = document.getText().length;
    const start = Math.floor(edit.at * length);
    const end = Math.min(length, start + edit.remove);
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: edit.text };
}

/** Every request the server advertises, sent at once as an editor does, each answer checked against the text as the client has it. */
async function askEverything(uri: string, positions: ReadonlyArray<readonly [number, number]>, newName: string): Promise<void> {
    const document = client.document(uri);
    const at = ([line, character]: readonly [number, number]): Position => ({ line: Math.floor(line * document.lineCount), character });
    const window: Range = { start: at([positions[0][0] / 2, 0]), end: at([Math.min(1, positions[0][0] / 2 + 0.3), 0]) };
    const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const textDocument = { uri };
    const c = client.connection;
    const [
        tokens, windowTokens, hints, windowHints, symbols, folds, hover, completion, definition, references, highlights,
        prepared, renamed, formatted, preview,
    ] = await Promise.all([
        answer(c.sendRequest(SemanticTokensRequest.type, { textDocument })),
        answer(c.sendRequest(SemanticTokensRangeRequest.type, { textDocument, range: window })),
        answer(c.sendRequest(InlayHintRequest.type, { textDocument, range: whole })),
        answer(c.sendRequest(InlayHintRequest.type, { textDocument, range: window })),
        answer(c.sendRequest(DocumentSymbolRequest.type, { textDocument })),
        answer(c.sendRequest(FoldingRangeRequest.type, { textDocument })),
        answer(c.sendRequest(HoverRequest.type, { textDocument, position: at(positions[1]) })),
        answer(c.sendRequest(CompletionRequest.type, { textDocument, position: at(positions[2]) })),
        answer(c.sendRequest(DefinitionRequest.type, { textDocument, position: at(positions[3]) })),
        answer(c.sendRequest(ReferencesRequest.type, { textDocument, position: at(positions[4]), context: { includeDeclaration: true } })),
        answer(c.sendRequest(DocumentHighlightRequest.type, { textDocument, position: at(positions[4]) })),
        answer(c.sendRequest(PrepareRenameRequest.type, { textDocument, position: at(positions[5]) }), true),
        answer(c.sendRequest(RenameRequest.type, { textDocument, position: at(positions[5]), newName }), true),
        answer(c.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } })),
        answer(c.sendRequest(PreviewModelRequest, { textDocument })),
        answer(c.sendRequest(WorkspaceSymbolRequest.type, { query: '' })),
    ]);
    // The server answered for the text the client has now: nothing changed it meanwhile.
    expect(client.document(uri).version).toBe(document.version);

    const full = decodeTokens(document, tokens?.data ?? []);
    const windowed = decodeTokens(document, windowTokens?.data ?? []);
    const fullSet = new Set(full);
    expect(windowed.filter(token => !fullSet.has(token)), 'a window\'s tokens are the whole document\'s').toEqual([]);

    const hintKeys = (found: typeof hints) => (found ?? []).map(hint => {
        expectPositionInside(document, hint.position, `hint ${String(hint.label)}`);
        return `${hint.position.line}:${hint.position.character} ${JSON.stringify(hint.label)}`;
    });
    const allHints = new Set(hintKeys(hints));
    expect(hintKeys(windowHints).filter(hint => !allHints.has(hint)), 'a window\'s hints are the whole document\'s').toEqual([]);

    const visit = (symbol: DocumentSymbol) => {
        expectRangeInside(document, symbol.range, `symbol ${symbol.name}`);
        expectRangeInside(document, symbol.selectionRange, `symbol ${symbol.name}'s name`);
        expect(`${symbol.name} ${symbol.detail ?? ''}`).not.toMatch(/undefined|NaN/);
        symbol.children?.forEach(visit);
    };
    ((symbols ?? []) as DocumentSymbol[]).forEach(visit);
    for (const fold of folds ?? []) {
        expect(fold.startLine).toBeLessThanOrEqual(fold.endLine);
        expect(fold.endLine).toBeLessThan(document.lineCount);
    }
    if (hover?.range) expectRangeInside(document, hover.range, 'hover');
    expectCompletionEditsValid(document, completion ?? null);
    for (const location of [...asLocations(definition), ...(references ?? [])].filter(location => location.uri === uri)) {
        expectRangeInside(document, location.range, 'a location');
    }
    for (const highlight of highlights ?? []) expectRangeInside(document, highlight.range, 'a highlight');
    if (prepared && 'start' in prepared) expectRangeInside(document, prepared, 'the rename range');
    expectEditsApply(document, (renamed as WorkspaceEdit | undefined)?.changes?.[uri] ?? [], 'rename');
    expectEditsApply(document, formatted ?? [], 'formatting');
    if (preview) expect(preview.version).toBeLessThanOrEqual(document.version);
}

/** The answer, or undefined for a refusal a request may give (`mayRefuse`: a rename that would break the plan); any other error fails. */
async function answer<T>(request: Promise<T>, mayRefuse = false): Promise<T | undefined> {
    try {
        return await request;
    } catch (error) {
        if (mayRefuse && error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed) return undefined;
        throw error;
    }
}

function asLocations(definition: unknown): Location[] {
    return (Array.isArray(definition) ? definition : definition ? [definition] : []).map(entry =>
        ('targetUri' in (entry as object) ? { uri: (entry as { targetUri: string }).targetUri, range: (entry as { targetRange: Range }).targetRange } : entry as Location));
}

/** Semantic tokens as `line:character:length:type`, each checked to lie within its line. */
function decodeTokens(document: TextDocument, data: readonly number[]): string[] {
    expect(data.length % 5, 'tokens come in fives').toBe(0);
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
        expect(data.slice(index, index + 5).every(value => Number.isInteger(value) && value >= 0), 'token numbers are whole and not negative').toBe(true);
        line += data[index];
        character = data[index] === 0 ? character + data[index + 1] : data[index + 1];
        expectRangeInside(document, { start: { line, character }, end: { line, character: character + data[index + 2] } }, 'a token');
        tokens.push(`${line}:${character}:${data[index + 2]}:${data[index + 3]}`);
    }
    return tokens;
}

/** Edits that lie inside the document and do not overlap, so that an editor applies them as one. */
function expectEditsApply(document: TextDocument, edits: readonly TextEdit[], what: string): void {
    const offsets = edits.map(edit => {
        expectRangeInside(document, edit.range, `a ${what} edit`);
        return [document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)] as const;
    }).sort((a, b) => a[0] - b[0]);
    offsets.forEach(([start], index) => {
        if (index > 0) expect(start, `${what} edits do not overlap`).toBeGreaterThanOrEqual(offsets[index - 1][1]);
    });
    TextDocument.applyEdits(document, [...edits]);
}

/** Once typing stops: the diagnostics of the last version, and that every quick fix on them applies; the same text opened fresh has the same. */
async function expectDiagnosticsAsFresh(uri: string): Promise<void> {
    const document = client.document(uri);
    const typed = await client.diagnostics(uri);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, context: { diagnostics: [...typed] },
    });
    for (const action of actions ?? []) {
        if ('edit' in action && action.edit?.changes?.[uri]) expectEditsApply(document, action.edit.changes[uri], `quick fix "${action.title}"`);
    }
    const freshUri = `${uri}.fresh.stride`;
    await client.open(freshUri, document.getText());
    try {
        expect(describe(typed)).toEqual(describe(await client.diagnostics(freshUri)));
    } finally {
        await client.close(freshUri);
    }
}

function describe(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(({ range, severity, code, message }) =>
        `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${code ?? ''} ${message}`);
}
