/**
 * The lexer, with two limits on what it hands the parser, so that no text can make parsing
 * run out of stack or memory: the parser recurses once per `{`, and Langium adds a run of
 * comments to the syntax tree with one call that takes each comment as an argument. What is
 * past a limit is left out, and a lexer error says so (which also keeps the formatter off).
 */
import type { ILexingError, IToken } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/** Blocks within blocks: a week, a session, rounds and rounds within them need four or five. */
export const MAX_NESTING = 16;

/** Comments one after the other with nothing between them; well under the arguments a call can take. */
export const MAX_COMMENTS_IN_A_ROW = 50_000;

export class StrideLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        let result: LexerResult;
        try {
            result = super.tokenize(text, options);
        } catch (error) {
            // The regular expressions backtrack on a stack of their own, which a string of millions of escapes overflows.
            if (!(error instanceof RangeError)) throw error;
            const message = 'Stride cannot read this file: a part of it is too long to read';
            return { tokens: [], hidden: [], errors: [{ offset: 0, line: 1, column: 1, length: 0, message }] };
        }
        const errors = [...result.errors];
        const tokens = limitNesting(result.tokens, errors);
        const hidden = limitCommentRuns(tokens, result.hidden, errors);
        // In the order of the text, as a parse block by block (parsing/block-parser.ts) finds them.
        errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens, hidden, errors };
    }
}

/** The tokens with what is inside every block deeper than MAX_NESTING left out; its braces stay, so the text around it still parses. */
function limitNesting(tokens: readonly IToken[], errors: ILexingError[]): IToken[] {
    const kept: IToken[] = [];
    let depth = 0;
    let skipping = 0;
    for (const token of tokens) {
        const change = token.image === '{' ? 1 : token.image === '}' ? -1 : 0;
        if (skipping > 0) {
            skipping += change;
            if (skipping > 0) {
                continue;
            }
        } else if (change === 1 && depth === MAX_NESTING) {
            errors.push(errorAt(token, `blocks nest at most ${MAX_NESTING} deep: what is inside this one is left out`));
            skipping = 1;
        }
        depth = Math.max(0, depth + change);
        kept.push(token);
    }
    return kept;
}

/** The comments with each run between two tokens cut to MAX_COMMENTS_IN_A_ROW. */
function limitCommentRuns(tokens: readonly IToken[], comments: readonly IToken[], errors: ILexingError[]): IToken[] {
    const kept: IToken[] = [];
    let next = 0;
    let run = 0;
    for (const comment of comments) {
        while (next < tokens.length && tokens[next].startOffset < comment.startOffset) {
            next++;
            run = 0;
        }
        run++;
        if (run <= MAX_COMMENTS_IN_A_ROW) {
            kept.push(comment);
        } else if (run === MAX_COMMENTS_IN_A_ROW + 1) {
            errors.push(errorAt(comment, `more than ${MAX_COMMENTS_IN_A_ROW} comments in a row: the rest of them are left out`));
        }
    }
    return kept;
}

function errorAt(token: IToken, message: string): ILexingError {
    return { offset: token.startOffset, line: token.startLine, column: token.startColumn, length: token.image.length, message };
}
