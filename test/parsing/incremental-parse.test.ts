/**
 * The editor's build, keeping what an edit left alone (the blocks it did not touch, the links
 * of their references, the diagnostics of their checks), against a build of the whole text from
 * nothing: after every edit of random sequences typed into the examples and generated plans, the
 * same syntax tree (every node, its place in the text, its references as written), the same
 * errors, the same link for every reference, the same diagnostics (in order, with their codes and
 * data) and the same Plan.
 */
import fc from 'fast-check';
import { AstUtils, isAstNode, isReference, URI, type AstNode, type LangiumDocument, type Reference } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { checkPlanTexts } from '../../src/language/load-plans.js';
import { documentPreview } from '../../src/language/requests.js';
import { HEADER, services } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { checkProperty, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from '../robustness/fuzz-settings.js';
import { loadExamples, mutate, mutationArbitrary } from '../robustness/mutations.js';
import { planText } from '../robustness/plan-arbitrary.js';
import { cancelledAfter, typeInto } from '../type-into.js';

loadBuiltinDrills();

const examples = loadExamples(services);

/** A syntax tree as plain data: each node's type, its place and its properties; a reference as its text. */
function shape(node: AstNode): unknown {
    const cst = node.$cstNode;
    const out: Record<string, unknown> = { $type: node.$type, $at: cst ? `${cst.offset}+${cst.length} ${JSON.stringify(cst.range)}` : null };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        out[key] = Array.isArray(value) ? value.map(element => valueShape(element)) : valueShape(value);
    }
    return out;
}

function valueShape(value: unknown): unknown {
    return isAstNode(value) ? shape(value) : isReference(value) ? { $ref: value.$refText } : value;
}

/** What a parse of the whole text gives for the editor's text, and what the editor's own parse gave. */
function expectAsWholeParse(document: LangiumDocument): void {
    const text = document.textDocument.getText();
    const whole = services.Stride.parser.LangiumParser.parse(text);
    const mine = document.parseResult;
    expect(shape(mine.value)).toEqual(shape(whole.value));
    expect(mine.lexerErrors.map(error => `${error.offset} ${error.line}:${error.column} ${error.message}`))
        .toEqual(whole.lexerErrors.map(error => `${error.offset} ${error.line}:${error.column} ${error.message}`));
    expect(mine.parserErrors.map(error => `${error.token.startOffset} ${error.token.startLine} ${error.message}`))
        .toEqual(whole.parserErrors.map(error => `${error.token.startOffset} ${error.token.startLine} ${error.message}`));
    expect(mine.value.$cstNode?.root.fullText).toBe(text);
}

/** Every reference of a document in order: its name and what it links to (a node and its place, in this plan or the built-in drills), or its error. */
function links(document: LangiumDocument): string[] {
    return document.references.map(reference => {
        const { $refText, ref, error } = reference as Reference;
        if (!ref) return `${$refText} -> ${error?.message}`;
        const home = AstUtils.getDocument(ref) === document ? 'here' : AstUtils.getDocument(ref).uri.toString();
        return `${$refText} -> ${ref.$type} ${home} ${ref.$cstNode?.offset}`;
    });
}

/** Diagnostics in order, with all they carry. */
function described(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(({ range, severity, code, message, data, tags }) => JSON.stringify({ range, severity, code, message, data, tags }));
}

interface TypedState {
    readonly text: string;
    readonly links: string[];
    readonly diagnostics: string[];
    readonly plan: unknown;
    /** What the editor asks for after each edit: highlighting, the outline, the folds and the preview. */
    readonly editor: unknown;
}

async function editorView(document: LangiumDocument): Promise<unknown> {
    const { lsp } = services.Stride;
    const textDocument = { uri: document.uri.toString() };
    return {
        tokens: (await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument })).data,
        symbols: await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }),
        folds: await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }),
        preview: structuredClone((await documentPreview(services.Stride, document)).model),
    };
}

