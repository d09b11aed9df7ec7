/** Hovers: what a drill is and how it is counted, a pace's value, a session's and a week's size. */
import { expectHover } from 'langium/test';
import { describe, test } from 'vitest';
import { services } from '../helpers.js';
import { loadBuiltinDrills } from './builtin-drills.js';

const hover = expectHover(services.Stride);

loadBuiltinDrills();

const PLAN = `plan "P"
  start 2027-01-04
  pace easy 6:00/km
session easy-day "Easy day" run {
  8km @easy
}
session spare "Spare" run {
  5km @easy
}
week 1 "Base" {
  tue run 10km @easy
  thu easy-day
}
week 2 = week 1 +10%
`;

/** The plan with `<|>` put before the n-th occurrence of `word`. */
function at(word: string, occurrence = 1, text = PLAN): string {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = text.indexOf(word, index + 1);
    return `${text.slice(0, index)}<|>${text.slice(index)}`;
}

describe('a drill', () => {
    test.each([
        {
            // flying-sprint: distance or time, a 20 m run-in, 240 s = 4 min rest.
            what: 'a built-in: what it is, what it is written in, its build-up and rest, its other names',
            text: 'tue run 3 x 30m <|>flying-sprint',
            hover: '**Flying sprint** (`flying-sprint`) · Sprint\n\n'
                + 'A timed all-out stretch, usually 30 m, entered at speed after a run-in; pure top-speed work.\n\n'
                + 'Written in distance or time · 20 m build-up before the timed part · default rest 4 min\n\n'
                + 'Also written `fly`, `flyer`, `flyers`, `flying-30`, `flying-30s`',
        },
        {
            // bound: 1 contact a rep, moderate tier, 120 s = 2 min rest.
            what: 'a plyometric drill: its foot contacts per rep',
            text: 'sun plyometrics 3 x 8 bo<|>und',
            hover: '**Bound** (`bound`) · Plyometric\n\n'
                + 'Exaggerated running strides pushing for distance and hang time, landing leg to leg; horizontal power.\n\n'
                + 'Written in reps or distance · 1 foot contact per rep (moderate intensity) · default rest 2 min\n\n'
                + 'Also written `bounding`, `bounds`, `alternate-leg-bound`',
        },
        {
            // 90 s rest reads 1:30 min.
            what: 'written by an alias, the drill it stands for; one side at a time',
            text: 'thu strength 3 x 6 s<|>ld each-leg',
            hover: '**Single-leg deadlift** (`single-leg-deadlift`) · Strength\n\n'
                + 'Hinge forward on one leg as the free leg reaches back, then stand; hamstrings, glutes and balance.\n\n'
                + 'Written in reps · one side at a time: `each-leg` doubles the reps · default rest 1:30 min\n\n'
                + 'Also written `sld`, `single-leg-rdl`, `rdl-single`, `one-leg-deadlift`, `1-leg-deadlift`, `1-leg-rdl`',
        },
    ])('$what', async ({ text, hover: expected }) => {
        await hover({ text: `plan "P"\nweek 1 {\n  ${text}\n}`, index: 0, disposeAfterCheck: true, hover: expected });
    });

    test('a drill the plan defines, where it is defined', async () => {
        await hover({
            text: 'plan "P"\ndrill <|>hill-bound "Hill bound" plyometric in distance contacts 2 rest 3min about "Bounding up a steep hill"\n',
            index: 0,
            disposeAfterCheck: true,
            hover: '**Hill bound** (`hill-bound`) · Plyometric\n\nBounding up a steep hill\n\n'
                + 'Written in distance · 2 foot contacts per rep (moderate intensity) · default rest 3 min',
        });
    });
});

describe('a week', () => {
    test('its header: dates, distance, time, load and sessions', async () => {
        await hover({
            text: at('week 1 "Base"'),
            index: 0,
            disposeAfterCheck: true,
            // tue 10 km and thu 8 km at 6:00/km: 18 km in 108 min = 1:48 h at RPE 3, load 3 x 108 = 324.
            hover: '**Week 1: Base** · 2027-01-04 to 2027-01-10\n\nDistance 18.0 km\n\nTime 1:48 h · load 324 AU · 2 sessions, 0 hard',
        });
    });

    test('a derived week: its change on the week before', async () => {
        await hover({
            text: PLAN.replace('week 2 =', '<|>week 2 ='),
            index: 0,
            disposeAfterCheck: true,
            // +10%: 11 km + 8.8 km = 19.8 km in 118.8 min = 1:59 h, load 3 x 118.8 = 356.4; 19.8 / 18 = +10%.
            hover: '**Week 2** · 2027-01-11 to 2027-01-17\n\nDistance 19.8 km (+10% on week 1)\n\nTime 1:59 h · load 356 AU · 2 sessions, 0 hard',
        });
    });

    test('a reference to a week shows that week', async () => {
        await hover({
            text: PLAN.replace('= week 1', '= week <|>1'),
            index: 0,
            disposeAfterCheck: true,
            hover: '**Week 1: Base** · 2027-01-04 to 2027-01-10\n\nDistance 18.0 km\n\nTime 1:48 h · load 324 AU · 2 sessions, 0 hard',
        });
    });
});

describe('a named session and a pace', () => {
    test('a session: its size where a week first uses it', async () => {
        // 8 km at 6:00/km: 48 min at RPE 3, load 144.
        await hover({ text: at('easy-day', 2), index: 0, disposeAfterCheck: true, hover: '**Easy day** (`easy-day`) · run\n\n48 min · 144 AU · 8.0 km (week 1 thu)' });
        await hover({ text: at('easy-day', 1), index: 0, disposeAfterCheck: true, hover: '**Easy day** (`easy-day`) · run\n\n48 min · 144 AU · 8.0 km (week 1 thu)' });
    });

    test('a session no week uses says so', async () => {
        await hover({ text: at('spare'), index: 0, disposeAfterCheck: true, hover: '**Spare** (`spare`) · run\n\nnot used in any week yet' });
    });

    test('a pace: its value per km and per mile', async () => {
        // 6:00/km is 360 s x 1.609344 = 579.4 s a mile: 9:39/mi.
        await hover({ text: at('easy', 3), index: 0, disposeAfterCheck: true, hover: '**easy** pace: 6:00/km (9:39/mi)' });
    });
});
