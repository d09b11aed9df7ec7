/**
 * A plan's text cut into its top-level blocks: the header, each drill, named session, week and
 * block of weeks, each with the comments and blank lines after it. A block starts at the start
 * of a line that starts with `plan`, `drill`, `session`, `week` or `weeks`, outside a block
 * comment; what comes before the first such line is a block of its own. Strings never span
 * lines, so only block comments can hide such a line.
 */

export interface Block {
    /** Where the block starts in the text, and on which (zero-based) line. */
    readonly offset: number;
    readonly line: number;
    readonly text: string;
}

/** A line that starts a top-level declaration: its keyword, then neither a letter, a digit, `_` nor `-`. */
const DECLARATION_START = /^(?:plan|drill|session|weeks?)(?![\w-])/gm;

export function splitIntoBlocks(text: string): Block[] {
    const comments = blockCommentSpans(text);
    const starts = [0];
    let comment = 0;
    for (const match of text.matchAll(DECLARATION_START)) {
        const at = match.index;
        // JavaScript's `^` also starts a line after U+2028 and U+2029, which LSP does not count as line breaks.
        if (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') continue;
        while (comment < comments.length && comments[comment][1] <= at) comment++;
        const insideComment = comment < comments.length && comments[comment][0] < at;
        if (at > 0 && !insideComment) starts.push(at);
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

/**
 * Where the block comments are, as [start, end) offsets. A `/*` counts only outside a string
 * and a line comment: its line is read from its start to tell.
 */
function blockCommentSpans(text: string): Array<readonly [number, number]> {
    const spans: Array<readonly [number, number]> = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('/*', from);
        if (open === -1) return spans;
        // Read the line from its start, or from the end of a comment that closed earlier on it.
        const lineStart = Math.max(text.lastIndexOf('\n', open), text.lastIndexOf('\r', open)) + 1;
        if (!opensComment(text, Math.max(lineStart, from), open)) {
            from = open + 2;
            continue;
        }
        const close = text.indexOf('*/', open + 2);
        const end = close === -1 ? text.length : close + 2;
        spans.push([open, end]);
        from = end;
    }
}

/** Whether the `/*` at `open` is a comment's start: not inside a string or after `//` on its line, reading from `from`. */
function opensComment(text: string, from: number, open: number): boolean {
    let inString = false;
    for (let at = from; at < open; at++) {
        const char = text[at];
        if (inString) {
            if (char === '\\') at++;
            else if (char === '"') inString = false;
        } else if (char === '"') {
            inString = true;
        } else if (char === '/' && text[at + 1] === '/') {
            return false;
        } else if (char === '/' && text[at + 1] === '*') {
            // An earlier comment on the line that closes before `open`: skip to its end.
            const close = text.indexOf('*/', at + 2);
            if (close === -1 || close + 2 > open) return false;
            at = close + 1;
        }
    }
    return !inString;
}
