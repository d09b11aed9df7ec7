/**
 * Vitest's global setup for the fast tier: the Chromium that the preview's browser tests
 * drive, found or installed once (scripts/chromium.mjs, the one place that does it) before
 * any test file runs, so that parallel test files never race to install it.
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
    export interface ProvidedContext {
        /** The Chromium binary for playwright-core. */
        chromium: string;
    }
}

export default function setup(project: TestProject): void {
    project.provide('chromium', ensureChromium('the preview\'s browser tests'));
}
