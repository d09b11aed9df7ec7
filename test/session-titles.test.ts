/**
 * What a session is called where there is room for a few words (src/plan/describe.ts): an
 * unnamed session by its main set, a named one by its name with the main set beside it; and
 * its items as a structure of phases, rounds and rests.
 */
import { describe, expect, test } from 'vitest';
import { sessionOutline, sessionTitle } from '../src/plan/describe.js';
import { cleanPlan, HEADER, sessionsOf, week1Sessions } from './helpers.js';

const PACES = `${HEADER}  pace threshold 4:30/km\n  1rm back-squat 150 kg\n`;

/** The title and main set of each session of week 1 with these days. */
async function titles(days: string, header = PACES): Promise<Array<{ title: string; mainSet: string | null }>> {
    const plan = await cleanPlan(`${header}week 1 {\n${days}\n}`);
    return sessionsOf(plan).map(session => sessionTitle(session, plan.units));
}

describe('a session without a name', () => {
    test('is named by its main set, the way a coach writes it', async () => {
        expect(await titles(`
  mon run 8km @easy
  tue speed 4 x 60m sprint @95% rest 6min
  wed run 3 x 2km cruise-interval @threshold rest 90s
  thu run 8km easy-run @easy
  fri run 10km @Z2 and run 5km @4:20/km
  sat strength 3 x 5 back-squat @80% rest 3min and strength 3 x 6 lunge each-leg @RPE7
  sun run 1:30 @easy`)).toEqual([
            { title: '8 km easy', mainSet: null },
            { title: '4 x 60 m sprint @95%', mainSet: null },
            { title: '3 x 2 km cruise interval @threshold', mainSet: null },
            // The drill says easy already.
            { title: '8 km easy run', mainSet: null },
            { title: '10 km @Z2', mainSet: null },
            { title: '5 km @4:20/km', mainSet: null },
            { title: '3 x 5 back squat @80%', mainSet: null },
            { title: '3 x 6 lunge @RPE7', mainSet: null },
            { title: '1:30 min easy', mainSet: null },
        ]);
    });

    test('leaves out its warm-up and cool-down, and counts what it cannot name in a few words', async () => {
        expect(await titles(`
  tue speed {
    warmup 15min @easy
    3 x { 4 x 30m sprint rest 2min } rest 8min
    cooldown 10min @easy
  }
  thu plyometrics 2 rounds { 10 pogo-jump 8 bound 10 skip } rest 2min
  fri mobility 20min { hip-flexors glutes hamstrings groin ankles }
  sat run 2km @easy 6 x 100m strides @80% 20min @threshold 2km @easy`)).toEqual([
            { title: '3 x 4 x 30 m sprint', mainSet: null },
            { title: '2 rounds: 10 pogo jump, 8 bound +1', mainSet: null },
            { title: '20 min: hip flexor stretch, glute stretch +3', mainSet: null },
            { title: '2 km easy + 6 x 100 m strides @80% + 2 more', mainSet: null },
        ]);
    });

    test('a timed sprint by its time', async () => {
        expect(await titles('  tue speed 4 x 60m sprint in 7.7s rest 8min')).toEqual([{ title: '4 x 60 m sprint in 7.7 s', mainSet: null }]);
    });

    test('in a plan in miles, in miles', async () => {
        expect(await titles('  tue run 5mi @easy', `${HEADER}  units mi\n`)).toEqual([
            { title: '5 mi easy', mainSet: null },
        ]);
    });
});

describe('a named session', () => {
    test('keeps its name, with its main set beside it', async () => {
        expect(await titles(`
  tue speed-day
  thu run "Long run" 16km long-run @easy`, `${PACES}session speed-day "Speed day" {\n  warmup 15min @easy\n  4 x 60m sprint @95% rest 6min\n}\n`)).toEqual([
            { title: 'Speed day', mainSet: '4 x 60 m sprint @95%' },
            { title: 'Long run', mainSet: '16 km long run @easy' },
        ]);
    });
});

describe('the outline of a session', () => {
    test('puts its items under their phases, rounds around what is done each round, and each rest apart from its work', async () => {
        const [session] = await week1Sessions(`
  tue speed {
    warmup 15min @easy
    3 x { 4 x 30m flying-sprint @max rest 2min } rest 8min "walk back"
    note "Stop when the times slow"
    cooldown 10min @easy
  }`, PACES);
        expect(sessionOutline(session, 'km')).toEqual([
            { heading: 'Warm-up', items: [{ type: 'step', work: '15 min Run at easy pace (6:00/km)', rest: null, note: null }] },
            {
                heading: 'Main',
                items: [
                    {
                        type: 'rounds',
                        heading: '3 rounds, rest 8 min between (walk back)',
                        items: [{ type: 'step', work: '4 x 30 m Flying sprint at max effort', rest: '2 min', note: null }],
                    },
                    { type: 'note', text: 'Stop when the times slow' },
                ],
            },
            { heading: 'Cool-down', items: [{ type: 'step', work: '10 min Run at easy pace (6:00/km)', rest: null, note: null }] },
        ]);
    });
});
