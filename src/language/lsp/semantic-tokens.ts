import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { Cancellation, GrammarAST, GrammarUtils, isLeafCstNode } from 'langium';
import { AllSemanticTokenModifiers, AllSemanticTokenTypes, type LangiumServices, type SemanticTokenProvider } from 'langium/lsp';
import {
    SemanticTokenModifiers, SemanticTokenTypes, type Position, type Range, type SemanticTokens, type SemanticTokensDelta,
    type SemanticTokensDeltaParams, type SemanticTokensEdit, type SemanticTokensOptions, type SemanticTokensParams,
    type SemanticTokensRangeParams,
} from 'vscode-languageserver';
import { childNodes, isBefore, overlapsRange } from '../ast-walk.js';
import { declarationsOf } from '../declarations.js';
import { interruptionPoint } from '../interruption.js';
import {
    isAmount, isDistance, isDuration, isIntensity, isLimitValue, isPace, isVolumeChange,
} from '../generated/ast.js';
import { partsOf } from './cst-parts.js';

interface Token {
    readonly type: string;
    readonly modifier?: string[];
}

/** A token on one line (or across lines, for a client that takes them so). */
interface LineToken {
    readonly line: number;
    readonly character: number;
    readonly length: number;
    readonly type: Token;
}

const NUMBER: Token = { type: SemanticTokenTypes.number };
const DECLARATION = [SemanticTokenModifiers.declaration];

/** Tokens by the node type and the property they are assigned to. */
const PROPERTY_TOKENS: Readonly<Record<string, Token>> = {
    'Step.drill': { type: SemanticTokenTypes.function },
    'OneRepMaxSetting.drill': { type: SemanticTokenTypes.function },
    'DrillDef.name': { type: SemanticTokenTypes.function, modifier: DECLARATION },
    'AliasProp.names': { type: SemanticTokenTypes.function, modifier: DECLARATION },
    'SessionUse.template': { type: SemanticTokenTypes.class },
    'SessionDef.name': { type: SemanticTokenTypes.class, modifier: DECLARATION },
    'PaceDef.name': { type: SemanticTokenTypes.variable, modifier: [...DECLARATION, SemanticTokenModifiers.readonly] },
    'Week.name': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'WeekBlock.first': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'WeekBlock.last': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'Week.base': { type: SemanticTokenTypes.namespace },
    'WeekBlock.from': { type: SemanticTokenTypes.namespace },
    'WeekBlock.to': { type: SemanticTokenTypes.namespace },
    // Dates and times of day read as numbers, like the amounts around them.
    'StartSetting.date': NUMBER,
    'RaceSetting.date': NUMBER,
    'Day.date': NUMBER,
    'SessionUse.time': NUMBER,
    'Group.repeat': NUMBER,
    'SessionArguments.rounds': NUMBER,
    'RoundChange.value': NUMBER,
    'Rest.activity': { type: SemanticTokenTypes.function },
    'MaxSpeedSetting.value': NUMBER,
    'MaxSpeedSetting.unit': NUMBER,
    'OneRepMaxSetting.value': NUMBER,
    'OneRepMaxSetting.unit': NUMBER,
    'SpeedProp.value': NUMBER,
    'SpeedProp.unit': NUMBER,
    'ContactsProp.value': NUMBER,
    'Note.text': { type: SemanticTokenTypes.string },
};

/**
 * Semantic highlighting: amounts with their units as one number each, each intensity (`@95%`,
 * `@easy`, `@RPE7`) as one decorator, drill names as functions, named sessions as classes, paces as
 * read-only variables, weeks as namespaces, dates as numbers and the language's words as keywords.
 *
 * Written in full rather than on Langium 4.4.0's AbstractSemanticTokenProvider, which keeps the
 * request's document, range and token builder on the shared instance and awaits between nodes:
 * a whole-document request and a range request for the same document (VS Code sends both)
 * then write into each other's answer. Here each request has its own state. The same base
 * class also measured a token that spans lines from a document offset minus a column, and its
 * range walk (streamContents) skipped the property after a child outside the range: each is
 * done here from the token's own text and with a walk of our own (test/protocol/semantic-tokens.test.ts).
 * No upstream issue was found for these in eclipse-langium/langium's tracker; they are to be reported.
 */
