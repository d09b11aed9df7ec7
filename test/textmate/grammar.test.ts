/**
 * The TextMate grammar, as VS Code colours a plan with it before the language server's semantic
 * tokens arrive: every keyword of the Langium grammar is coloured on its own and never inside a
 * hyphenated name (`long-run`, `flying-sprint`, `in-and-out`), and the examples read with the
 * scopes a theme colours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { StrideGrammar } from '../../src/language/generated/grammar.js';
import { tokenise, type Token } from './tokenise.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.stride')).sort();

/** Every keyword that is a word (`run`, `each-leg`, `1rm`, `m/s`), from the parser's own grammar. */
const words = [...new Set(StrideGrammar().rules
    .filter(GrammarAST.isParserRule)
    .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray()))]
    .filter(keyword => /[a-z]/i.test(keyword))
    .sort();

/** A token as `text=scope`, its innermost scope without `.stride`; a name or sign with no scope is its text, trimmed. */
function shown(token: Token): string {
    const innermost = token.scopes.at(-1);
    return innermost === undefined ? token.text.trim() : `${token.text}=${innermost.replace(/\.stride$/, '')}`;
}

async function shownLines(text: string): Promise<string[][]> {
    return (await tokenise(text)).map(line => line.map(shown));
}

/** The one line of an example that holds `snippet`, as its tokens are shown. */
async function exampleLine(example: string, snippet: string): Promise<string[]> {
    const text = readFileSync(join(EXAMPLES, example), 'utf8');
    const index = text.split('\n').findIndex(line => line.includes(snippet));
    expect(index, `${example} has "${snippet}"`).toBeGreaterThanOrEqual(0);
    return (await shownLines(text))[index]!;
}

describe('keywords', () => {
    test('the grammar has the words this test goes through', () => {
        expect(words).toEqual(expect.arrayContaining(['run', 'sprint', 'in', 'x', 'each-leg', 'sprint-drill', '1rm', 'm/s', 'km']));
    });

    test.each(words)('"%s" alone is a keyword', async word => {
        const [tokens] = await tokenise(`  ${word}`);
        expect(tokens).toHaveLength(1);
        expect(tokens![0]).toMatchObject({ text: word, scopes: [expect.stringMatching(/^keyword\./)] });
    });

    test.each(words.filter(word => !word.includes('/')))('"%s" is never coloured inside a hyphenated name', async word => {
        const [tokens] = await shownLines(`  3 x 8 long-${word} ${word}-hop bound-${word}-up @easy`);
        expect(tokens).toEqual(['3=constant.numeric', 'x=keyword.operator.times', '8=constant.numeric',
            `long-${word}`, `${word}-hop`, `bound-${word}-up`, '@=punctuation.definition.decorator', 'easy=entity.name.function.decorator.intensity']);
    });
});

