/**
 * Moving a parsed piece of a plan to another place in the text: its CST's offsets and lines,
 * and its errors' positions. Langium 4.4.0 keeps a leaf's place in the fields `_offset`,
 * `_startLine` and `_endLine` of LeafCstNodeImpl (columns do not change: pieces start at the
 * start of a line) and caches a composite node's range in `_rangeCache`; the incremental-parse
 * property test fails if a Langium version keeps them otherwise.
 */
import type { CstNode } from 'langium';
import { isCompositeCstNode } from 'langium';
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';

interface LeafPlace {
    _offset: number;
    _startLine: number;
    _endLine: number;
}

export function shiftCst(nodes: readonly CstNode[], offset: number, lines: number): void {
    if (offset === 0 && lines === 0) return;
    const stack = [...nodes];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
            stack.push(...node.content);
        } else {
            const leaf = node as unknown as LeafPlace;
            leaf._offset += offset;
            leaf._startLine += lines;
            leaf._endLine += lines;
        }
    }
}

/** A lexer error of a piece, at its place in the whole text (chevrotain's lines are one-based). */
export function shiftLexerError(error: ILexingError, offset: number, lines: number): ILexingError {
    return { ...error, offset: error.offset + offset, line: error.line === undefined ? undefined : error.line + lines };
}

/** A parser error of a piece, its tokens at their place in the whole text; the end-of-text token has no place to move. */
export function shiftParserError(error: IRecognitionException, offset: number, lines: number): IRecognitionException {
    const shifted = Object.create(Object.getPrototypeOf(error)) as IRecognitionException & { previousToken?: IToken };
    // An error's message and name are not enumerable: copied by name.
    Object.assign(shifted, error, {
        message: error.message,
        name: error.name,
        token: shiftToken(error.token, offset, lines),
        resyncedTokens: error.resyncedTokens.map(token => shiftToken(token, offset, lines)),
    });
    if ('previousToken' in error) shifted.previousToken = shiftToken((error as { previousToken: IToken }).previousToken, offset, lines);
    return shifted;
}

function shiftToken(token: IToken | undefined, offset: number, lines: number): IToken | undefined {
    // The end-of-text token has no place (NaN or -1): it stays as it is.
    if (!token || !(token.startOffset >= 0)) return token;
    return {
        ...token,
        startOffset: token.startOffset + offset,
        endOffset: token.endOffset === undefined ? undefined : token.endOffset + offset,
        startLine: token.startLine === undefined ? undefined : token.startLine + lines,
        endLine: token.endLine === undefined ? undefined : token.endLine + lines,
    };
}
