/**
 * Generated plans and random text through everything (pipeline.ts): no exception anywhere,
 * every diagnostic inside the document, every figure finite and every date real, formatting
 * idempotent and meaning-preserving, and the export read back as exactly the Plan's sessions.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { checkProperty, PROPERTY_TIMEOUT_MS } from './fuzz-settings.js';
import { EXPORT_OPTIONS, exercise } from './pipeline.js';
import { planText } from './plan-arbitrary.js';

loadBuiltinDrills();

const offsets = fc.array(fc.nat(), { minLength: 3, maxLength: 3 });
const exportOptions = fc.constantFrom(...EXPORT_OPTIONS);

describe('every property holds', () => {
    test('for plans generated from the grammar', async () => {
        await checkProperty('generated plans', fc.tuple(planText, offsets, exportOptions),
            ([text, at, options]) => exercise(text, at, options));
    }, PROPERTY_TIMEOUT_MS);

    test('for random text', async () => {
        await checkProperty('random text', fc.tuple(fc.string({ unit: 'binary', maxLength: 200 }), offsets),
            ([text, at]) => exercise(text, at));
    }, PROPERTY_TIMEOUT_MS);
});
