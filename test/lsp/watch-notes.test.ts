/** As you type, for a plan with `watch garmin`: what will not survive on a watch, where it is written, with a fix where one helps. */
import { URI } from 'langium';
import { expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { checkPlan, describeDiagnostics, services } from '../helpers.js';

const PLAN = `plan "Watch"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
  watch garmin

session long "Speed for distance runners" speed {
  4 x 60m sprint @RPE9 rest 6min
  5km @RPE4
}

week 1 {
  tue long
  thu run 5km @RPE4
  sat long
}
`;

const watchNotes = async (text: string) => describeDiagnostics((await checkPlan(text)).diagnostics.filter(diagnostic => String(diagnostic.code).startsWith('watch')));

test('a name a watch cuts, RPEs a watch cannot follow: once each where written, a named session\'s in the session', async () => {
    expect(await watchNotes(PLAN)).toEqual([
        '7:14-7:42 "Speed for distance runners" is 26 bytes long; a watch shows 15: "Speed for dista"',
        '8:18-8:23 RPE 9 is no target a watch follows: it shows in the step\'s notes, with no alerts; @95% is one it follows',
        '9:7-9:12 RPE 4 is no target a watch follows: it shows in the step\'s notes, with no alerts; @Z2 is one it follows',
        '14:15-14:20 RPE 4 is no target a watch follows: it shows in the step\'s notes, with no alerts; @Z2 is one it follows',
    ]);
});

test('no notes without a watch line; a watch Stride does not write for is an error', async () => {
    expect(await watchNotes(PLAN.replace('  watch garmin\n', ''))).toEqual([]);
    const checked = await checkPlan(PLAN.replace('watch garmin', 'watch coros'));
    expect(describeDiagnostics(checked.diagnostics, 1)).toEqual(['5:9-5:14 Stride writes workouts for garmin watches: write `watch garmin`']);
});

test('a workout longer than a watch takes, and sessions past the schedule it loads, with the figures', async () => {
    const many = `plan "Many"\n  start 2027-01-04\n  watch garmin\nweek 1 {\n  tue strength "Gym" ${'3 x 5 back-squat @60kg rest 2min 3 x 8 lunge rest 1min '.repeat(9)}\n}\n`
        + Array.from({ length: 7 }, (_, index) => `week ${index + 2} {\n  mon run 5km\n  tue run 5km\n  wed run 5km\n  thu run 5km\n  fri run 5km\n}\n`).join('');
    const notes = await watchNotes(many);
    // Nine times two lifts, each a work step, a rest and a repeat; the note on the session's title.
    expect(notes).toContain('5:16-5:21 Gym is 54 steps on a watch, more than the 50 a Garmin watch is sure to take');
    // One session in week 1, five in each of weeks 2-8; the 30th is Thursday of week 7.
    expect(notes).toContain('3:3-3:15 36 sessions: a watch loads about 30 scheduled workouts at a time, here up to 2027-02-18; export again before then, and each export schedules the 30 from its day');
});

test('the fix writes the zone of that effort for a run, the share of max speed for a sprint', async () => {
    const checked = await checkPlan(PLAN);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    const targets = checked.diagnostics.filter(diagnostic => diagnostic.code === 'watch-target');
    const fixed = [];
    for (const diagnostic of targets.slice(0, 2)) {
        const actions = await services.Stride.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: checked.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[];
        expect(actions.map(action => action.title)).toHaveLength(1);
        fixed.push(TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![checked.uri]).split('\n').slice(7, 9).join('\n'));
    }
    expect(fixed).toEqual([
        '  4 x 60m sprint @95% rest 6min\n  5km @RPE4',
        '  4 x 60m sprint @RPE9 rest 6min\n  5km @Z2',
    ]);
});
