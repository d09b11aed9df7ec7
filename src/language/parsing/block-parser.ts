/**
 * Parsing a plan block by block (blocks.ts): each top-level declaration is parsed on its own,
 * and put together into the one syntax tree a parse of the whole text gives. So a long plan is
 * parsed in small steps, giving way to the editor's requests and stopping as soon as a newer
 * edit cancels it; and a keystroke re-parses only the blocks it changed, the others kept from
 * the previous parse and moved to their new place.
 *
 * A block that parses with an error may not read alone as it reads in the whole text (the
 * parser's recovery, and the lexer's count of nested braces, look past its end), so it is
 * parsed together with the blocks after it until a clean block starts a declaration of its
 * own and the braces balance: what the whole text's parse does in that stretch. A header after
 * another declaration is read by the whole text's parse instead.
 *
 * Moving a kept block means shifting its syntax tree's offsets and lines, which Langium's CST
 * keeps in its leaf nodes (LeafCstNodeImpl's `_offset`, `_startLine`, `_endLine` in Langium
 * 4.4.0) and caches in its composite nodes' ranges: cst-shift.ts does that, and the property
 * test in test/parsing/incremental-parse.test.ts holds every result to a parse of the whole text.
 */
import type { AstNode, AstReflection, CstNode, LangiumParser, Lexer, ParseResult } from 'langium';
import { AstUtils, Cancellation, CstNodeBuilder, interruptAndCheck, isCompositeCstNode, type AbstractCstNode } from 'langium';
import type { ILexingError, IRecognitionException } from 'chevrotain';
import { splitIntoBlocks, type Block } from './blocks.js';
import { shiftCst, shiftLexerError, shiftParserError } from './cst-shift.js';

/** Blocks parsed together, as they lie in the text now, with what their parse made. */
interface Piece {
    readonly text: string;
    /** How many blocks of the split it covers. */
    readonly blocks: number;
    offset: number;
    line: number;
    /** The top-level declarations it holds, in order, with the property of the plan file each goes in. */
    readonly declarations: ReadonlyArray<{ readonly property: string; readonly node: AstNode }>;
    /** Its nodes directly under the root of the syntax tree: declarations and comments, in order. */
    readonly cst: readonly CstNode[];
    /** Its errors, at offsets and lines within the piece. */
    readonly lexerErrors: readonly ILexingError[];
    readonly parserErrors: readonly IRecognitionException[];
}

const PIECES = Symbol('stride.pieces');

/** A parse result made here keeps its pieces, for the next edit's parse to keep what it can. */
type PiecedResult = ParseResult & { [PIECES]?: readonly Piece[] };

export class BlockParser {
    constructor(
        private readonly parser: LangiumParser,
        private readonly lexer: Lexer,
        private readonly reflection: AstReflection,
    ) {}

    /**
     * The parse of `text`, keeping the pieces of `previous` whose text is unchanged; null when the
     * text is not one to read block by block (a header after the first block), which the whole
     * text's parse then reads.
     */
    async parse(text: string, previous: ParseResult | undefined, cancelToken = Cancellation.CancellationToken.None): Promise<ParseResult | null> {
        const blocks = splitIntoBlocks(text);
        const before = (previous as PiecedResult | undefined)?.[PIECES] ?? [];
        const kept = keptPieces(before, blocks);
        const pieces: Piece[] = [...kept.head];
        for (let index = blockCount(kept.head); index < blocks.length - blockCount(kept.tail);) {
            await interruptAndCheck(cancelToken);
            const piece = this.parsePiece(blocks, index);
            pieces.push(piece);
            index += piece.blocks;
            // A new piece that ran into the kept tail takes those blocks from it.
            while (kept.tail.length > 0 && blocks.length - blockCount(kept.tail) < index) kept.tail.shift();
        }
        pieces.push(...kept.tail);
        const declarations = pieces.flatMap(piece => piece.declarations);
        if (declarations.slice(1).some(declaration => declaration.property === 'header')) {
            return null;
        }
        return this.assemble(text, blocks, pieces);
    }

    /** The piece that starts at block `first`: that block alone when it is clean, else it and the blocks after it, until the parse is back on track. */
    private parsePiece(blocks: readonly Block[], first: number): Piece {
        for (let last = first; ; last++) {
            const text = blocks.slice(first, last + 1).map(block => block.text).join('');
            const result = this.parser.parse(text);
            const lastStart = blocks[last].offset - blocks[first].offset;
            if (last === blocks.length - 1 || this.backOnTrack(result, text, lastStart, first === last)) {
                return pieceOf(result, text, last - first + 1);
            }
        }
    }

