/**
 * The built TextMate grammar (syntaxes/stride.tmLanguage.json, written by `npm run build`) run by
 * the engine VS Code runs it with: vscode-textmate over the Oniguruma regular expressions of
 * vscode-oniguruma's WebAssembly build.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = join(import.meta.dirname, '..', '..');
export const GRAMMAR_FILE = join(ROOT, 'syntaxes', 'stride.tmLanguage.json');

/** A piece of a line, where it starts, and the scopes it has, outermost first (`source.stride` left out). */
export interface Token {
    readonly text: string;
    readonly start: number;
    readonly scopes: readonly string[];
}

async function readGrammar(): Promise<string> {
    try {
        return await readFile(GRAMMAR_FILE, 'utf8');
    } catch {
        throw new Error(`${GRAMMAR_FILE} is missing: \`npm run build\` writes it`);
    }
}

let loaded: Promise<IGrammar> | undefined;

function strideGrammar(): Promise<IGrammar> {
    loaded ??= (async () => {
        const wasm = await readFile(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
        await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
        const registry = new Registry({
            onigLib: Promise.resolve({
                createOnigScanner: (sources: string[]) => new OnigScanner(sources),
                createOnigString: (text: string) => new OnigString(text),
            }),
            loadGrammar: async scopeName => scopeName === 'source.stride'
                ? parseRawGrammar(await readGrammar(), GRAMMAR_FILE)
                : null,
        });
        const grammar = await registry.loadGrammar('source.stride');
        if (!grammar) {
            throw new Error(`${GRAMMAR_FILE} did not load`);
        }
        return grammar;
    })();
    return loaded;
}

/** Each line of `text` as VS Code would colour it before semantic tokens arrive: its tokens, blanks left out. */
export async function tokenise(text: string): Promise<Token[][]> {
    const grammar = await strideGrammar();
    let state = INITIAL;
    return text.split('\n').map(line => {
        const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
        state = ruleStack;
        return tokens
            .map(token => ({ text: line.slice(token.startIndex, token.endIndex), start: token.startIndex, scopes: token.scopes.slice(1) }))
            .filter(token => token.text.trim() !== '');
    });
}