export class StrideSemanticTokenProvider implements SemanticTokenProvider {
    readonly tokenTypes = AllSemanticTokenTypes;
    readonly tokenModifiers = AllSemanticTokenModifiers;
    readonly semanticTokensOptions: SemanticTokensOptions = {
        legend: { tokenTypes: Object.keys(AllSemanticTokenTypes), tokenModifiers: Object.keys(AllSemanticTokenModifiers) },
        full: { delta: true },
        range: true,
    };
    private multilineTokens = false;
    /** Each open document's last answers by result id, for the deltas on them that the editor asks next. */
    private readonly answers = new Map<string, Map<string, readonly number[]>>();
    private nextResultId = 1;
    /** Each top-level declaration's tokens, while the parse keeps it. */
    private readonly declarationTokens = new WeakMap<AstNode, { readonly multiline: boolean; readonly tokens: readonly LineToken[] }>();

    constructor(services: LangiumServices) {
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.multilineTokens = params.capabilities.textDocument?.semanticTokens?.multilineTokenSupport ?? false;
        });
        services.shared.workspace.TextDocuments.onDidClose(event => this.answers.delete(event.document.uri));
    }

    async semanticHighlight(document: LangiumDocument, _params: SemanticTokensParams, cancelToken?: Cancellation.CancellationToken): Promise<SemanticTokens> {
        return this.remember(document, await this.encode(document, undefined, cancelToken));
    }

    async semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: Cancellation.CancellationToken): Promise<SemanticTokens> {
        return { data: await this.encode(document, params.range, cancelToken) };
    }

    async semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: Cancellation.CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        const previous = this.answers.get(document.uri.toString())?.get(params.previousResultId);
        const tokens = this.remember(document, await this.encode(document, undefined, cancelToken));
        return previous ? { resultId: tokens.resultId, edits: [dataEdit(previous, tokens.data)] } : tokens;
    }

    /** Keeps an answer for a delta on it: the last few of each document, since a range and a full request may interleave. */
    private remember(document: LangiumDocument, data: number[]): SemanticTokens {
        const uri = document.uri.toString();
        const answers = this.answers.get(uri) ?? new Map<string, readonly number[]>();
        const resultId = String(this.nextResultId++);
        answers.set(resultId, data);
        for (const old of [...answers.keys()].slice(0, -KEPT_ANSWERS)) answers.delete(old);
        this.answers.set(uri, answers);
        return { resultId, data };
    }

    /**
     * The document's tokens (those that overlap `range`, when given) in LSP's relative encoding,
     * from each top-level declaration's tokens: a declaration's tokens depend on its text alone,
     * so those of a declaration the edit left alone are kept, counted from its first line.
     */
    private async encode(document: LangiumDocument, range: Range | undefined, cancelToken = Cancellation.CancellationToken.None): Promise<number[]> {
        const interrupt = interruptionPoint(cancelToken);
        const declarations = declarationsOf(document.parseResult.value)
            .filter(declaration => declaration.$cstNode && (!range || overlapsRange(declaration, range)))
            .sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
        const data: number[] = [];
        let line = 0;
        let character = 0;
        for (const declaration of declarations) {
            await interrupt();
            const first = declaration.$cstNode!.range.start.line;
            for (const token of this.tokensOf(document, declaration)) {
                const tokenLine = first + token.line;
                if (range && !(isBefore({ line: tokenLine, character: token.character }, range.end) && isBefore(range.start, { line: tokenLine, character: token.character + token.length }))) {
                    continue;
                }
                data.push(tokenLine - line, tokenLine === line ? token.character - character : token.character, token.length,
                    this.tokenTypes[token.type.type], (token.type.modifier ?? []).reduce((bits, modifier) => bits | this.tokenModifiers[modifier], 0));
                line = tokenLine;
                character = token.character;
            }
        }
        return data;
    }

    /** A declaration's tokens in order, one per line unless the client takes tokens across lines, their lines counted from the declaration's first. */
    private tokensOf(document: LangiumDocument, declaration: AstNode): readonly LineToken[] {
        const known = this.declarationTokens.get(declaration);
        if (known?.multiline === this.multilineTokens) {
            return known.tokens;
        }
        const tokens: Array<{ start: Position; end: Position; type: Token }> = [];
        const stack: AstNode[] = [declaration];
        while (stack.length > 0) {
            const node = stack.pop()!;
            const cst = node.$cstNode;
            if (!cst) continue;
            const whole = wholeNodeToken(node);
            if (whole) {
                tokens.push({ ...cst.range, type: whole });
                continue;
            }
            for (const part of partsOf(node)) {
                const token = isLeafCstNode(part) ? tokenOf(node, part) : undefined;
                if (token) tokens.push({ ...part.range, type: token });
            }
            stack.push(...childNodes(node).reverse());
        }
        const first = declaration.$cstNode!.range.start.line;
        const lines = this.onePerLine(document, tokens).map(token => ({ ...token, line: token.line - first }));
        lines.sort((a, b) => a.line - b.line || a.character - b.character);
        this.declarationTokens.set(declaration, { multiline: this.multilineTokens, tokens: lines });
        return lines;
    }

    /** A token as the client takes it: whole when it supports tokens across lines, else one per line, each as long as its text there. */
    private onePerLine(document: LangiumDocument, tokens: ReadonlyArray<{ start: Position; end: Position; type: Token }>): LineToken[] {
        const text = document.textDocument;
        return tokens.flatMap(({ start, end, type }) => {
            if (start.line === end.line || this.multilineTokens) {
                return [{ line: start.line, character: start.character, length: text.offsetAt(end) - text.offsetAt(start), type }];
            }
            return text.getText({ start, end }).split(/\r?\n/).map((piece, index) => ({
                line: start.line + index, character: index === 0 ? start.character : 0, length: piece.length, type,
            })).filter(piece => piece.length > 0);
        });
    }
}

