/**
 * The formatter: one canonical layout, comments kept where they were, and nothing changed the
 * second time. Every example plan formats to text that means exactly the same plan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expectFormatting, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPlan, services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const formatting = expectFormatting(services.Stride);
const TWO_SPACES = { insertSpaces: true, tabSize: 2 };

loadBuiltinDrills();

async function format(text: string): Promise<string> {
    const document = await parseDocument(services.Stride, text);
    const edits = await services.Stride.lsp.Formatter!.formatDocument(document, { options: TWO_SPACES, textDocument: { uri: document.uri.toString() } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('the canonical layout', () => {
    test('one declaration, setting, day and item a line, indented by nesting', async () => {
        await formatting({
            options: TWO_SPACES,
            disposeAfterCheck: true,
            before: `plan   "P"   start 2027-01-04   pace easy 6:00/km
drill hill-bound "Hill bound" plyometric in distance ,time alias hb,uphill-bound
session gym strength { 3 x 5 back-squat @ 80 kg rest 3 min   3 x 8 lunge each-leg }
week 1 "Base" { mon rest tue run 4x60 m sprint @ 95 % rest 3min
wed run 8km @easy
    thu circuit 3 rounds { 10 pogo-jump  8 bound } rest 2min }
week 2 = week 1 + 5 %
weeks 3 - 4 = weeks 1 - 2 -10 %`,
            after: `plan "P"
  start 2027-01-04
  pace easy 6:00/km
drill hill-bound "Hill bound" plyometric in distance, time alias hb, uphill-bound
session gym strength {
  3 x 5 back-squat @80kg rest 3min
  3 x 8 lunge each-leg
}
week 1 "Base" {
  mon rest
  tue run 4 x 60m sprint @95% rest 3min
  wed run 8km @easy
  thu circuit 3 rounds {
    10 pogo-jump
    8 bound
  } rest 2min
}
week 2 = week 1 +5%
weeks 3-4 = weeks 1-2 -10%`,
        });
    });

    test('a session of several items without braces puts each on a line; `and` after it starts a line', async () => {
        await formatting({
            options: TWO_SPACES,
            disposeAfterCheck: true,
            before: `plan "P"
week 1 {
  tue run "Strides" 5km @easy 6 x 100m strides rest 60s and 17:30 strength { 3 x 5 back-squat }
  wed 07:00 run 5km and 17:30 run 5km
}`,
            after: `plan "P"
week 1 {
  tue run "Strides"
    5km @easy
    6 x 100m strides rest 60s
    and 17:30 strength {
      3 x 5 back-squat
    }
  wed 07:00 run 5km and 17:30 run 5km
}`,
        });
    });

    test('the seeds\' workouts: phases in their parentheses, a time, a recovery, a tempo, rounds where used and added', async () => {
        await formatting({
            options: TWO_SPACES,
            disposeAfterCheck: true,
            before: `plan "P"
session circ circuit { 2 rounds { 10 pogo-jump } rest 400 m walk }
week 1 { tue speed 4 x 60m sprint in 7.7 s rest 200 m jog
wed speed 3 x in-and-out ( 20m @95% , 20m @80%,20m ) @ 95 %
thu circ 3 rounds and strength 3 x 8 back-squat @RPE7 @tempo 4-0-4-0 }
week 2 = week 1 + 5 % + 1 round`,
            after: `plan "P"
session circ circuit {
  2 rounds {
    10 pogo-jump
  } rest 400m walk
}
week 1 {
  tue speed 4 x 60m sprint in 7.7s rest 200m jog
  wed speed 3 x in-and-out (20m @95%, 20m @80%, 20m) @95%
  thu circ 3 rounds and strength 3 x 8 back-squat @RPE7 @tempo 4-0-4-0
}
week 2 = week 1 +5% +1 round`,
        });
    });

    test('keeps one blank line where there were several, and none where there were none', async () => {
        await formatting({
            options: TWO_SPACES,
            disposeAfterCheck: true,
            before: 'plan "P"\n\n\n\nweek 1 {\n  mon rest\n\n\n  // then\n\n\n  tue run 5km\n}\nweek 2 = week 1',
            after: 'plan "P"\n\nweek 1 {\n  mon rest\n\n  // then\n\n  tue run 5km\n}\nweek 2 = week 1',
        });
    });

    test('indents with the editor\'s tab size', async () => {
        await formatting({
            options: { insertSpaces: true, tabSize: 4 },
            disposeAfterCheck: true,
            before: 'plan "P"\nweek 1 {\ntue strength {\n3 x 5 back-squat\n}\n}',
            after: 'plan "P"\nweek 1 {\n    tue strength {\n        3 x 5 back-squat\n    }\n}',
        });
    });
});

describe('comments', () => {
    test('stay where they were; a comment on a line of its own is indented like the line after it', async () => {
        await formatting({
            options: TWO_SPACES,
            disposeAfterCheck: true,
            before: `// A plan
plan "P"    // its name
// the start
start 2027-01-04
week 1 { // base week
      // a rest day
mon rest
  tue run 4 x 60m /* fast */ sprint   // timed
       // nothing more
}`,
            after: `// A plan
plan "P"    // its name
  // the start
  start 2027-01-04
week 1 { // base week
  // a rest day
  mon rest
  tue run 4 x 60m /* fast */ sprint   // timed
  // nothing more
}`,
        });
    });
});

describe('formatting twice', () => {
    const messy = `plan "P" start 2027-01-04 pace easy 6:00/km
// sessions
session gym strength { 3 x 5 back-squat rest 3min // heavy
  }
week 1 { mon rest tue gym and run 2km @easy 4 x 100m strides 2km @easy
  /* long */ sun run 16km @easy }`;

    test('changes nothing the second time', async () => {
        const once = await format(messy);
        expect(await format(once)).toBe(once);
    });
});

describe('every example', () => {
    const folder = new URL('../../examples/', import.meta.url);
    const examples = readdirSync(folder).filter(name => name.endsWith('.stride'));

    /** The Plan as plain data, without source ranges, which move when the layout changes. */
    function withoutSources(value: unknown): unknown {
        return JSON.parse(JSON.stringify(value, (key, inner) => (key === 'source' ? undefined : inner)));
    }

    test.each(examples)('%s formats to the same plan, and again to the same text', async name => {
        const original = readFileSync(new URL(name, folder), 'utf8');
        const once = await format(original);
        expect(await format(once)).toBe(once);
        const [before, after] = [await checkPlan(original), await checkPlan(once)];
        const messages = (checked: typeof before) => checked.diagnostics.map(diagnostic => `${diagnostic.severity} ${diagnostic.message}`).sort();
        expect(messages(after)).toEqual(messages(before));
        expect(withoutSources(after.plan)).toEqual(withoutSources(before.plan));
    });
});
