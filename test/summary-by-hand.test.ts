/**
 * A week of every kind of work, computed by hand from the numbers docs/plan-model.md gives and
 * docs/drills.md lists, against what `stride summary --format json` prints: timed sprints with
 * walks back, a built-in lift at a share of its 1RM with a tempo, push-ups, a circuit used with
 * its rounds, intervals with jog recoveries, a mobility block of a set time and a long run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { PlanSession, PlanWeek } from '../src/plan/model.js';
import { runStride } from './helpers.js';

const PLAN = `plan "By hand"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
  1rm back-squat 100 kg

session circuit-day "Circuit" circuit {
  2 rounds { 10 pogo-jump  10 squat-jump } rest 1min
}

week 1 {
  mon rest
  tue speed "Speed" {
    warmup 10min @easy
    4 x 60m sprint in 8s rest 200m walk
    cooldown 10min @easy
  }
  wed strength "Gym" 3 x 5 back-squat @80% @tempo 3-1-1-0 rest 3min  2 x 10 push-up rest 60s
  thu circuit-day 3 rounds
  fri run "Intervals" 2km @easy 5 x 1km @4:30/km rest 400m jog 2km @easy
  sat mobility 10min { hip-flexors each-leg  groin }
  sun run "Long run" 15km long-run @easy
}
`;

const folder = mkdtempSync(join(tmpdir(), 'stride-by-hand-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a week of every kind of work, by hand, is what stride summary prints', async () => {
    const file = join(folder, 'by-hand.stride');
    writeFileSync(file, PLAN);
    const run = await runStride('summary', file, '--format', 'json');
    expect(run.code).toBe(0);
    const week = (JSON.parse(run.out.join('\n')) as { weeks: PlanWeek[] }).weeks[0];
    const sessions = new Map<string, PlanSession>(week.days.flatMap(day => day.sessions.map(session => [session.name, session])));

    // Easy pace 360 s/km; a walk runs at 1.7 x 360 = 612 s/km (RPE 1), a jog at 1.08 x 360 = 388.8 s/km (RPE 2).
    // Tue: 10 min @easy = 10 min at RPE 3, 30 AU, 600 / 360 km = 1666.667 m; and the cool-down the same.
    //   60 m in 8 s: 7.5 m/s, 93.75% of 8 m/s: RPE 8, sprint metres. 4 x 8 s = 32 s = 0.533 min, 4.267 AU;
    //   3 walks back of 200 m at 612 s/km = 122.4 s each, 6.12 min at RPE 1, 6.12 AU, 600 m.
    //   26.653 min, 70.387 AU, 1666.667 + 240 + 600 + 1666.667 = 4173.334 m; hard: sprints at 90% or more.
    expect(sessions.get('Speed')).toMatchObject({
        minutes: 26.653, load: 70.387, distanceM: 4173.334, sprintMetres: 240, runMinutes: 26.653, runMinutesAtThreshold: 0.533,
        distanceByBand: { easy: 3933.334, moderate: 0, hard: 0, sprint: 240 }, hardReasons: ['sprints at 90% or more'],
    });
    // Wed: back-squat, 4 s a rep, but a tempo of 3 + 1 + 1 + 0 = 5 s: 15 reps = 75 s = 1.25 min at 80% of 1RM, RPE 7: 8.75;
    //   2 rests of 3 min at RPE 2: 6 min, 12. Push-ups (docs/drills.md: 3 s a rep, RPE 6): 20 x 3 s = 1 min, 6;
    //   1 rest of 60 s, 2. 9.25 min, 28.75 AU; RPE 7 is under the 8 of a heavy lift: not hard.
    expect(sessions.get('Gym')).toMatchObject({ minutes: 9.25, load: 28.75, distanceM: 0, hard: false });
    // Thu: the circuit's 2 rounds made 3 where it is used. A round: 10 pogo jumps (0.5 s, low tier RPE 5) 0.083 min, 0.417 AU;
    //   10 squat jumps (1.5 s, low tier RPE 5) 0.25 min, 1.25 AU; 0.333 min, 1.667 AU, 20 contacts.
    //   3 rounds: 0.999 min, 5.001 AU, 60 contacts; 2 rests of 1 min, 4 AU. 2.999 min, 9.001 AU; 60 contacts make it hard.
    expect(sessions.get('Circuit')).toMatchObject({ minutes: 2.999, load: 9.001, contacts: 60, hardReasons: ['60 foot contacts'] });
    // Fri: 2 km @easy = 12 min, 36 AU, twice. 5 x 1 km at 270 s/km (0.75 of easy: RPE 8) = 22.5 min, 180 AU;
    //   4 jogs of 400 m at 388.8 s/km = 155.52 s each: 10.368 min, 20.736 AU, 1600 m.
    //   56.868 min, 272.736 AU, 10600 m; 22.5 min at threshold or above: hard.
    expect(sessions.get('Intervals')).toMatchObject({
        minutes: 56.868, load: 272.736, distanceM: 10600, runMinutesAtThreshold: 22.5,
        distanceByBand: { easy: 5600, moderate: 0, hard: 5000, sprint: 0 }, hardReasons: ['running at or above threshold'],
    });
    // Sat: hip-flexors (45 s a side) each leg, 1.5 min, and groin, 1 min, at RPE 2: 2.5 min, 5 AU,
    //   stretched to the block's 10 min: x 4, 10 min, 20 AU.
    expect(sessions.get('Mobility')).toMatchObject({ minutes: 10, load: 20 });
    // Sun: 15 km at 360 s/km = 90 min at RPE 3, 270 AU.
    expect(sessions.get('Long run')).toMatchObject({ minutes: 90, load: 270, distanceM: 15000 });

    // The week: the sums, each rounded to three places.
    expect(week.totals).toMatchObject({
        sessions: 6,
        hardSessions: 3,
        minutes: 195.77,
        load: 670.874,
        distanceM: 29773.334,
        distanceByBand: { easy: 24533.334, moderate: 0, hard: 5000, sprint: 240 },
        runMinutes: 173.521,
        runMinutesAtThreshold: 23.033,
        sprintMetres: 240,
        contacts: 60,
    });
});
