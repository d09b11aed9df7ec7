#!/usr/bin/env node
// Writes syntaxes/stride.tmLanguage.json, the TextMate grammar that colours a plan before the
// language server's semantic tokens arrive, from the Langium grammar (src/language/stride.langium):
// its keywords, rule by rule, and its terminals' regular expressions, so that the two cannot
// disagree. `npm run build` and `npm run bundle` run it after `langium generate`.
//
// Langium's own TextMate output fences keywords with `\b`, which a hyphen satisfies: it coloured
// `run` inside `long-run`. Here a keyword matches only where no letter, digit, `_` or `-` touches
// it, and every name is read whole, so nothing inside a hyphenated drill name is a keyword.
// The scopes follow the semantic tokens (src/language/lsp/semantic-tokens.ts), so that colours
// do not change when those arrive: words are keywords, amounts and their units numbers, `x` an
// operator, an intensity (`@95%`) a decorator.
import fs from 'node:fs';
import path from 'node:path';
import { AstUtils, GrammarAST, GrammarUtils, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { NodeFileSystem } from 'langium/node';

const root = path.resolve(import.meta.dirname, '..');
const GRAMMAR = path.join(root, 'src', 'language', 'stride.langium');
const OUT = path.join(root, 'syntaxes', 'stride.tmLanguage.json');

/** The keywords of these datatype rules get their own scope; every other word of the grammar is `keyword.other`. */
const KEYWORD_SCOPES = [
    { rules: ['DistanceUnit', 'TimeUnit', 'MassUnit', 'SpeedUnit'], scope: 'keyword.other.unit.stride', afterDigits: true },
    { rules: ['Weekday'], scope: 'keyword.other.weekday.stride' },
];
/** What may not touch a keyword on either side: the characters of a name. */
const NAME_CHAR = '[\\w-]';

/** The Stride grammar, parsed and linked by Langium's own grammar services. */
async function loadGrammar() {
    const { shared } = createLangiumGrammarServices(NodeFileSystem);
    const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(GRAMMAR));
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1);
    if (errors.length > 0) {
        throw new Error(`${path.relative(root, GRAMMAR)}:${errors[0].range.start.line + 1}: ${errors[0].message}`);
    }
    return document.parseResult.value;
}

/** Every keyword written in these rules. */
function keywordsOf(rules) {
    return new Set(rules.flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray()));
}

/**
 * The terminal's regular expression (Oniguruma reads these as JavaScript does), its groups made
 * non-capturing so that the captures of the patterns around it keep their numbers.
 */
function terminal(grammar, name) {
    const rule = grammar.rules.find(candidate => GrammarAST.isTerminalRule(candidate) && candidate.name === name);
    if (!rule) {
        throw new Error(`${path.relative(root, GRAMMAR)} has no terminal ${name}`);
    }
    return nonCapturing(GrammarUtils.terminalRegex(rule).source);
}

/** `(` opens a capturing group unless escaped, inside a character class, or followed by `?`. */
function nonCapturing(source) {
    let result = '';
    let inClass = false;
    for (let at = 0; at < source.length; at++) {
        const char = source[at];
        if (char === '\\') {
            result += char + source[++at];
            continue;
        }
        if (char === '[') inClass = true;
        if (char === ']') inClass = false;
        result += char === '(' && !inClass && source[at + 1] !== '?' ? '(?:' : char;
    }
    return result;
}