describe('the examples', () => {
    test.each(examples)('%s: no keyword touches a letter, digit or hyphen of a name', async example => {
        const lines = readFileSync(join(EXAMPLES, example), 'utf8').split('\n');
        const tokens = await tokenise(lines.join('\n'));
        const touching = tokens.flatMap((line, index) => line
            .filter(token => token.scopes.some(scope => scope.startsWith('keyword.')))
            .filter(token => {
                const before = lines[index]![token.start - 1] ?? ' ';
                const after = lines[index]![token.start + token.text.length] ?? ' ';
                // A unit follows its number: `60m`, `4:00/km`.
                const unit = token.scopes.some(scope => scope.startsWith('keyword.other.unit'));
                return (unit ? /[A-Za-z_-]/ : /[\w-]/).test(before) || /[\w-]/.test(after);
            })
            .map(token => `${index + 1}:${token.start + 1} ${token.text}`));
        expect(touching).toEqual([]);
    });

    test.each(examples)('%s: every hyphenated word is inside one token', async example => {
        const lines = readFileSync(join(EXAMPLES, example), 'utf8').split('\n');
        const tokens = await tokenise(lines.join('\n'));
        const split = lines.flatMap((line, index) => [...line.matchAll(/(?<![\w-])[A-Za-z_]\w*(?:-\w+)+/g)]
            .filter(word => !tokens[index]!.some(token => token.start <= word.index && word.index + word[0].length <= token.start + token.text.length))
            .map(word => `${index + 1}:${word.index + 1} ${word[0]}`));
        expect(split).toEqual([]);
    });

    test('a sprint set: count, times sign, distance and unit, drill, target time, rest', async () => {
        expect(await exampleLine('speed-day.stride', '4 x 60m sprint in 7.3s rest 7min')).toEqual([
            '4=constant.numeric', 'x=keyword.operator.times', '60=constant.numeric', 'm=keyword.other.unit', 'sprint=keyword.other',
            'in=keyword.other', '7.3=constant.numeric', 's=keyword.other.unit', 'rest=keyword.other', '7=constant.numeric', 'min=keyword.other.unit',
        ]);
    });

    test('flying-sprint, in-and-out and long-run are names, whole', async () => {
        expect(await exampleLine('speed-day.stride', '4 x 30m flying-sprint in 3.6s')).toEqual([
            '4=constant.numeric', 'x=keyword.operator.times', '30=constant.numeric', 'm=keyword.other.unit', 'flying-sprint',
            'in=keyword.other', '3.6=constant.numeric', 's=keyword.other.unit', 'rest=keyword.other', '6=constant.numeric', 'min=keyword.other.unit',
        ]);
        expect(await exampleLine('speed-day.stride', '3 x in-and-out (')).toContain('in-and-out');
        expect(await exampleLine('speed-day.stride', '17km long-run')).toEqual([
            'sun=keyword.other.weekday', 'run=keyword.other', '"=string.quoted.double', 'Long run=string.quoted.double', '"=string.quoted.double',
            '17=constant.numeric', 'km=keyword.other.unit', 'long-run', '@=punctuation.definition.decorator', 'easy=entity.name.function.decorator.intensity',
        ]);
        expect(await exampleLine('speed-block.stride', '3 x 3 box-jump')).toContain('box-jump');
    });

    test('the header: dates, paces, speeds and one-rep maxes, with their comments', async () => {
        expect(await exampleLine('speed-day.stride', 'start 2027-03-01')).toEqual([
            'start=keyword.other', '2027-03-01=constant.numeric.date', '//=punctuation.definition.comment', ' a Monday=comment.line.double-slash',
        ]);
        expect(await exampleLine('speed-day.stride', 'pace 10k')).toEqual([
            'pace=keyword.other', '10k=variable.other.constant.pace', '4:00=constant.numeric.time', '/', 'km=keyword.other.unit',
        ]);
        expect(await exampleLine('speed-day.stride', 'max-speed')).toEqual(['max-speed=keyword.other', '8.6=constant.numeric', 'm/s=keyword.other.unit']);
        expect(await exampleLine('speed-block.stride', '1rm back-squat')).toEqual(['1rm=keyword.other', 'back-squat', '355=constant.numeric', 'lb=keyword.other.unit']);
    });

    test('declarations name their drill, session or pace', async () => {
        expect(await exampleLine('mobility.stride', 'drill hip-airplane')).toEqual([
            'drill=keyword.other', 'hip-airplane=entity.name.function.drill', '"=string.quoted.double', 'Hip airplane=string.quoted.double', '"=string.quoted.double',
            'mobility=keyword.other', 'in=keyword.other', 'reps=keyword.other', ',', 'time=keyword.other', 'rep=keyword.other', '8=constant.numeric', 's=keyword.other.unit', 'unilateral=keyword.other',
        ]);
        expect((await exampleLine('speed-day.stride', 'session speed-day')).slice(0, 2)).toEqual(['session=keyword.other', 'speed-day=entity.name.type.class.session']);
    });

    test('days, times of day, RPE, zones and derived weeks', async () => {
        expect(await exampleLine('speed-day.stride', 'tue 06:30 speed-day')).toEqual(['tue=keyword.other.weekday', '06:30=constant.numeric.time', 'speed-day']);
        expect((await exampleLine('speed-day.stride', 'thu run 10km @Z2')).slice(0, 6)).toEqual([
            'thu=keyword.other.weekday', 'run=keyword.other', '10=constant.numeric', 'km=keyword.other.unit', '@=punctuation.definition.decorator', 'Z2=entity.name.function.decorator.intensity',
        ]);
        expect(await exampleLine('speed-block.stride', '3 x 6 lunge each-leg @RPE7')).toEqual([
            '3=constant.numeric', 'x=keyword.operator.times', '6=constant.numeric', 'lunge', 'each-leg=keyword.other',
            '@=punctuation.definition.decorator', 'RPE7=entity.name.function.decorator.intensity', 'rest=keyword.other', '90=constant.numeric', 's=keyword.other.unit',
        ]);
        expect(await exampleLine('speed-day.stride', 'week 2 = week 1 +5%')).toEqual([
            'week=keyword.other', '2=constant.numeric', '=', 'week=keyword.other', '1=constant.numeric', '+5=constant.numeric', '%=keyword.other.unit.percent',
        ]);
        expect(await exampleLine('speed-block.stride', 'weeks 5-7 "Build"')).toEqual([
            'weeks=keyword.other', '5=constant.numeric', '-', '7=constant.numeric', '"=string.quoted.double', 'Build=string.quoted.double', '"=string.quoted.double',
            '=', 'weeks=keyword.other', '1=constant.numeric', '-', '3=constant.numeric', '+5=constant.numeric', '%=keyword.other.unit.percent',
        ]);
    });
});

describe('comments and strings', () => {
    test('a block comment spans lines, and what follows it is read again', async () => {
        expect(await shownLines('/* run 8km\n   sprint */ week 1 {')).toEqual([
            ['/*=punctuation.definition.comment', ' run 8km=comment.block'],
            ['   sprint =comment.block', '*/=punctuation.definition.comment', 'week=keyword.other', '1=constant.numeric', '{'],
        ]);
    });

    test('an unclosed string ends with its line', async () => {
        expect(await shownLines('plan "Unclosed\n  start 2027-01-04')).toEqual([
            ['plan=keyword.other', '"=string.quoted.double', 'Unclosed=string.quoted.double'],
            ['start=keyword.other', '2027-01-04=constant.numeric.date'],
        ]);
    });

    test('an escaped quote stays inside its string', async () => {
        expect(await shownLines('  tue run "The \\"long\\" one" 8km')).toEqual([[
            'tue=keyword.other.weekday', 'run=keyword.other', '"=string.quoted.double', 'The =string.quoted.double', '\\"=constant.character.escape',
            'long=string.quoted.double', '\\"=constant.character.escape', ' one=string.quoted.double', '"=string.quoted.double', '8=constant.numeric', 'km=keyword.other.unit',
        ]]);
    });
});
