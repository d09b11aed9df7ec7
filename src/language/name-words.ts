/**
 * The words of the language that may be names, read from the grammar's name rules: a drill
 * or a pace may be any word of `Name`, a session any word of `SessionName`; every other word
 * of the language is never a name. Parser messages and docs/language.md's list follow these.
 */
import { AstUtils, GrammarAST, type Grammar } from 'langium';

export interface NameWords {
    /** Words that may name a drill, an alias, a pace or a session. */
    readonly names: ReadonlySet<string>;
    /** Words that may name a session and nothing else. */
    readonly sessionOnly: ReadonlySet<string>;
    /** Words of the language that are never a name. */
    readonly reserved: ReadonlySet<string>;
}

const cache = new WeakMap<Grammar, NameWords>();

export function nameWords(grammar: Grammar): NameWords {
    let words = cache.get(grammar);
    if (!words) {
        const names = keywordsOf(grammar, 'Name');
        const sessionNames = keywordsOf(grammar, 'SessionName');
        const all = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(isWord));
        words = {
            names,
            sessionOnly: new Set([...sessionNames].filter(word => !names.has(word))),
            reserved: new Set([...all].filter(word => !sessionNames.has(word))),
        };
        cache.set(grammar, words);
    }
    return words;
}

/** A keyword made of letters (`rest`, `each-leg`, `m/s`), not punctuation (`{`, `%`). */
function isWord(keyword: string): boolean {
    return /[a-z]/i.test(keyword);
}

/** The keywords a rule of the grammar may read, through the rules it calls. */
function keywordsOf(grammar: Grammar, ruleName: string, seen = new Set<string>()): Set<string> {
    const words = new Set<string>();
    const rule = grammar.rules.find(candidate => candidate.name === ruleName);
    if (!rule || seen.has(ruleName)) {
        return words;
    }
    seen.add(ruleName);
    for (const node of AstUtils.streamAllContents(rule)) {
        if (GrammarAST.isKeyword(node)) {
            words.add(node.value);
        } else if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref)) {
            keywordsOf(grammar, node.rule.ref.name, seen).forEach(word => words.add(word));
        }
    }
    return words;
}
