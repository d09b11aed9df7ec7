/**
 * Completion and hover at every offset of every example plan and test fixture: each answers
 * without throwing, offers edits inside the document only, and answers quickly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { check, expectEditorFeaturesAt } from './pipeline.js';

loadBuiltinDrills();

const FILES = ['examples', 'test/fixtures', 'test/preview'].flatMap(folder =>
    readdirSync(folder).filter(name => name.endsWith('.stride')).map(name => join(folder, name)));

/** Far more than an answer takes (a few milliseconds); an exponential search would take seconds. */
const SLOWEST_ANSWER_MS = 1_000;

describe('completion and hover at every offset', () => {
    test.each(FILES)('of %s', async file => {
        const text = readFileSync(file, 'utf8');
        const { document } = await check(text, `file:///robustness/every-offset/${file.replace(/\W/g, '-')}.stride`);
        let slowest = 0;
        for (let offset = 0; offset <= text.length; offset++) {
            const start = performance.now();
            await expectEditorFeaturesAt(document, offset);
            slowest = Math.max(slowest, performance.now() - start);
        }
        expect(slowest).toBeLessThan(SLOWEST_ANSWER_MS);
    }, 120_000);
});
