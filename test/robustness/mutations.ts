/**
 * The example plans as their token streams, and edits that break them the way typing, pasting
 * and merging do: a token deleted, inserted, duplicated, swapped with another or replaced by
 * something hostile (random Unicode, huge numbers, deep nesting, markup, a 10,000-character line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { createStrideServices } from '../../src/language/stride-module.js';
import { EDGE_NUMBERS, hostileText, stringLiteral } from './hostile-text.js';

/** A token and the text (spaces, comments) between it and the token before. */
interface Piece {
    readonly before: string;
    readonly image: string;
}

export interface Example {
    readonly name: string;
    readonly pieces: readonly Piece[];
    /** What follows the last token. */
    readonly tail: string;
}

export type Mutation =
    | { readonly kind: 'delete'; readonly at: number; readonly length: number }
    | { readonly kind: 'insert'; readonly at: number; readonly text: string }
    | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
    | { readonly kind: 'swap'; readonly at: number; readonly with: number }
    | { readonly kind: 'replace'; readonly at: number; readonly text: string };

const EXAMPLES_FOLDER = new URL('../../examples/', import.meta.url);

/** Every example plan, split into its tokens by the language's own lexer. */
export function loadExamples(services: ReturnType<typeof createStrideServices>): Example[] {
    return readdirSync(EXAMPLES_FOLDER).filter(name => name.endsWith('.stride')).sort().map(name => {
        const text = readFileSync(new URL(name, EXAMPLES_FOLDER), 'utf8');
        const pieces: Piece[] = [];
        let end = 0;
        for (const token of services.Stride.parser.Lexer.tokenize(text).tokens) {
            pieces.push({ before: text.slice(end, token.startOffset), image: token.image });
            end = token.startOffset + token.image.length;
        }
        return { name, pieces, tail: text.slice(end) };
    });
}

/** What an edit may put in: a token from any example, or something no example has. */
function insertable(examples: readonly Example[]): fc.Arbitrary<string> {
    const images = [...new Set(examples.flatMap(example => example.pieces.map(piece => piece.image)))].sort();
    return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...images) },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS).map(n => `${n}m`) },
        { weight: 1, arbitrary: fc.constantFrom('99:99', '24:00', '2027-02-30', '9999-12-31', '0000-01-01', '1900-02-29', 'week 99999999', 'weeks 1-100000') },
        { weight: 1, arbitrary: hostileText.map(stringLiteral) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map(depth => `${'2 x {'.repeat(depth)} 1km ${'}'.repeat(depth)}`) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map(depth => '{'.repeat(depth)) },
    );
}

export function mutationArbitrary(examples: readonly Example[]): fc.Arbitrary<Mutation> {
    const text = insertable(examples);
    const at = fc.nat();
    const length = fc.integer({ min: 1, max: 8 });
    return fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at, length }),
        fc.record({ kind: fc.constant('insert' as const), at, text }),
        fc.record({ kind: fc.constant('duplicate' as const), at, length }),
        fc.record({ kind: fc.constant('swap' as const), at, with: fc.nat() }),
        fc.record({ kind: fc.constant('replace' as const), at, text }),
    );
}

/** The text of an example after the edits, each applied to what the one before left. */
export function mutate(example: Example, mutations: readonly Mutation[]): string {
    let pieces = [...example.pieces];
    for (const mutation of mutations) {
        const at = pieces.length === 0 ? 0 : mutation.at % pieces.length;
        switch (mutation.kind) {
            case 'delete':
                pieces.splice(at, mutation.length);
                break;
            case 'insert':
                pieces.splice(at, 0, { before: ' ', image: mutation.text });
                break;
            case 'duplicate':
                pieces.splice(at, 0, ...pieces.slice(at, at + mutation.length));
                break;
            case 'swap': {
                const other = pieces.length === 0 ? 0 : mutation.with % pieces.length;
                if (pieces.length > 0) {
                    pieces = pieces.map((piece, index) =>
                        index === at ? { ...piece, image: pieces[other].image } : index === other ? { ...piece, image: pieces[at].image } : piece);
                }
                break;
            }
            case 'replace':
                if (pieces.length > 0) {
                    pieces[at] = { ...pieces[at], image: mutation.text };
                }
                break;
        }
    }
    return pieces.map(piece => piece.before + piece.image).join('') + example.tail;
}
