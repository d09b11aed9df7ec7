import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the robustness properties with many more cases than `npm test` and a random
 * seed each run (printed at the end, with the count of cases, and in any failure's report),
 * and the checks too slow for every test run: a 10 MB plan through the language server.
 * STRIDE_FUZZ_RUNS sets the cases per property; STRIDE_FUZZ_SEED replays a failure.
 */
export default defineConfig({
    test: {
        include: ['test/robustness/generated.test.ts', 'test/robustness/mutated.test.ts', 'test/robustness/**/*.fuzz.ts'],
        env: { STRIDE_FUZZ_RUNS: process.env.STRIDE_FUZZ_RUNS ?? '20000' },
        testTimeout: 300_000,
    },
});
