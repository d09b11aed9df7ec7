import { beforeAll } from 'vitest';
import { checkPlan } from '../helpers.js';

/**
 * langium/test's helpers parse a document without initialising the workspace, which is what
 * loads the built-in drill library: check one plan first so that built-in drills link.
 */
export function loadBuiltinDrills(): void {
    beforeAll(async () => {
        await checkPlan('plan "init"');
    });
}