    /**
     * Whether a parse reads its text as the whole text's parse would: with no error, or else with
     * its last block starting a declaration of its own, free of errors, and the braces of the
     * piece balanced (the lexer counts them across the whole text).
     */
    private backOnTrack(result: ParseResult, text: string, lastStart: number, alone: boolean): boolean {
        if (result.lexerErrors.length === 0 && result.parserErrors.length === 0) return true;
        if (alone) return false;
        const lastClean = result.lexerErrors.every(error => error.offset < lastStart)
            && result.parserErrors.every(error => error.token.startOffset >= 0 && error.token.startOffset < lastStart);
        const startsThere = (result.value.$cstNode && isCompositeCstNode(result.value.$cstNode))
            ? result.value.$cstNode.content.some(node => !node.hidden && node.offset === lastStart)
            : false;
        return lastClean && startsThere && bracesBalance(this.lexer, text);
    }

    /** One syntax tree of the whole text from the pieces, each shifted to where it now lies. */
    private assemble(text: string, blocks: readonly Block[], pieces: readonly Piece[]): PiecedResult {
        const root = { $type: 'PlanFile' } as AstNode & Record<string, unknown>;
        const builder = new CstNodeBuilder();
        const rootCst = builder.buildRootNode(text);
        const lexerErrors: ILexingError[] = [];
        const parserErrors: IRecognitionException[] = [];
        let blockIndex = 0;
        for (const piece of pieces) {
            const at = blocks[blockIndex];
            shiftCst(piece.cst, at.offset - piece.offset, at.line - piece.line);
            piece.offset = at.offset;
            piece.line = at.line;
            blockIndex += piece.blocks;
            for (const node of piece.cst) {
                builder.appendChild(rootCst, node as AbstractCstNode);
            }
            for (const { property, node } of piece.declarations) {
                const mutable = node as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
                mutable.$container = root;
                mutable.$containerProperty = property;
                if (property === 'header') {
                    root.header = node;
                    mutable.$containerIndex = undefined;
                } else {
                    const list = (root[property] ??= []) as AstNode[];
                    mutable.$containerIndex = list.length;
                    list.push(node);
                }
            }
            lexerErrors.push(...piece.lexerErrors.map(error => shiftLexerError(error, piece.offset, piece.line)));
            parserErrors.push(...piece.parserErrors.map(error => shiftParserError(error, piece.offset, piece.line)));
        }
        (root as { $cstNode?: CstNode }).$cstNode = rootCst;
        (rootCst as { astNode: AstNode }).astNode = root;
        AstUtils.assignMandatoryProperties(this.reflection, root);
        return { value: root, lexerErrors, parserErrors, lexerReport: { diagnostics: [] }, [PIECES]: pieces };
    }
}

function blockCount(pieces: readonly Piece[]): number {
    return pieces.reduce((sum, piece) => sum + piece.blocks, 0);
}

/** The previous pieces that the new split still has, unchanged, at its start and at its end. */
function keptPieces(before: readonly Piece[], blocks: readonly Block[]): { head: Piece[]; tail: Piece[] } {
    const head: Piece[] = [];
    let index = 0;
    for (const piece of before) {
        if (!sameText(piece, blocks, index)) break;
        head.push(piece);
        index += piece.blocks;
    }
    const tail: Piece[] = [];
    let end = blocks.length;
    for (let at = before.length - 1; at >= head.length; at--) {
        const piece = before[at];
        if (end - piece.blocks < index || !sameText(piece, blocks, end - piece.blocks)) break;
        tail.unshift(piece);
        end -= piece.blocks;
    }
    return { head, tail };
}

function sameText(piece: Piece, blocks: readonly Block[], from: number): boolean {
    if (from + piece.blocks > blocks.length) return false;
    let offset = 0;
    for (let index = from; index < from + piece.blocks; index++) {
        const text = blocks[index].text;
        if (!piece.text.startsWith(text, offset)) return false;
        offset += text.length;
    }
    return offset === piece.text.length;
}

/** A piece from the parse of its own text. */
function pieceOf(result: ParseResult, text: string, blocks: number): Piece {
    const file = result.value as AstNode & Record<string, unknown>;
    const declarations: Array<{ property: string; node: AstNode }> = [];
    for (const property of ['header', 'drills', 'templates', 'weeks', 'blocks']) {
        const value = file[property];
        for (const node of Array.isArray(value) ? value : value ? [value] : []) {
            declarations.push({ property, node: node as AstNode });
        }
    }
    declarations.sort((a, b) => (a.node.$cstNode?.offset ?? 0) - (b.node.$cstNode?.offset ?? 0));
    const rootCst = file.$cstNode;
    const cst = rootCst && isCompositeCstNode(rootCst) ? [...rootCst.content] : [];
    // Parsed as a text of its own, it lies at offset 0, line 0, until `assemble` moves it to its place.
    return { text, blocks, offset: 0, line: 0, declarations, cst, lexerErrors: result.lexerErrors, parserErrors: result.parserErrors };
}

/** Whether the lexer's count of nested braces is back at zero at the end of the text, as it was at its start. */
function bracesBalance(lexer: Lexer, text: string): boolean {
    let depth = 0;
    for (const token of lexer.tokenize(text).tokens) {
        if (token.image === '{') depth++;
        else if (token.image === '}') depth = Math.max(0, depth - 1);
    }
    return depth === 0;
}
