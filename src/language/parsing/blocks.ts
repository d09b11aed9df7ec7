/**
 * A plan's text cut into its top-level blocks: the header, each drill, named session, week and
 * block of weeks, each with the comments and blank lines after it. A block starts at the start
 * of a line that starts with `plan`, `drill`, `session`, `week` or `weeks`, outside a string
 * and a comment; what comes before the first such line is a block of its own.
 *
 * Strings (notes may run over lines) and block comments can hide such a line, so the text is
 * read as the lexer reads it: a `"` opens a string when a closing `"` follows (a backslash
 * escaping the character after it), else it is a stray character; `//` comments to the end of
 * the line; `/*` comments up to the next `*\/` when there is one.
 */

export interface Block {
    /** Where the block starts in the text, and on which (zero-based) line. */
    readonly offset: number;
    readonly line: number;
    readonly text: string;
}

/** A top-level declaration's keyword, then neither a letter, a digit, `_` nor `-`. */
const DECLARATION = /(?:plan|drill|session|weeks?)(?![\w-])/y;
/** A quote or a backslash: what ends a string or escapes the character after it. */
const QUOTE_OR_ESCAPE = /["\\]/g;
/** Where the reading may change: a quote, a slash, or a line's end. */
const NEXT_MARK = /["/\n\r]/g;

export function splitIntoBlocks(text: string): Block[] {
    const starts = [0];
    // Once no string (or block comment) closes after some place, none closes after any later one.
    let stringsClose = true;
    let commentsClose = true;
    NEXT_MARK.lastIndex = 0;
    for (let match = NEXT_MARK.exec(text); match; match = NEXT_MARK.exec(text)) {
        const at = match.index;
        const char = text[at];
        if (char === '\n' || char === '\r') {
            DECLARATION.lastIndex = at + 1;
            if (DECLARATION.test(text)) starts.push(at + 1);
            continue;
        }
        if (char === '"') {
            const end = stringsClose ? stringEnd(text, at) : -1;
            if (end === -1) stringsClose = false;
            else NEXT_MARK.lastIndex = end;
            continue;
        }
        const next = text[at + 1];
        if (next === '/') {
            const end = lineEnd(text, at + 2);
            NEXT_MARK.lastIndex = end;
        } else if (next === '*') {
            const close = commentsClose ? text.indexOf('*/', at + 2) : -1;
            if (close === -1) commentsClose = false;
            else NEXT_MARK.lastIndex = close + 2;
        }
    }
    const blocks: Block[] = [];
    let line = 0;
    for (let index = 0; index < starts.length; index++) {
        const end = index + 1 < starts.length ? starts[index + 1] : text.length;
        const block = text.slice(starts[index], end);
        if (block.length > 0 || blocks.length === 0) blocks.push({ offset: starts[index], line, text: block });
        line += countLines(block);
    }
    return blocks;
}

/**
 * Where the string that opens with the quote at `at` ends (after its closing quote), or -1 when
 * no quote closes it: what the grammar's STRING terminal matches (test/parsing/blocks.test.ts
 * holds them the same). A loop rather than that regex, whose backtracking runs out of stack on
 * a string of millions of escapes.
 */
export function stringEnd(text: string, at: number): number {
    QUOTE_OR_ESCAPE.lastIndex = at + 1;
    for (let match = QUOTE_OR_ESCAPE.exec(text); match; match = QUOTE_OR_ESCAPE.exec(text)) {
        if (text[match.index] === '"') return match.index + 1;
        QUOTE_OR_ESCAPE.lastIndex = match.index + 2;
    }
    return -1;
}

const LINE_BREAK = /[\n\r]/g;

/** Where the line that `from` is on ends: at its line break, or at the end of the text. */
function lineEnd(text: string, from: number): number {
    LINE_BREAK.lastIndex = from;
    return LINE_BREAK.exec(text)?.index ?? text.length;
}

/** The number of line breaks in a text (`\r\n` counting once). */
export function countLines(text: string): number {
    let lines = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
    // A lone `\r` ends a line too (LSP's rule); `\r\n` is counted by its `\n`.
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
        if (text[at + 1] !== '\n') lines++;
    }
    return lines;
}
