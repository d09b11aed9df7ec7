import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', 'node_modules/**'],
        // One Langium workspace per test file is built once in test/helpers.ts.
        testTimeout: 30_000,
    },
});
