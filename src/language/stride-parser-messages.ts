import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

/** What each kind of token is called in a message to a coach. */
const TOKEN_NAMES: Readonly<Record<string, string>> = {
    ID: 'a name',
    DIGIT_NAME: 'a name',
    NUMBER: 'a number',
    CLOCK: 'a time (07:00, 1:30)',
    DATE: 'a date like 2027-01-04',
    STRING: 'a quoted text',
    RPE: 'an RPE like RPE7',
    ZONE: 'a zone like Z2',
};

/** Terminals by what they hold; every other token is a keyword, quoted as written. */
function describe(token: TokenType): string {
    return TOKEN_NAMES[token.name] ?? `'${token.name}'`;
}

function found(token: IToken): string {
    return token.image ? `'${token.image}'` : 'the end of the file';
}

/** What was probably meant, for the slips a coach makes most. */
function hint(token: IToken): string {
    const kilometres = /^(\d+)k$/i.exec(token.image ?? '');
    return kilometres ? `; for ${kilometres[1]} kilometres write ${kilometres[1]}km` : '';
}

/** Parser errors in the plan's own words: what could come here, and what came instead. */
export class StrideParserErrorMessageProvider extends LangiumParserErrorMessageProvider {

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (options.expected.name === 'EOF') {
            return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual, ruleName: options.ruleName });
        }
        return `expected ${describe(options.expected)} but found ${found(options.actual)}${hint(options.actual)}`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `expected a drill, a session, a week or the end of the file, but found ${found(options.firstRedundant)}${hint(options.firstRedundant)}`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.expectedOneOf(options.expectedPathsPerAlt.flat(), options.actual[0], options.previous);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.expectedOneOf(options.expectedIterationPaths, options.actual[0], options.previous);
    }

    private expectedOneOf(paths: TokenType[][], actual: IToken, previous: IToken): string {
        const names = [...new Set(paths.filter(path => path.length > 0).map(path => describe(path[0])))];
        const after = previous?.image ? ` after '${previous.image}'` : '';
        const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
        return `expected ${list}${after}, but found ${found(actual)}${hint(actual)}`;
    }
}

/**
 * The lexer's message for characters no token starts with. Chevrotain's says the offset in the
 * text it was given, which a block-by-block parse (parsing/block-parser.ts) gives per block;
 * the diagnostic's range says where, so the message says what.
 */
export class StrideLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const characters = fullText.substr(startOffset, length);
        return `unexpected character${length === 1 ? '' : 's'} '${characters.length > 20 ? `${characters.slice(0, 20)}...` : characters}'`;
    }
}