/** How many answers of a document a delta may be asked against. */
const KEPT_ANSWERS = 4;


/** One edit that turns the previous data into the new: the run between their common start and end. */
function dataEdit(previous: readonly number[], data: readonly number[]): SemanticTokensEdit {
    let start = 0;
    while (start < previous.length && start < data.length && previous[start] === data[start]) start++;
    let end = 0;
    while (end < previous.length - start && end < data.length - start && previous[previous.length - 1 - end] === data[data.length - 1 - end]) end++;
    return { start, deleteCount: previous.length - start - end, data: data.slice(start, data.length - end) };
}

/** Nodes read as one token: an intensity from its `@`, and a number with its unit (`60m`, `3min`, `+5%`, `4:20/km`). */
function wholeNodeToken(node: AstNode): Token | undefined {
    if (isIntensity(node)) {
        return { type: SemanticTokenTypes.decorator };
    }
    if (isAmount(node) || isDuration(node) || isDistance(node) || isVolumeChange(node) || isLimitValue(node) || isPace(node)) {
        return NUMBER;
    }
    return undefined;
}

function tokenOf(node: AstNode, leaf: CstNode): Token | undefined {
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    const byProperty = property === undefined ? undefined : PROPERTY_TOKENS[`${node.$type}.${property}`];
    if (byProperty) {
        return byProperty;
    }
    const keyword = leaf.grammarSource;
    if (GrammarAST.isKeyword(keyword)) {
        return keyword.value === 'x' ? { type: SemanticTokenTypes.operator }
            : /[a-z]/i.test(keyword.value) ? { type: SemanticTokenTypes.keyword } : undefined;
    }
    return undefined;
}
