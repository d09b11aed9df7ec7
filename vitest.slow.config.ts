import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The slow tier, `npm run test:slow` (run by .ci/run after `npm test`): the properties with
 * 2,000 cases each, the 100,000-line and 10 MB plans, and completion and hover at every offset
 * of every example. STRIDE_FUZZ_RUNS sets the cases per property (and a random seed);
 * STRIDE_FUZZ_SEED replays a failure (test/robustness/fuzz-settings.ts).
 */
export default defineConfig({
    test: {
        include: [
            'test/**/*.slow.test.ts',
            'test/robustness/generated.test.ts',
            'test/robustness/mutated.test.ts',
            'test/robustness/incremental.test.ts',
            'test/parsing/incremental-parse.test.ts',
        ],
        env: { STRIDE_TEST_TIER: 'slow' },
        testTimeout: 600_000,
        maxWorkers: availableParallelism(),
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest-slow.json' },
    },
});