/** An alternation that tries longer words first, so that `km/h` wins over `km` and `sprint-drill` over `sprint`. */
function alternation(words) {
    return [...words]
        .sort((a, b) => b.length - a.length || a.localeCompare(b))
        .map(word => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|');
}

/** The TextMate grammar of a plan, from the Langium grammar. */
function textMateGrammar(grammar) {
    const parserRules = grammar.rules.filter(GrammarAST.isParserRule);
    const rule = name => {
        const found = parserRules.find(candidate => candidate.name === name);
        if (!found) {
            throw new Error(`${path.relative(root, GRAMMAR)} has no rule ${name}`);
        }
        return found;
    };
    const words = [...keywordsOf(parserRules)].filter(keyword => /[a-z]/i.test(keyword));
    const categorised = new Set();
    const keywordPatterns = KEYWORD_SCOPES.map(({ rules, scope, afterDigits }) => {
        const keywords = [...keywordsOf(rules.map(rule))];
        keywords.forEach(keyword => categorised.add(keyword));
        // A unit follows its number (`60m`) or a slash (`4:20/km`), never a letter or hyphen.
        const before = afterDigits ? '(?<![A-Za-z_-])' : `(?<!${NAME_CHAR})`;
        return { name: scope, match: `${before}(?:${alternation(keywords)})(?!${NAME_CHAR})` };
    });
    const times = 'x';
    categorised.add(times);
    const otherWords = words.filter(keyword => !categorised.has(keyword));

    const [id, digitName, number, clock] = ['ID', 'DIGIT_NAME', 'NUMBER', 'CLOCK'].map(name => terminal(grammar, name));
    const distanceUnits = alternation(keywordsOf([rule('DistanceUnit')]));
    const massUnits = alternation(keywordsOf([rule('MassUnit')]));
    const name = `(?:${id})`;
    // Declarations first: at the same place, the first pattern listed wins over the keyword.
    const declaration = (keyword, scope, nameRegex = name) => ({
        match: `(?<!${NAME_CHAR})(${keyword})\\s+(${nameRegex})`,
        captures: { 1: { name: 'keyword.other.stride' }, 2: { name: scope } },
    });
    return {
        name: 'stride',
        scopeName: 'source.stride',
        fileTypes: ['stride'],
        patterns: [
            { include: '#comments' },
            {
                name: 'string.quoted.double.stride',
                // A string never spans lines (the STRING terminal): an unclosed one ends with its line.
                begin: '"',
                end: '"|(?=$)',
                patterns: [{ name: 'constant.character.escape.stride', match: '\\\\.' }],
            },
            {
                // `@easy`, `@10k`, `@4:20/km`, `@95%`, `@100kg`, `@RPE7`, `@Z2`, `@max`: one token from its `@`.
                name: 'entity.name.function.decorator.intensity.stride',
                match: `(@)\\s*(?:${terminal(grammar, 'RPE')}|${terminal(grammar, 'ZONE')}|${clock}\\s*/\\s*(?:${distanceUnits})|${number}\\s*(?:%|${massUnits})|${digitName}|${id})(?!${NAME_CHAR})`,
                captures: { 1: { name: 'punctuation.definition.decorator.stride' } },
            },
            declaration('drill', 'entity.name.function.drill.stride'),
            declaration('session', 'entity.name.type.class.session.stride'),
            declaration('pace', 'variable.other.constant.pace.stride', `${digitName}|${name}`),
            { name: 'constant.numeric.date.stride', match: terminal(grammar, 'DATE') },
            { name: 'constant.numeric.time.stride', match: clock },
            // A name that starts with digits (`10k`), read whole so that its digits are not a number.
            { match: digitName },
            { name: 'keyword.other.stride', match: `(?<!${NAME_CHAR})(?:${alternation(otherWords)})(?!${NAME_CHAR})` },
            ...keywordPatterns,
            // The times sign: `4 x 60m`, `5x5`, `3 x { ... }`.
            { name: 'keyword.operator.times.stride', match: `(?<![A-Za-z_-])${times}(?=\\d|(?!${NAME_CHAR}))` },
            {
                // `8.2`, `15%`, and a week's change, `+5%` (a sign only where no name or number touches it).
                name: 'constant.numeric.stride',
                match: `(?:(?<![\\w-])[+-])?${number}(%)?`,
                captures: { 1: { name: 'keyword.other.unit.percent.stride' } },
            },
            // Any other name, read whole: nothing inside `long-run` or `flying-sprint` is a keyword.
            { match: name },
        ],
        repository: {
            comments: {
                patterns: [
                    {
                        name: 'comment.block.stride',
                        begin: '/\\*',
                        end: '\\*/',
                        beginCaptures: { 0: { name: 'punctuation.definition.comment.stride' } },
                        endCaptures: { 0: { name: 'punctuation.definition.comment.stride' } },
                    },
                    {
                        name: 'comment.line.double-slash.stride',
                        begin: '//',
                        end: '(?=$)',
                        beginCaptures: { 0: { name: 'punctuation.definition.comment.stride' } },
                    },
                ],
            },
        },
    };
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(textMateGrammar(await loadGrammar()), null, 2) + '\n');
