import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { checkPlan, HEADER, services } from '../helpers.js';
import { findingsOf } from './rule-helpers.js';

/** The quick fixes offered for the first diagnostic with the code, as title and the text after the fix. */
async function fixes(text: string, code: string): Promise<Array<{ title: string; text: string }>> {
    const checked = await checkPlan(text);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    const diagnostic = checked.diagnostics.find(candidate => candidate.code === code)!;
    const actions = await services.Stride.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: checked.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    return actions.map(action => ({
        title: action.title,
        text: TextDocument.applyEdits(TextDocument.create(checked.uri, 'stride', 1, text), action.edit!.changes![checked.uri]),
    }));
}

const speedDay = (session: string) => `${HEADER}week 1 {
  tue speed ${session}
}
`;

describe('quick fix: raise the rest to the minimum', () => {
    test('a rest that is written: 60 m asks for 6 min', async () => {
        const [raise, ignore] = await fixes(speedDay('4 x 60m sprint @95% rest 3min'), 'sprint-rest');
        expect(raise).toEqual({ title: 'Raise the rest to 6 min', text: speedDay('4 x 60m sprint @95% rest 6min') });
        expect(findingsOf(await checkPlan(raise.text), 'sprint-rest')).toEqual([]);
        expect(ignore.title).toBe('Switch sprint-rest off here (// stride-ignore sprint-rest)');
    });

    test('no rest written: it is added, before a note if there is one; 35 m asks for 3:30, written as a clock', async () => {
        expect((await fixes(speedDay('4 x 50m sprint @95%'), 'sprint-rest'))[0].text).toBe(speedDay('4 x 50m sprint @95% rest 5min'));
        expect((await fixes(speedDay('4 x 50m sprint @95% "fast"'), 'sprint-rest'))[0].text).toBe(speedDay('4 x 50m sprint @95% rest 5min "fast"'));
        expect((await fixes(speedDay('4 x 35m sprint @95% rest 3min'), 'sprint-rest'))[0]).toEqual({
            title: 'Raise the rest to 3:30 min', text: speedDay('4 x 35m sprint @95% rest 3:30'),
        });
    });

    test('the rest between rounds of a group', async () => {
        expect((await fixes(speedDay('3 x { 60m sprint @95% } rest 5min'), 'sprint-rest'))[0].text).toBe(speedDay('3 x { 60m sprint @95% } rest 6min'));
    });

    test('a derived week has no item to change: only the directive is offered', async () => {
        const text = `${speedDay('4 x 40m sprint @95%')}week 2 = week 1 +10%\n`;
        expect((await fixes(text, 'sprint-rest')).map(fix => fix.title)).toEqual(['Switch sprint-rest off here (// stride-ignore sprint-rest)']);
    });
});

describe('quick fix: scale the week down to the limit', () => {
    const base = `${HEADER}week 1 {
  tue run 10km @easy
}
week 2 = week 1 +10%
`;

    test("a derived week's change: +40% on 11 km becomes +30%, a note no more than the warning", async () => {
        // 11 km x 1.4 = 15.4 km, +40%: a warning. The limit: 11 x 1.3 = 14.3 km = 15.4 x 0.92857; 1.4 x 0.92857 = 1.30.
        const [scale] = await fixes(`${base}week 3 = week 2 +40%\n`, 'weekly-distance');
        expect(scale).toEqual({ title: 'Scale week 3 down to +30% on week 2 (14.3 km)', text: `${base}week 3 = week 2 +30%\n` });
        expect(findingsOf(await checkPlan(scale.text), 'weekly-distance').map(finding => finding.split(' ')[0])).toEqual(['info']);
    });

    test('a derived week with no change written gets one', async () => {
        // Week 2 runs 5 km; week 3 = week 1 runs 10 km, +100%. The limit: 5 x 1.3 = 6.5 km = 10 km x 0.65: -35%.
        const text = `${HEADER}week 1 {
  tue run 10km @easy
}
week 2 {
  tue run 5km @easy
}
week 3 = week 1
`;
        expect((await fixes(text, 'weekly-distance'))[0]).toEqual({
            title: 'Scale week 3 down to +30% on week 2 (6.5 km)', text: text.replace('week 3 = week 1', 'week 3 = week 1 -35%'),
        });
    });

    test('a written week: each run it writes is shortened by one factor, rounded down', async () => {
        // Week 2: 8 + 7 = 15 km, +50%: a warning, so the limit is +30%: 10 x 1.3 = 13 km.
        // 13 / 15 = 0.8667: 8 km -> 6.93 -> 6.9 km; 7 km -> 6.07 -> 6 km; 12.9 km in all, +29%.
        const text = `${HEADER}week 1 {
  tue run 10km @easy
}
week 2 {
  tue run 8km @easy
  thu run 7km @easy
}
`;
        const [scale] = await fixes(text, 'weekly-distance');
        expect(scale).toEqual({
            title: 'Scale week 2 down to +30% on week 1 (13.0 km)',
            text: text.replace('run 8km', 'run 6.9km').replace('run 7km', 'run 6km'),
        });
        expect(findingsOf(await checkPlan(scale.text), 'weekly-distance')).toEqual([
            'info 8:1-8:8 week 2: 12.9 km, +29% on week 1 (10.0 km); limit +10%',
        ]);
    });
});

describe('quick fix: add the ignore directive', () => {
    test('on the line before the week, indented like it; the rule then says nothing there', async () => {
        const text = `${HEADER}week 1 {
  tue run 10km @easy
}
week 2 = week 1 +20%
`;
        const [, ignore] = await fixes(text, 'weekly-distance');
        expect(ignore.text).toBe(text.replace('week 2 =', '// stride-ignore weekly-distance\nweek 2 ='));
        expect(findingsOf(await checkPlan(ignore.text), 'weekly-distance')).toEqual([]);
    });

    test('on the line before an item, indented; added to a directive already there', async () => {
        const [, ignoreItem] = await fixes(speedDay('{\n    4 x 60m sprint @95% rest 3min\n  }'), 'sprint-rest');
        expect(ignoreItem.text).toBe(speedDay('{\n    // stride-ignore sprint-rest\n    4 x 60m sprint @95% rest 3min\n  }'));

        const text = `${HEADER}week 1 {
  tue run 10km @easy
}
// stride-ignore acwr -- a planned step
week 2 = week 1 +20%
`;
        const [, ignore] = await fixes(text, 'weekly-distance');
        expect(ignore.text).toBe(text.replace('// stride-ignore acwr', '// stride-ignore acwr, weekly-distance'));
    });
});

describe('quick fix: an unknown rule name', () => {
    test('becomes the nearest rule name', async () => {
        const text = `${HEADER}  limit weekly-distanse 15%
week 1 {
  tue run 10km @easy
}
`;
        expect(await fixes(text, 'unknown-rule')).toEqual([
            { title: "Change to 'weekly-distance'", text: text.replace('weekly-distanse', 'weekly-distance') },
        ]);
    });
});
