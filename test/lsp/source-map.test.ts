/**
 * The Plan's way back to its text (src/language/source-map.ts): every week, day, session and
 * item resolves to the node it was read from, in the parse the editor has now, however the
 * Plan reused weeks from earlier parses; and each node of the text finds what it made.
 */
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { PlanFile } from '../../src/language/generated/ast.js';
import type { PlanSource } from '../../src/language/source-map.js';
import { HEADER, services } from '../helpers.js';
import { expectEverySourceResolved } from '../source-map-checks.js';
import { typeInto } from '../type-into.js';
import { loadBuiltinDrills } from './builtin-drills.js';

loadBuiltinDrills();

const { Stride } = services;

const PLAN = `${HEADER}
session speed-day "Speed" speed {
  4 x 60m sprint rest 3min
  2 x { 3 x 30m flying-sprint rest 2min } rest 5min
}
week 1 {
  tue speed-day
  thu run 8km @easy
  sat run "Long" 14km @easy and run 3km @easy
}
week 2 = week 1 +10%
weeks 3-4 = weeks 1-2 +5%
week 5 {
  2027-02-02 run 5km @easy
}
`;

/** Types `texts` into one document and hands each version's Plan source to `check`. */
function typeAndCheck(texts: readonly string[], check: (source: PlanSource, document: LangiumDocument) => void): Promise<void> {
    return typeInto(texts, document => check(Stride.plan.PlanProvider.sourceOf(document), document));
}

describe('the source map', () => {
    test('leads every week, day, session and item of the Plan to the node it was read from', async () => {
        await typeAndCheck([PLAN], expectEverySourceResolved);
    });

    test('leads to the nodes of the newest parse after edits elsewhere, though the Plan reuses the weeks that did not change', async () => {
        const edits = [
            PLAN,
            PLAN.replace('thu run 8km', 'thu run 9km'),
            PLAN.replace('thu run 8km', 'thu run 9km').replace('5km @easy', '6km @easy'),
            PLAN.replace('week 5 {', '// a line above week 5\nweek 5 {'),
        ];
        const weekOneDays: unknown[] = [];
        await typeAndCheck(edits, (source, document) => {
            expectEverySourceResolved(source, document);
            weekOneDays.push(source.plan.weeks.find(week => week.number === 1)!.days);
        });
        // Week 1 did not change between the second and third versions: the Plan kept its days, and the map still found this parse's nodes.
        expect(weekOneDays[2]).toBe(weekOneDays[1]);
    });

    test('finds what each declaration, day and session of the text made', async () => {
        await typeAndCheck([PLAN], (source, document) => {
            const file = document.parseResult.value as PlanFile;
            expect(file.weeks.map(week => source.weeksOf(week).map(made => made.number))).toEqual([[1], [2], [5]]);
            expect(source.weeksOf(file.blocks[0]).map(made => made.number)).toEqual([3, 4]);
            const [tue, thu, sat] = file.weeks[0].days;
            expect(source.dayOf(tue)?.date).toBe('2027-01-05');
            expect(source.sessionOf(thu.sessions[0])?.key).toBe('w1-thu-1');
            expect(sat.sessions.map(use => source.sessionOf(use)?.name)).toEqual(['Long', 'Run']);
            expect(source.usesOf(file.templates[0]).map(({ week, session }) => `${week.number} ${session.key}`)).toEqual(['1 w1-tue-1']);
        });
    });

    test('gives a week number used twice to its first declaration only', async () => {
        await typeAndCheck([`${PLAN}week 1 {\n  mon run 3km @easy\n}\n`], (source, document) => {
            const [first, , , again] = (document.parseResult.value as PlanFile).weeks;
            expect(source.weeksOf(first).map(week => week.number)).toEqual([1]);
            expect(source.weeksOf(again)).toEqual([]);
        });
    });
});
