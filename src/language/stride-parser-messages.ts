import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import { SESSION_KIND_NAMES } from '../plan/format.js';
import { nameWords, type NameWords } from './name-words.js';

const SESSION_KINDS = Object.keys(SESSION_KIND_NAMES);

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
    TEMPO: 'a tempo like tempo 3-1-1-0',
};

/** Terminals by what they hold, a word among `names` as 'a name'; every other token is a keyword, quoted as written. */
function describe(token: TokenType, names: ReadonlySet<string>): string {
    return TOKEN_NAMES[token.name] ?? (names.has(token.name) ? 'a name' : `'${token.name}'`);
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
    private readonly words: NameWords;

    constructor(grammar: Grammar) {
        super();
        this.words = nameWords(grammar);
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (options.expected.name === 'EOF') {
            return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual, ruleName: options.ruleName });
        }
        return this.reservedWord([options.expected], options.actual)
            ?? `expected ${describe(options.expected, this.namesAmong([options.expected]))} but found ${found(options.actual)}${hint(options.actual)}`;
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
        const firsts = paths.filter(path => path.length > 0).map(path => path[0]);
        const reserved = this.reservedWord(firsts, actual);
        if (reserved !== undefined) {
            return reserved;
        }
        const namesHere = this.namesAmong(firsts);
        const names = [...new Set(firsts.map(token => describe(token, namesHere)))];
        const after = previous?.image ? ` after '${previous.image}'` : '';
        const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
        return `expected ${list}${after}, but found ${found(actual)}${hint(actual)}`;
    }

    /** The words that read as a name where these tokens may come: those that name anything, and where a session's name may come, those too. */
    private namesAmong(expected: readonly TokenType[]): ReadonlySet<string> {
        const here = new Set(expected.map(token => token.name));
        const sessionNames = [...this.words.sessionOnly].every(word => here.has(word));
        const names = new Set(sessionNames ? [...this.words.names, ...this.words.sessionOnly] : this.words.names);
        if (here.has('rest')) {
            // After a day, a kind starts a written-out session: the kinds are listed as what may come.
            SESSION_KINDS.forEach(kind => names.delete(kind));
        }
        return names;
    }

    /** Where only a name can come and a word of the language came instead: say that it is one. */
    private reservedWord(expected: readonly TokenType[], actual: IToken): string | undefined {
        const word = actual.image;
        const namesHere = this.namesAmong(expected);
        // A pace's name may also be a number with a unit (`1500m`).
        const onlyNames = expected.some(token => describe(token, namesHere) === 'a name')
            && expected.every(token => describe(token, namesHere) === 'a name' || token.name === 'NUMBER');
        if (!onlyNames || !word || namesHere.has(word) || (!this.words.reserved.has(word) && !this.words.sessionOnly.has(word))) {
            return undefined;
        }
        return `'${word}' is a word of the language and cannot be a name here (docs/language.md lists these words); `
            + `a longer name works, like my-${word.replace(/\W/g, '')}`;
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
