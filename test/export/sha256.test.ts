import * as nodeCrypto from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sha256Base64url, sha256Hex, sha256Of } from '../../src/export/sha256.js';

// The script SHA-256 is the one the language server and the extension use in VS Code for the Web.
const node = sha256Of(nodeCrypto);
const script = sha256Of(undefined);

describe('SHA-256', () => {
    test('is the standard digest (FIPS 180-4 example "abc") in Node, in the script one, and as this host uses it', () => {
        const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
        expect([node.hex('abc'), script.hex('abc'), sha256Hex('abc')]).toEqual([abc, abc, abc]);
        const abc64 = Buffer.from(abc, 'hex').toString('base64url');
        expect([node.base64url('abc'), script.base64url('abc'), sha256Base64url('abc')]).toEqual([abc64, abc64, abc64]);
    });

    test('gives the same marks in Node and in a browser, for text of any script and for bytes', () => {
        const texts = ['', 'Sprints à 95 % – 8 × 60 m', '🏃‍♀️ long run', 'x'.repeat(100_000)];
        for (const text of texts) {
            expect(script.hex(text), text.slice(0, 20)).toBe(node.hex(text));
            expect(script.base64url(text), text.slice(0, 20)).toBe(node.base64url(text));
        }
        const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index * 37) % 256);
        expect(script.base64url(bytes)).toBe(node.base64url(bytes));
        expect(script.base64url(bytes)).toHaveLength(43);
    });
});