const FRESH = 'file:///incremental-parse/fresh.stride';

/** The links, diagnostics and Plan the editor has, against those of the same text checked from scratch. */
async function expectAsFromScratch(typed: readonly TypedState[]): Promise<void> {
    for (const state of typed) {
        const [fresh] = await checkPlanTexts(services, [{ uri: FRESH, text: state.text }]);
        const freshDocument = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(FRESH))!;
        expect(state.links).toEqual(links(freshDocument));
        expect(state.editor).toEqual(await editorView(freshDocument));
        expect(state.diagnostics).toEqual(described(fresh.diagnostics));
        expect(state.plan).toEqual(fresh.plan);
    }
}

/** Types the texts one after another; `cutShort` (by the text's index) cuts builds short, as a newer edit does. */
async function typeAndCompare(texts: readonly string[], cutShort?: (index: number) => ReturnType<typeof cancelledAfter> | undefined): Promise<void> {
    const typed: TypedState[] = [];
    await typeInto(texts, async document => {
        expectAsWholeParse(document);
        typed.push({
            editor: await editorView(document),
            text: document.textDocument.getText(),
            links: links(document),
            diagnostics: described(document.diagnostics ?? []),
            // The Plan as it is now: its ranges move with the text of later edits.
            plan: structuredClone(services.Stride.plan.PlanProvider.planOf(document)),
        });
    }, cutShort);
    await expectAsFromScratch(typed);
}

const PLAN = `${HEADER}
// A comment before the sessions
session speed-day "Speed" speed {
  4 x 60m sprint rest 3min
}
/* a block comment
week 9 { tue run 1km }
*/
week 1 {
  tue speed-day
  thu run 8km @easy
}
week 2 = week 1 +10%
weeks 3-4 = weeks 1-2 +5%
`;

