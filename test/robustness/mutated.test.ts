/**
 * The example plans broken the way editing breaks them (mutations.ts), through everything
 * (pipeline.ts), with the same properties as the generated plans.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { checkProperty, PROPERTY_TIMEOUT_MS } from './fuzz-settings.js';
import { loadExamples, mutate, mutationArbitrary } from './mutations.js';
import { EXPORT_OPTIONS, exercise } from './pipeline.js';

loadBuiltinDrills();

const examples = loadExamples(services);

describe('every property holds', () => {
    test('for the examples with tokens deleted, inserted, duplicated, swapped and replaced', async () => {
        const mutated = fc.tuple(
            fc.constantFrom(...examples),
            fc.array(mutationArbitrary(examples), { minLength: 1, maxLength: 4 }),
            fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
            fc.constantFrom(...EXPORT_OPTIONS),
        );
        await checkProperty('mutated examples', mutated, ([example, mutations, at, options]) => exercise(mutate(example, mutations), at, options));
    }, PROPERTY_TIMEOUT_MS);
});
