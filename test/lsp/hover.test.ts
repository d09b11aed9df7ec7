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
            // flying-sprint: distance or time, a 20 m run-in, 240 s = 4 min rest; in this step at 95% of the assumed 8 m/s:
            // 7.6 m/s, 30 m in 3.95 s; 3 reps of 50 m = 19.74 s at RPE 9, 2 rests of 4 min: 8.3 min, 19 AU.
            what: 'a built-in: what it is, its numbers, its other names, and what it comes to in this step',
            text: 'tue run 3 x 30m <|>flying-sprint',
            hover: '**Flying sprint** · kind sprint\n\n'
                + 'A timed all-out stretch, usually 30 m, entered at speed after a run-in; pure top-speed work.\n\n'
                + 'Written in distance or time · run-in: 20 m before the timed part\n\n'
                + 'Speed: a share of max speed · no intensity: RPE 9 (95% of max speed) · no rest: 4 min\n\n'
                + 'Also written `fly`, `flyer`, `flyers`, `flying-30`, `flying-30s`\n\n---\n\n'
                + '**This step**: 7.60 m/s (95% of max speed): 30 m in 3.95 s, RPE 9 · 8 min · 19 AU',
        },
        {
            // bound: 0.7 s a rep, 3.5 m/s, 1 contact a rep or one each 2.5 m, moderate tier (RPE 6), 120 s = 2 min rest.
            what: 'a plyometric drill: its foot contacts per rep and its tier',
            text: 'sun plyometrics 3 x 8 bo<|>und',
            hover: '**Bound** · kind plyometric\n\n'
                + 'Exaggerated running strides pushing for distance and hang time, landing leg to leg; horizontal power.\n\n'
                + 'Written in reps or distance\n\n'
                + 'A rep: 0.7 s · speed: 3.5 m/s · foot contacts: 1 a rep, 1 per 2.5 m (moderate tier) · no intensity: RPE 6 (moderate tier) · no rest: 2 min\n\n'
                + 'Also written `bounding`, `bounds`, `alternate-leg-bound`\n\n---\n\n'
                + '**This step**: RPE 6 · 4 min · 10 AU',
        },
        {
            // 90 s rest reads 1:30 min.
            what: 'written by an alias, the drill it stands for; one side at a time',
            text: 'thu strength 3 x 6 s<|>ld each-leg',
            hover: '**Single-leg deadlift** · kind strength\n\n'
                + 'Hinge forward on one leg as the free leg reaches back, then stand; hamstrings, glutes and balance.\n\n'
                + 'Written in reps · one side at a time: `each-leg` doubles the reps\n\n'
                + 'A rep: 4 s · no intensity: RPE 6 · no rest: 1:30 min\n\n'
                + 'Also written `sld`, `single-leg-rdl`, `rdl-single`, `one-leg-deadlift`, `1-leg-deadlift`, `1-leg-rdl`\n\n---\n\n'
                + '**This step**: RPE 6 · 5 min · 20 AU',
        },
    ])('$what', async ({ text, hover: expected }) => {
        await hover({ text: `plan "P"\nweek 1 {\n  ${text}\n}`, index: 0, disposeAfterCheck: true, hover: expected });
    });

    test('a sprint at 95% of this athlete\'s 8.2 m/s: 7.79 m/s, 60 m in 7.70 s; a timed one the same from its time', async () => {
        const plan = (step: string) => `plan "P"\n  max-speed 8.2 m/s\nweek 1 {\n  tue speed 4 x 60m <|>sprint ${step} rest 8min\n}`;
        const effort = '7.79 m/s (95% of max speed): 60 m in 7.70 s, RPE 9 · 25 min · 53 AU';
        await hover({ text: plan('@95%'), index: 0, disposeAfterCheck: true, hover: new RegExp(`\\*\\*This step\\*\\*: ${escape(effort)}$`) });
        await hover({ text: plan('in 7.7s'), index: 0, disposeAfterCheck: true, hover: new RegExp(`\\*\\*This step\\*\\*: ${escape(effort)}$`) });
    });

    test('a lift at a share of its 1RM and a tempo', async () => {
        const text = 'plan "P"\n  1rm back-squat 161 kg\nweek 1 {\n  tue strength 3 x 8 back-<|>squat @70% @tempo 4-0-4-0 rest 2min\n}';
        // 70% of 161 kg = 112.7 kg; 8 s a rep; RPE 6: 24 x 8 s = 3.2 min, 2 rests of 2 min: 7.2 min, 27 AU.
        await hover({ text, index: 0, disposeAfterCheck: true, hover: /\*\*This step\*\*: 112\.7 kg \(70% of 161 kg\), 8 s a rep \(tempo 4-0-4-0\), RPE 6 · 7 min · 27 AU$/ });
    });

    test('a drill the plan defines, where it is defined', async () => {
        await hover({
            text: 'plan "P"\ndrill <|>hill-bound "Hill bound" plyometric in distance contacts 2 rest 3min about "Bounding up a steep hill"\n',
            index: 0,
            disposeAfterCheck: true,
            hover: '**Hill bound** · kind plyometric\n\nBounding up a steep hill\n\n'
                + 'Written in distance\n\n'
                + 'Speed: 3 m/s · foot contacts: 2 a rep, 1 per 2 m (moderate tier) · no intensity: RPE 6 (moderate tier) · no rest: 3 min',
        });
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
