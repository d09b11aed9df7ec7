/**
 * What a coach might paste, or a stranger might send: text that is markup, a calendar line,
 * control characters, right-to-left and emoji, very long; and numbers at and past the edges.
 */
import fc from 'fast-check';

/** Text that would do something if a preview, a hover or a calendar took it for more than text. */
export const HOSTILE_SNIPPETS = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '</script><svg onload=alert(1)>',
    '![tracker](https://example.com/pixel.png)',
    '[open](command:workbench.action.quit)',
    '\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged\nSUMMARY:forged',
    '\r\nDTSTART:19700101T000000Z',
    'semi; colon, comma \\ backslash',
    '\u202Egnp.exe\u202C right-to-left override',
    'مرحبا بالعداء',
    '🏃‍♀️💨 👩🏽‍🦰',
    'e\u0301 combining, \u200B zero width, \uFEFF byte order mark',
    '\u0000 NUL \u0007 bell \u001b[31m escape \u007f delete',
    '\u2028 line separator \u2029 paragraph separator \u0085 next line',
] as const;

/** Names and notes: mostly words, sometimes hostile snippets, random code points, or a 10,000-character line. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom('Base', 'Long run', 'Speed day', 'Deload', 'Hills', 'Easy, then strides') },
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10_000), `${'🏃 '.repeat(2_500)}end`) },
);

/** A Stride string literal that reads back as exactly `text`. */
export function stringLiteral(text: string): string {
    const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };
    return `"${text.replace(/[\\"\n\r]/g, char => escapes[char])}"`;
}

/** Numbers at the edges: zero, fractions, 10^12, more digits than a double holds, and tiny ones. */
export const EDGE_NUMBERS = ['0', '0.5', '1.25', '100', '99999', '1000000', '1000001', '1000000000000', '9'.repeat(400), `0.${'0'.repeat(30)}1`] as const;

export const numberText: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.nat({ max: 2_000_000 }).map(String));
