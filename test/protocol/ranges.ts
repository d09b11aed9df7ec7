/** What every range a server sends must be: inside the document, and for completion, on one line with an insert range at the start of its replace range. */
import { expect } from 'vitest';
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';

function comparePositions(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

/** A position that exists in the document: a line it has, a character within that line. */
export function expectPositionInside(document: TextDocument, position: Position, what: string): void {
    expect(position.line, `${what}: line`).toBeGreaterThanOrEqual(0);
    expect(position.line, `${what}: line`).toBeLessThan(document.lineCount);
    const lineLength = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
    expect(position.character, `${what}: character`).toBeGreaterThanOrEqual(0);
    expect(position.character, `${what}: character on line ${position.line}`).toBeLessThanOrEqual(lineLength);
}

export function expectRangeInside(document: TextDocument, range: Range, what: string): void {
    expectPositionInside(document, range.start, `${what} start`);
    expectPositionInside(document, range.end, `${what} end`);
    expect(comparePositions(range.start, range.end), `${what} runs forwards`).toBeLessThanOrEqual(0);
}

/** Completion items whose edits VS Code can apply: inside the document, one line, the insert range a prefix of the replace range. */
export function expectCompletionEditsValid(document: TextDocument, result: CompletionList | CompletionItem[] | null): void {
    const items = Array.isArray(result) ? result : result?.items ?? [];
    for (const item of items) {
        const edit = item.textEdit;
        if (!edit) continue;
        if ('range' in edit) {
            expectRangeInside(document, edit.range, `${item.label}'s edit`);
            expect(edit.range.start.line, `${item.label}'s edit is on one line`).toBe(edit.range.end.line);
        } else {
            expectRangeInside(document, edit.insert, `${item.label}'s insert`);
            expectRangeInside(document, edit.replace, `${item.label}'s replace`);
            expect(edit.replace.start.line, `${item.label}'s replace is on one line`).toBe(edit.replace.end.line);
            expect(edit.insert.start, `${item.label}'s insert starts with its replace`).toEqual(edit.replace.start);
            expect(comparePositions(edit.insert.end, edit.replace.end), `${item.label}'s insert is a prefix of its replace`).toBeLessThanOrEqual(0);
        }
    }
}
