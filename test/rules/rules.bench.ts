/** What the overload analysis costs on a year-long plan: `npx vitest bench --run test/rules/rules.bench.ts`. */
import { bench, describe } from 'vitest';
import { runRules } from '../../src/rules/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { checkPlan } from '../helpers.js';
import { yearPlan } from './year-plan.js';

const text = yearPlan();
const { plan } = await checkPlan(text);

describe('a 52-week plan', () => {
    bench('the rules on its Plan (what each new document version costs)', () => {
        // A new Plan object each time, as each new document version has: nothing cached.
        runRules({ ...plan }, DEFAULT_THRESHOLDS);
    });

    bench('parse, link, build the Plan and validate, rules included (a whole edit)', async () => {
        await checkPlan(text);
    });
});
