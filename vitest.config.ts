import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The fast tier, `npm test`: every unit test and every property with a few cases, the loop a
 * developer runs after each change. The slow tier (vitest.slow.config.ts) has the rest.
 */
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', 'test/**/*.slow.test.ts', 'node_modules/**'],
        env: { STRIDE_TEST_TIER: 'fast' },
        // The preview's tests drive Chromium: found, or installed, once before any test runs.
        globalSetup: ['test/setup/chromium.ts'],
        // One Langium workspace per test file is built once in test/helpers.ts.
        testTimeout: 30_000,
        // Every core (vitest leaves one idle by default: half the machine here).
        maxWorkers: availableParallelism(),
        reporters: ['default', 'json'],
        // .ci/run counts the tests of every tier from these reports.
        outputFile: { json: 'test-results/vitest-fast.json' },
    },
});
