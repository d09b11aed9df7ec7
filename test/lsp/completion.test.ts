/**
 * Completion as a coach meets it while typing: drills by name, alias or abbreviation, only those
 * that fit the amount before them; units after a number; intensities after `@`; the days a week
 * still lacks; named sessions, keywords and snippets.
 */
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const complete = expectCompletion(services.Stride);

loadBuiltinDrills();

/** The completion list at `<|>`, in the order an editor shows it before filtering: by sort text. */
async function completionsAt(text: string): Promise<CompletionList> {
    let result: CompletionList = { isIncomplete: false, items: [] };
    await complete({ text, index: 0, disposeAfterCheck: true, assert: list => { result = list; } });
    return { ...result, items: [...result.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')) };
}

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

function item(list: CompletionList, label: string): CompletionItem {
    const found = list.items.find(candidate => candidate.label === label);
    expect(found, `no completion item '${label}'`).toBeDefined();
    return found!;
}

const inWeek = (line: string) => `plan "P"\nweek 1 {\n  ${line}\n}`;

describe('drill names', () => {
    test('list the plan\'s own drills first among equal matches, with their kind and description', async () => {
        const list = await completionsAt(`plan "P"
drill hill-bound "Hill bound" plyometric in distance about "Bounding up a steep hill"
week 1 {
  tue run 4 x 60m hill<|>
}`);
        // Names that start with what was typed, the plan's own before the built-ins: hill-bound is
        // the plan's; hill-repeat, hill-run and hill-sprint are built-in and all accept a distance.
        expect(labels(list).slice(0, 4)).toEqual(['hill-bound', 'hill-repeat', 'hill-run', 'hill-sprint']);
        const own = item(list, 'hill-bound');
        expect(own.detail).toBe('Hill bound · Plyometric (this plan)');
        // A plyometric drill the plan defines takes its kind's defaults: 1 contact a rep (or 2 m), moderate tier, 90 s rest:
        // the numbers its hover and docs/drills.md show.
        expect(own.documentation).toEqual({
            kind: 'markdown',
            value: '**Hill bound** · kind plyometric\n\nBounding up a steep hill\n\n'
                + 'Written in distance\n\n'
                + 'Speed: 3 m/s · foot contacts: 1 a rep, 1 per 2 m (moderate tier) · no intensity: RPE 6 (moderate tier) · no rest: 1:30 min',
        });
        expect(item(list, 'hill-sprint').detail).toBe('Hill sprint · Sprint');
    });

    test('find a drill by its alias: the item shows and inserts the drill\'s own name', async () => {
        const list = await completionsAt(inWeek('tue run 3 x 30m fly<|>'));
        const flying = list.items[0];
        expect(flying.label).toBe('flying-sprint');
        expect(flying.filterText).toBe('fly');
        expect(flying.labelDetails).toEqual({ detail: ' (fly)', description: 'Sprint' });
        // The typed `fly` becomes the drill's name: on line 3 (index 2) after `  tue run 3 x 30m `, 18 characters.
        expect(flying.textEdit).toEqual({ range: { start: { line: 2, character: 18 }, end: { line: 2, character: 21 } }, newText: 'flying-sprint' });
    });

    test('find a drill by an abbreviation of its alias or name', async () => {
        const byAlias = await completionsAt(inWeek('thu strength 3 x 6 sld<|>'));
        expect(byAlias.items[0].label).toBe('single-leg-deadlift');
        expect(byAlias.items[0].filterText).toBe('sld');
        // `flsp`: f-l(ying)-s-p(rint) and f-l(oat)-s-p(rint) match fuzzily; fartlek has no s after its l.
        const fuzzy = labels(await completionsAt(inWeek('tue run 3 x 30m flsp<|>')));
        expect(fuzzy).toContain('flying-sprint');
        expect(fuzzy).toContain('float-sprint');
        expect(fuzzy).not.toContain('fartlek');
    });

    test('after a distance, only drills written in distance', async () => {
        const names = labels(await completionsAt(inWeek('tue run 4 x 60m <|>')));
        // flying-sprint is run over a distance; lunge and back-squat are counted in reps only.
        expect(names).toContain('flying-sprint');
        expect(names).not.toContain('lunge');
        expect(names).not.toContain('back-squat');
    });

    test('after a count, only drills that take reps', async () => {
        const names = labels(await completionsAt(inWeek('thu strength 3 x 8 <|>')));
        expect(names).toContain('lunge');
        expect(names).toContain('pogo-jump');
        expect(names).not.toContain('flying-sprint');
        expect(names).not.toContain('easy-run');
    });

    test('after a time, only drills that can be timed', async () => {
        const names = labels(await completionsAt(inWeek('fri mobility 20min <|>')));
        // hip-flexors is held for a time; single-leg-deadlift is written in reps only.
        expect(names).toContain('hip-flexors');
        expect(names).not.toContain('single-leg-deadlift');
    });

    test('a 1RM is only for lifts', async () => {
        const names = labels(await completionsAt('plan "P"\n  1rm <|>'));
        expect(names).toContain('back-squat');
        expect(names).not.toContain('bound');
        expect(names).not.toContain('flying-sprint');
    });
});

describe('units after a number', () => {
    test('a run takes any distance or time', async () => {
        await complete({ text: inWeek('tue run 4 x 60<|>'), index: 0, disposeAfterCheck: true, expectedItems: ['m', 'km', 'mi', 'yd', 's', 'sec', 'min', 'h'] });
    });

    test('only the units of the drill that follows', async () => {
        // flying-sprint is written in distance or time; back-squat only in reps, so a bare count is right.
        await complete({ text: inWeek('tue run 4 x 60<|> flying-sprint'), index: 0, disposeAfterCheck: true, expectedItems: ['m', 'km', 'mi', 'yd', 's', 'sec', 'min', 'h'] });
        await complete({ text: inWeek('thu strength 3 x 5<|> back-squat'), index: 0, disposeAfterCheck: true, expectedItems: [] });
    });

    test('a rest is a time, or a distance to jog or walk', async () => {
        await complete({
            text: inWeek('tue run 4 x 60m sprint rest 3<|>'), index: 0, disposeAfterCheck: true,
            expectedItems: ['m', 'km', 'mi', 'yd', 's', 'sec', 'min', 'h'],
        });
    });

    test('a unit is offered against its number, and after a space only where the layout puts one', async () => {
        const spaced = labels(await completionsAt(inWeek('tue run 4 x 60 <|>')));
        expect(spaced).not.toContain('km');
        await complete({ text: 'plan "P"\n  max-speed 8.2 <|>', index: 0, disposeAfterCheck: true, expectedItems: ['m/s', 'km/h', 'mph'] });
    });

    test('shows what each unit means', async () => {
        expect(item(await completionsAt(inWeek('tue run 60<|>')), 'min').detail).toBe('minutes');
    });
});

describe('intensities after @', () => {
    test('the plan\'s paces, RPE, zones, a percentage and max', async () => {
        await complete({
            text: 'plan "P"\n  pace easy 6:00/km\n  pace 10k 4:30/km\nweek 1 {\n  tue run 20min @<|>\n}',
            index: 0,
            disposeAfterCheck: true,
            expectedItems: [
                'easy', '10k',
                'RPE1', 'RPE2', 'RPE3', 'RPE4', 'RPE5', 'RPE6', 'RPE7', 'RPE8', 'RPE9', 'RPE10',
                'Z1', 'Z2', 'Z3', 'Z4', 'Z5',
                '95%', 'max', 'tempo 3-1-1-0',
            ],
        });
    });

    test('a pace shows its value', async () => {
        const list = await completionsAt('plan "P"\n  pace easy 6:00/km\nweek 1 {\n  tue run 20min @e<|>\n}');
        expect(item(list, 'easy').detail).toBe('pace 6:00/km');
    });
});

describe('days, sessions and keywords', () => {
    test('a week offers the weekdays it does not have yet', async () => {
        await complete({ text: inWeek('mon rest\n  wed rest\n  <|>'), index: 0, disposeAfterCheck: true, expectedItems: ['tue', 'thu', 'fri', 'sat', 'sun'] });
    });

    test('a day offers the named sessions with their titles', async () => {
        const list = await completionsAt(`plan "P"
session speed-day "Speed day" speed {
  4 x 60m sprint
}
week 1 {
  tue <|>
}`);
        expect(item(list, 'speed-day').detail).toBe('Speed day · speed');
        expect(labels(list)).toEqual(expect.arrayContaining(['rest', 'run', 'speed', 'strength', 'plyometrics', 'mobility', 'circuit', 'cross']));
    });

    test('between declarations: the keywords that start one, and snippets', async () => {
        await complete({
            text: 'plan "P"\nweek 1 {\n  mon rest\n}\n<|>',
            index: 0,
            disposeAfterCheck: true,
            // Keywords first, then the snippets for a named session and for week 2, each once: no `session` keyword beside its snippet.
            itemToString: completion => `${completion.label}${completion.kind === 15 ? ' (snippet)' : ''}`,
            expectedItems: ['drill', 'weeks', 'session (snippet)', 'week (snippet)'],
        });
    });
});

describe('snippets', () => {
    test('a plan header in an empty file', async () => {
        const header = item(await completionsAt('<|>'), 'plan');
        const snippet = (await completionsAt('<|>')).items.find(candidate => candidate.label === 'plan' && candidate.kind === 15);
        expect(header).toBeDefined();
        expect(snippet?.insertText).toBe('plan "${1:Name}"\n\tstart ${2:YYYY-MM-DD}\n\tunits ${3|km,mi|}\n\tpace easy ${4:6:00}/km\n$0');
    });

    test('a week numbered after the last one', async () => {
        const list = await completionsAt('plan "P"\nweek 1 {\n  mon rest\n}\nweeks 2-3 = weeks 1-1\n<|>');
        const week = list.items.find(candidate => candidate.label === 'week' && candidate.kind === 15);
        // Weeks 1, 2 and 3 exist: the next is 4.
        expect(week?.detail).toBe('week 4');
        expect(week?.insertText).toBe('week ${1:4} "${2:Title}" {\n\t${3|mon,tue,wed,thu,fri,sat,sun|} $0\n}');
    });

    test('a named session and a circuit', async () => {
        const top = await completionsAt('plan "P"\n<|>');
        expect(top.items.find(candidate => candidate.label === 'session' && candidate.kind === 15)?.insertText)
            .toBe('session ${1:name} "${2:Title}" ${3|run,speed,strength,plyometrics,mobility,circuit,cross|} {\n\t$0\n}');
        const day = await completionsAt(inWeek('tue <|>'));
        expect(day.items.find(candidate => candidate.label === 'circuit' && candidate.kind === 15)?.insertText)
            .toBe('circuit ${1:3} rounds {\n\t$0\n} rest ${2:2min}');
    });
});

describe('where a coach writes words of their own', () => {
    test('inside a comment: nothing, in a line comment to its end and in a block comment to its `*/`', async () => {
        for (const text of ['plan "P"\n// easy week <|>\nweek 1 {\n  tue run 5km\n}', 'plan "P"\nweek 1 { /* sprints <|> */\n  tue run 5km\n}']) {
            expect(labels(await completionsAt(text))).toEqual([]);
        }
        expect(labels(await completionsAt('plan "P"\nweek 1 { /* sprints */ <|>\n  tue run 5km\n}'))).toContain('mon');
    });

    test('never the same label twice', async () => {
        for (const text of ['plan "P"\n<|>', inWeek('tue run 8km <|>'), inWeek('<|>')]) {
            const shown = labels(await completionsAt(text));
            expect(shown.filter((label, index) => shown.indexOf(label) !== index), text).toEqual([]);
        }
    });
});

describe('the new steps', () => {
    test('after `rest 200m`: jog and walk first', async () => {
        const list = await completionsAt(inWeek('tue run 6 x 400m rest 200m <|>'));
        expect(labels(list).slice(0, 2)).toEqual(['jog', 'walk']);
    });
});
