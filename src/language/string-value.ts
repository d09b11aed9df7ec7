/**
 * Quoted text as the plan means it: `\"`, `\\`, `\n`, `\t` and `\u0041` (or `\u{1F3C3}`) are
 * what they say, and a line break in the text, with the indentation after it, is one line
 * break, so that a note written over several lines reads the same however it is indented.
 */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const ESCAPE = /\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|[\s\S])/g;
/** Those of a JavaScript string, as Langium reads them: `\n` and `\t` are the ones a note needs. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
    '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0',
};

/** The text of a STRING token (quotes included) as the plan means it. */
export function stringValue(token: string): string {
    const inner = token.slice(1, -1).replace(/[ \t]*\r?\n[ \t]*/g, '\n');
    return inner.replace(ESCAPE, (whole, escape: string) => {
        if (escape.length > 1) {
            const code = codePointOf(whole);
            return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
        }
        return SIMPLE_ESCAPES[escape] ?? whole;
    });
}

/** The escapes in a STRING token that the language does not have (`\q`, `\u12`), as written. */
export function unknownEscapes(token: string): string[] {
    return [...token.slice(1, -1).matchAll(ESCAPE)]
        .map(match => match[0])
        .filter(escape => (escape.length === 2 ? !(escape[1] in SIMPLE_ESCAPES) : codePointOf(escape) > MAX_CODE_POINT));
}

const MAX_CODE_POINT = 0x10ffff;

/** `\u0041` and `\u{1F3C3}` as numbers. */
function codePointOf(escape: string): number {
    return parseInt(escape.slice(2).replace(/[{}]/g, ''), 16);
}

export class StrideValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name === 'STRING' ? stringValue(input) : super.runConverter(rule, input, cstNode);
    }
}
