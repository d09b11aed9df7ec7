/**
 * The Plan compiled after an edit reuses the weeks that did not change (PlanProvider with
 * PlanSpecReader and WeekCache). Whatever the edits, it must be the Plan compiled from scratch:
 * the same figures, dates, ranges and assumptions, so that no diagnostic, hover or export
 * shows a stale week.
 */
import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { PlanFile } from '../../src/language/generated/ast.js';
import { planSpecOf } from '../../src/language/plan-spec-reader.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { HEADER, services } from '../helpers.js';
import { expectEverySourceResolved } from '../source-map-checks.js';
import { typeInto } from '../type-into.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { checkProperty, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from './fuzz-settings.js';
import { loadExamples, mutate, mutationArbitrary } from './mutations.js';

loadBuiltinDrills();

const { Stride } = services;
const examples = loadExamples(services);
/** The Plan is the one compiled from scratch, and the source map leads each of its parts to a node of this parse. */
function expectPlanFromScratch(document: LangiumDocument): void {
    const fromScratch = buildPlan(planSpecOf(document.parseResult.value as PlanFile));
    const source = Stride.plan.PlanProvider.sourceOf(document);
    expect(source.plan).toEqual(fromScratch);
    expectEverySourceResolved(source, document);
}

const PLAN = `${HEADER}
session speed-day "Speed" speed {
  4 x 60m sprint rest 3min
}
week 1 {
  tue speed-day
  thu run 8km @easy
}
week 2 = week 1 +10%
weeks 3-4 = weeks 1-2 +5%
`;

describe('a Plan compiled after edits is the Plan compiled from scratch', () => {
    test('when a week, the week it derives from, a named session and the lines above change', async () => {
        const edits = [
            PLAN,
            PLAN.replace('thu run 8km', 'thu run 9km'),
            PLAN.replace('thu run 8km', 'thu run 9km').replace('4 x 60m', '5 x 60m'),
            PLAN.replace('week 1 {', '// a new line above week 1\nweek 1 {'),
            PLAN.replace('+10%', '+20%'),
            PLAN.replace('weeks 3-4 = weeks 1-2 +5%', ''),
        ];
        const distances: number[][] = [];
        await typeInto(edits, document => {
            expectPlanFromScratch(document);
            distances.push(Stride.plan.PlanProvider.planOf(document).weeks.map(week => week.totals.distanceM));
        });
        // What a coach sees: each edit moves exactly the weeks it touches.
        expect(distances[1][0]).toBeGreaterThan(distances[0][0]);
        expect(distances[1][1]).toBeGreaterThan(distances[0][1]);
        expect(distances[2][3]).toBeGreaterThan(distances[1][3]);
        expect(distances[4][1]).toBeGreaterThan(distances[0][1]);
        expect(distances[5]).toHaveLength(2);
    });

    test('for the examples, edited one mutation after another', async () => {
        const typing = fc.tuple(fc.constantFrom(...examples), fc.array(mutationArbitrary(examples), { minLength: 1, maxLength: 5 }));
        // Each case builds up to six versions of a plan: fewer cases than the other properties run.
        await checkProperty('examples typed into', typing, async ([example, mutations]) => {
            const texts = mutations.map((_, index) => mutate(example, mutations.slice(0, index + 1)));
            await typeInto([mutate(example, []), ...texts], expectPlanFromScratch);
        }, Math.ceil(PROPERTY_RUNS * 0.15));
    }, PROPERTY_TIMEOUT_MS);
});
