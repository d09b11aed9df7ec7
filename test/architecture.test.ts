/**
 * The invariants of ARCHITECTURE.md, checked: which folder may import what (read from the
 * sources' import statements), and the grammar's keyword lists against the TypeScript unions
 * and tables that the Plan, the drills and completion keep of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import type { GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { KIND_DEFAULTS, type DrillKind, type Measure } from '../src/drills/index.js';
import type {
    DistanceUnit, DrillKind as GrammarDrillKind, MassUnit, Measure as GrammarMeasure, SessionKind as GrammarSessionKind,
    SpeedUnit, TimeUnit, Weekday as GrammarWeekday,
} from '../src/language/generated/ast.js';
import { StrideGrammar } from '../src/language/generated/grammar.js';
import { UNIT_WORDS } from '../src/language/lsp/completion.js';
import { SESSION_KIND_NAMES } from '../src/plan/format.js';
import { WEEKDAYS, type SessionKind, type Weekday } from '../src/plan/model.js';
import { KG_PER_UNIT, METRES_PER_SECOND_PER_UNIT, METRES_PER_UNIT, SECONDS_PER_UNIT } from '../src/plan/units.js';

const SRC = join(import.meta.dirname, '..', 'src');

interface Import {
    /** The folder of src/ the importing file is in, and the file. */
    readonly folder: string;
    readonly file: string;
    /** A package, or a file of src/ as a path from src/. */
    readonly target: string;
    readonly local: boolean;
    /** `import('...')`: loaded when the code runs there, not with the file. */
    readonly dynamic: boolean;
}

/** Every import of every source file (the generated code aside). */
function imports(): Import[] {
    const found: Import[] = [];
    for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts') || file.includes('generated/')) continue;
        const text = readFileSync(join(SRC, file), 'utf8');
        for (const match of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|\bimport\('([^']+)'\)/gm)) {
            const specifier = match[1] ?? match[2];
            const local = specifier.startsWith('.');
            const target = local ? relative(SRC, normalize(join(SRC, dirname(file), specifier))) : specifier;
            found.push({ folder: file.split('/')[0], file, target, local, dynamic: match[2] !== undefined });
        }
    }
    return found;
}

/** The folders of src/ each folder may import from, besides itself: each layer points only down. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
    drills: [],
    plan: ['drills'],
    rules: ['plan', 'drills'],
    export: ['plan', 'drills'],
    preview: ['plan', 'rules', 'drills'],
    protocol: ['plan', 'preview'],
    language: ['plan', 'rules', 'drills', 'preview', 'protocol', 'export'],
    cli: ['language', 'plan', 'rules', 'drills', 'preview', 'export'],
    extension: ['protocol', 'preview', 'export', 'plan', 'drills'],
};

function isLangium(target: string): boolean {
    return /^(langium|chevrotain)(\/|$)/.test(target) || target.startsWith('language/generated/');
}

describe('the layers of src/', () => {
    const all = imports();

    test('are read: every folder is known, and there are imports to check', () => {
        expect(all.length).toBeGreaterThan(300);
        expect([...new Set(all.map(entry => entry.folder))].filter(folder => !(folder in MAY_IMPORT))).toEqual([]);
    });

    test('only src/extension imports vscode', () => {
        expect(all.filter(entry => entry.target === 'vscode' && entry.folder !== 'extension').map(entry => entry.file)).toEqual([]);
    });

    test('only src/language knows Langium and the AST it generates', () => {
        expect(all.filter(entry => isLangium(entry.target) && entry.folder !== 'language').map(entry => `${entry.file} imports ${entry.target}`)).toEqual([]);
    });

    test('each folder imports only the folders below it', () => {
        const upward = all.filter(entry => {
            const folder = entry.target.split('/')[0];
            return entry.local && folder !== entry.folder && !MAY_IMPORT[entry.folder].includes(folder);
        });
        expect(upward.map(entry => `${entry.file} imports ${entry.target}`)).toEqual([]);
    });
});

/** The files of src/ (as `cli/main.ts`) and the packages that loading `entry` loads: its static imports, followed. */
function loadedWith(entry: string, all: readonly Import[]): Set<string> {
    const loaded = new Set([entry]);
    for (const file of loaded) {
        for (const { target, local } of all.filter(entry => entry.file === file && !entry.dynamic)) {
            loaded.add(local ? target.replace(/\.js$/, '.ts') : target);
        }
    }
    return loaded;
}

describe('the command line', () => {
    test('loads the calendar exporter and the preview page only for the commands that need them', () => {
        const loaded = loadedWith('cli/main.ts', imports());
        expect(loaded.has('language/load-plans.ts')).toBe(true);
        expect(['ical-generator', 'export/ical.ts', 'cli/export.ts', 'preview/standalone.ts', 'cli/preview.ts'].filter(file => loaded.has(file))).toEqual([]);
    });
});

/** The keywords a rule of the grammar chooses between, such as SessionKind's `run | speed | ...`. */
function keywordsOf(rule: string): string[] {
    const found = StrideGrammar().rules.find(candidate => candidate.name === rule) as GrammarAST.ParserRule | undefined;
    expect(found, `the grammar has ${rule}`).toBeDefined();
    const keywords: string[] = [];
    const visit = (element: GrammarAST.AbstractElement): void => {
        if (element.$type === 'Keyword') keywords.push((element as GrammarAST.Keyword).value);
        else if (element.$type === 'RuleCall') keywords.push(...keywordsOf((element as GrammarAST.RuleCall).rule.ref!.name));
        else if (element.$type === 'Alternatives') (element as GrammarAST.Alternatives).elements.forEach(visit);
    };
    visit(found!.definition);
    return keywords.sort();
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** Two types that hold the same values; `true` only then. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('the grammar\'s keyword lists', () => {
    test('are the unions of the Plan and the drills, as types', () => {
        // Checked by tsc (npm run typecheck): a keyword added to the grammar alone makes one of these false.
        const agree: [Same<GrammarSessionKind, SessionKind>, Same<GrammarDrillKind, DrillKind>, Same<GrammarWeekday, Weekday>, Same<GrammarMeasure, Measure>] = [true, true, true, true];
        expect(agree).toEqual([true, true, true, true]);
    });

    test('are the tables that name and count them', () => {
        expect(keywordsOf('SessionKind')).toEqual(sorted(Object.keys(SESSION_KIND_NAMES)));
        expect(keywordsOf('DrillKind')).toEqual(sorted(Object.keys(KIND_DEFAULTS)));
        expect(keywordsOf('Weekday')).toEqual(sorted(WEEKDAYS));
        expect(keywordsOf('DistanceUnit')).toEqual(sorted(Object.keys(METRES_PER_UNIT)));
        expect(keywordsOf('TimeUnit')).toEqual(sorted(Object.keys(SECONDS_PER_UNIT)));
        expect(keywordsOf('MassUnit')).toEqual(sorted(Object.keys(KG_PER_UNIT)));
        expect(keywordsOf('SpeedUnit')).toEqual(sorted(Object.keys(METRES_PER_SECOND_PER_UNIT)));
        const units: Array<DistanceUnit | TimeUnit | MassUnit | SpeedUnit> = [...keywordsOf('Unit'), ...keywordsOf('MassUnit'), ...keywordsOf('SpeedUnit')] as never;
        expect(sorted(units)).toEqual(sorted(Object.keys(UNIT_WORDS)));
    });
});
