/**
 * How many cases each property runs and from which seed. The fast tier (`npm test`) runs a few
 * cases a property, so that a broken invariant fails within the fast loop; the slow tier
 * (`npm run test:slow`) runs 2,000. Both use a fixed seed, the same cases every time.
 * STRIDE_FUZZ_RUNS sets the cases and leaves the seed random, so every such run tries new
 * cases. A failure prints its seed and counterexample (fast-check's report); STRIDE_FUZZ_SEED
 * replays it.
 */
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';

const FIXED_SEED = 20270104;
const TIER_RUNS = { fast: 100, slow: 2_000 };

/** Cases a property runs, unless it says it costs more than one case of the others. */
export const PROPERTY_RUNS = Number(process.env.STRIDE_FUZZ_RUNS ?? TIER_RUNS[process.env.STRIDE_TEST_TIER === 'slow' ? 'slow' : 'fast']);
const seed = process.env.STRIDE_FUZZ_SEED !== undefined ? Number(process.env.STRIDE_FUZZ_SEED)
    : process.env.STRIDE_FUZZ_RUNS !== undefined ? Math.floor(Math.random() * 2 ** 31)
        : FIXED_SEED;

const passed = new Map<string, number>();

afterAll(() => {
    const lines = [...passed].map(([name, count]) => `  ${name}: ${count} cases`);
    const total = [...passed.values()].reduce((sum, count) => sum + count, 0);
    console.log(`robustness properties, seed ${seed}:\n${lines.join('\n')}\n  total: ${total} cases`);
});

/**
 * The longest one case may take. A case takes tens of milliseconds; one that takes seconds
 * is the editor hanging on that text, which is a failure like any other.
 */
const SLOWEST_CASE_MS = 5_000;

/**
 * Runs a property with the suite's seed and PROPERTY_RUNS cases (`runs` for a property whose
 * case costs many of the others'), counting the cases that passed.
 */
export async function checkProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, runs = PROPERTY_RUNS): Promise<void> {
    passed.set(name, 0);
    await fc.assert(fc.asyncProperty(arbitrary, async value => {
        const start = performance.now();
        await predicate(value);
        expect(performance.now() - start, 'the case took too long: a hang').toBeLessThan(SLOWEST_CASE_MS);
        passed.set(name, passed.get(name)! + 1);
    }), { seed, numRuns: runs });
}

/** Time for a property's cases: about 150 ms each is far more than a case takes, and bounds a hang. */
export const PROPERTY_TIMEOUT_MS = Math.max(120_000, PROPERTY_RUNS * 150);
