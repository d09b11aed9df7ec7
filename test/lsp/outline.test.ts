/** The outline (plan > weeks > days > sessions), folding, and workspace symbols. */
import { readdirSync, readFileSync } from 'node:fs';
import { URI, type AstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { checkPlan, services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const symbols = expectSymbols(services.Stride);
const foldings = expectFoldings(services.Stride);
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

loadBuiltinDrills();

const PLAN = `plan "Speed"
  start 2027-01-04
  pace easy 6:00/km
drill hill-bound "Hill bound" plyometric
session speed-day "Speed day" speed {
  4 x 60m sprint
}
week 1 "Base" {
  mon rest "walk"
  tue 07:00 speed-day and 17:30 strength "Gym" {
    3 x 5 back-squat
  }
  wed run 8km @easy
}
week 2 = week 1 +5%
weeks 3-4 "Build" = weeks 1-2 +5%
`;

/** A symbol and its children as indented lines: `name (detail)`. */
function outline(symbol: DocumentSymbol, depth = 0): string[] {
    const line = `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`;
    return [line, ...(symbol.children ?? []).flatMap(child => outline(child, depth + 1))];
}

describe('the outline', () => {
    test('the plan holds its paces, drills, sessions and weeks; weeks hold days, days hold sessions', async () => {
        await symbols({
            text: PLAN,
            disposeAfterCheck: true,
            symbolToString: symbol => outline(symbol).join('\n'),
            expectedSymbols: [[
                'Speed',
                '  easy (6:00/km)',
                '  hill-bound (Hill bound)',
                '  speed-day (Speed day)',
                '  week 1 (Base)',
                '    mon (rest walk)',
                '    tue',
                '      speed-day (07:00)',
                '      strength (17:30 Gym)',
                '    wed',
                '      run',
                '  week 2 (= week 1 +5%)',
                '  weeks 3-4 (Build = weeks 1-2 +5%)',
            ].join('\n')],
        });
    });

    test('each kind of thing has its own symbol kind, selected by its name', async () => {
        await symbols({
            text: PLAN,
            disposeAfterCheck: true,
            assert: found => {
                const plan = found[0];
                expect(plan.kind).toBe(SymbolKind.Module);
                expect(plan.children!.map(child => child.kind)).toEqual([
                    SymbolKind.Constant, SymbolKind.Function, SymbolKind.Class, SymbolKind.Namespace, SymbolKind.Namespace, SymbolKind.Namespace,
                ]);
                const week = plan.children![3];
                // `week 1 "Base" {` is line 8 (index 7); the number is at character 5.
                expect(week.selectionRange).toEqual({ start: { line: 7, character: 5 }, end: { line: 7, character: 6 } });
                expect(week.children![1].kind).toBe(SymbolKind.Object);
                expect(week.children![1].children![0].kind).toBe(SymbolKind.Event);
            },
        });
    });
});

describe('folding', () => {
    test('the header, weeks, sessions and the blocks in them', async () => {
        await foldings({
            // A fold ends on the last line before a closing brace, which stays visible.
            text: `<|plan "Speed"
  start 2027-01-04
  pace easy 6:00/km|>
<|session speed-day speed {
  <|warmup {
    10min @easy|>
  }
  4 x 60m sprint|>
}
<|week 1 {
  tue speed-day
  wed <|strength {
    3 x 5 back-squat|>
  }|>
}
week 2 = week 1`,
            disposeAfterCheck: true,
        });
    });
});

describe('folding block comments', () => {
    test('a comment over three lines or more folds; a `/*` in a string or after `//` does not', async () => {
        await foldings({
            // Like a block's, a comment's fold leaves its last line visible.
            text: `plan "Folds /* not a comment"
  start 2027-01-04
// nor this /*
<|/* A comment
   over three|>
   lines */
/* two
   lines */
week 1 { tue run 5km }`,
            disposeAfterCheck: true,
        });
    });
});

/** Langium's folds with Stride's choice of nodes: a walk over every node and every token. */
class EveryNodeFolding extends DefaultFoldingRangeProvider {
    private readonly stride = services.Stride.lsp.FoldingRangeProvider as unknown as { shouldProcess(node: AstNode): boolean };

    protected override shouldProcess(node: AstNode): boolean {
        return this.stride.shouldProcess(node);
    }
}

test('the folds of every example are those a walk over every node and token finds', async () => {
    const folder = new URL('../../examples/', import.meta.url);
    const everyNode = new EveryNodeFolding(services.Stride);
    for (const name of readdirSync(folder).filter(file => file.endsWith('.stride'))) {
        const text = readFileSync(new URL(name, folder), 'utf8');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///folding/${name}`));
        const params = { textDocument: { uri: document.uri.toString() } };
        const folds = await services.Stride.lsp.FoldingRangeProvider!.getFoldingRanges(document, params);
        const expected = await everyNode.getFoldingRanges(document, params);
        const order = (a: { startLine: number; endLine: number }, b: { startLine: number; endLine: number }) => a.startLine - b.startLine || a.endLine - b.endLine;
        expect(folds.length, name).toBeGreaterThan(0);
        expect([...folds].sort(order), name).toEqual([...expected].sort(order));
    }
});

describe('workspace symbols', () => {
    test('the names of every plan: paces, drills, sessions and weeks, found fuzzily', async () => {
        await checkPlan(PLAN);
        await workspaceSymbols({
            query: 'sp',
            // `sp`: Speed (the plan) and speed-day; easy, hill-bound and the weeks do not start with s.
            expectedSymbols: ['Speed', 'speed-day'],
        });
        await workspaceSymbols({
            query: 'week',
            assert: found => expect(found.map(symbol => `${symbol.name} in ${symbol.containerName}`)).toEqual(['week 1 in Speed', 'week 2 in Speed', 'weeks 3-4 in Speed']),
        });
    });
});