describe('the editor\'s parse is the parse of the whole text', () => {
    test('when a week changes, a line is added above it, a brace goes missing and comes back, and a header appears late', async () => {
        await typeAndCompare([
            PLAN,
            PLAN.replace('thu run 8km', 'thu run 9km'),
            PLAN.replace('week 1 {', '// a new line\nweek 1 {'),
            PLAN.replace('  4 x 60m sprint rest 3min\n}', '  4 x 60m sprint rest 3min\n'),
            PLAN,
            PLAN.replace('week 2 = week 1 +10%', 'week 2 =\nweek 1 +10%'),
            PLAN.replace('weeks 3-4', 'plan "Again"\nweeks 3-4'),
            PLAN.replace('*/\n', ''),
            '',
            PLAN,
            // Errors of the lexer's own limits and stray characters, in two blocks.
            PLAN.replace('4 x 60m sprint rest 3min', `${'2 x { '.repeat(17)}1km${' }'.repeat(17)}`).replace('weeks 3-4 = weeks 1-2 +5%', 'weeks 3-4 = weeks 1-2 +5% §'),
        ]);
    });

    test('when a declaration comes or goes, the references to its name and those that found nothing link again', async () => {
        const drill = 'drill hill-dash "Hill dash" sprint in distance\n// A comment before the sessions';
        const unknown = PLAN.replace('thu run 8km @easy', 'thu run 8km @easy 3 x 60m hill-dsh');
        const known = PLAN.replace('thu run 8km @easy', 'thu run 8km @easy 3 x 60m hill-dash');
        await typeAndCompare([
            unknown,
            unknown.replace('// A comment before the sessions', drill),
            known.replace('// A comment before the sessions', drill),
            known,
            PLAN.replace('session speed-day', 'session speed-days'),
            PLAN,
        ]);
    });

    test('when the header changes, or a declaration with something to say moves, its checks run again', async () => {
        const lifting = `${PLAN}week 5 {\n  fri strength { 5x5 back-squat @75% }\n}\n`;
        const withOneRepMax = lifting.replace('  max-speed 8 m/s', '  max-speed 8 m/s\n  1rm back-squat 120 kg');
        const twoMondays = PLAN.replace('  tue speed-day', '  mon run 5km\n  tue speed-day\n  mon run 3km');
        await typeAndCompare([
            withOneRepMax,
            lifting,
            withOneRepMax,
            twoMondays,
            twoMondays.replace('// A comment before the sessions', '// A comment\n// before the sessions'),
        ]);
    });

    test('when a drill a kept week uses changes, or the weeks\' dates move, the week\'s checks run again', async () => {
        const inDistance = `${HEADER}drill hill-dash "Hill dash" sprint in distance\nweek 1 {\n  tue run 3 x 60m hill-dash\n}\n`;
        const raced = `plan "Raced"\n  race 2027-06-06\nweek 1 {\n  2027-02-09 run 5km\n}\n`;
        await typeAndCompare([
            inDistance,
            inDistance.replace('in distance', 'in time'),
            inDistance,
            raced,
            `${raced}week 4 { mon run 3km }\n`,
            `${raced}week 20 { mon run 3km }\n`,
        ]);
    });

    test('when the week a chain of derived weeks starts from changes, a round added down the chain is checked again', async () => {
        const chain = `${HEADER}week 1 {\n  tue circuit 2 rounds { 10 pogo-jump }\n}\nweek 2 = week 1 +5%\nweek 3 = week 2 +1 round\n`;
        await typeAndCompare([chain, chain.replace('circuit 2 rounds { 10 pogo-jump }', 'run 5km'), chain]);
    });

    test('for the examples, edited one mutation after another', async () => {
        const typing = fc.tuple(fc.constantFrom(...examples), fc.array(mutationArbitrary(examples), { minLength: 1, maxLength: 5 }));
        await checkProperty('examples typed into, parsed by block', typing, ([example, mutations]) =>
            typeAndCompare([mutate(example, []), ...mutations.map((_, index) => mutate(example, mutations.slice(0, index + 1)))]), Math.ceil(PROPERTY_RUNS * 0.2));
    }, PROPERTY_TIMEOUT_MS);

    test('for the examples, with builds cut short anywhere by the next edit', async () => {
        // Each edit's build but the last is cut short after the build has looked at its token so
        // many times: in the parse, the link, the validation, or not at all.
        const step = fc.tuple(mutationArbitrary(examples), fc.option(fc.nat(300), { nil: undefined }));
        const typing = fc.tuple(fc.constantFrom(...examples), fc.array(step, { minLength: 1, maxLength: 5 }));
        await checkProperty('examples typed into, builds cut short', typing, ([example, steps]) => {
            const mutations = steps.map(([mutation]) => mutation);
            const texts = [mutate(example, []), ...mutations.map((_, index) => mutate(example, mutations.slice(0, index + 1)))];
            return typeAndCompare(texts, index => {
                const looks = steps[index]?.[1];
                return index < texts.length - 1 && looks !== undefined ? cancelledAfter(looks) : undefined;
            });
        }, Math.ceil(PROPERTY_RUNS * 0.2));
    }, PROPERTY_TIMEOUT_MS);

    test('for generated plans, edited at random places', async () => {
        const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.nat(30), fc.constantFrom('', '\n', '}', '{', 'week 7 {', 'x', '\n\n', '/*', '*/', '"'));
        const typing = fc.tuple(planText, fc.array(edit, { minLength: 1, maxLength: 5 }));
        await checkProperty('generated plans typed into, parsed by block', typing, ([text, edits]) => {
            const texts = [text];
            for (const [at, remove, insert] of edits) {
                const previous = texts[texts.length - 1];
                const start = Math.floor(at * previous.length);
                texts.push(previous.slice(0, start) + insert + previous.slice(start + remove));
            }
            return typeAndCompare(texts);
        }, Math.ceil(PROPERTY_RUNS * 0.2));
    }, PROPERTY_TIMEOUT_MS);
});
