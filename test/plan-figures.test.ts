/**
 * The Plan's figures on cases worked out by hand. Drill numbers come from src/drills/catalogue.ts:
 * run (no rest of its own), interval (rest 90 s), sprint (rest 240 s), flying-sprint (rest 240 s,
 * build-up 20 m), back-squat (4 s a rep, rest 180 s), lunge (4 s a rep, rest 90 s),
 * pogo-jump (0.5 s a rep, rest 90 s, 1 contact, low tier), bound (2.5 m a contact, moderate tier),
 * standing-triple-jump (3 contacts a rep, high tier), single-leg-pogo (1 contact a rep),
 * strides (a counted rep is 15 s at 6.5 m/s). Efforts come from src/plan/effort.ts; a rest is walked at RPE 2.
 */
import { describe, expect, test } from 'vitest';
import { steps } from '../src/plan/build-plan.js';
import { cleanPlan, onlySession, onlyStep, sessionsOf, week1Sessions } from './helpers.js';

/** Round numbers: easy 6:00/km, 10k 4:20/km, marathon 5:00/km, max speed 10 m/s, back-squat 1RM 100 kg. */
const header = `plan "Figures"
  start 2027-01-04
  pace easy 6:00/km
  pace 10k 4:20/km
  pace marathon 5:00/km
  max-speed 10 m/s
  1rm back-squat 100 kg
`;

describe('an easy run', () => {
    test('given as a distance', async () => {
        const session = await onlySession('tue run 10km @easy', header);
        // 10 km at 6:00/km = 60 min; easy is RPE 3: load 3 x 60 = 180.
        expect(session).toMatchObject({
            minutes: 60, load: 180, rpe: 3, distanceM: 10000, runMinutes: 60, runMinutesAtThreshold: 0, hard: false,
            distanceByBand: { easy: 10000, moderate: 0, hard: 0, sprint: 0 },
        });
    });

    test('given as a duration', async () => {
        const session = await onlySession('tue run 45min @easy', header);
        // 2700 s at 360 s/km = 7.5 km; load 3 x 45 = 135.
        expect(session).toMatchObject({ minutes: 45, load: 135, distanceM: 7500 });
    });

    test('with no intensity, at the easy pace', async () => {
        const session = await onlySession('tue run 5km', header);
        // 5 x 6 min = 30 min at RPE 3.
        expect(session).toMatchObject({ minutes: 30, load: 90, distanceM: 5000 });
    });

    test('at a marathon pace, a moderate run', async () => {
        const session = await onlySession('tue run 10km @marathon', header);
        // 10 x 5 min = 50 min; marathon pace is RPE 5: load 250.
        expect(session).toMatchObject({ minutes: 50, load: 250, distanceByBand: { easy: 0, moderate: 10000, hard: 0, sprint: 0 } });
    });

    test('at an unnamed pace, by its ratio to the easy pace', async () => {
        const session = await onlySession('tue run 5km @4:30/km', header);
        // 270 / 360 = 0.75, under 0.755 (10k) and at least 0.72 (5k): RPE 8. 5 x 270 s = 22.5 min; load 8 x 22.5 = 180.
        // 22.5 min at or above threshold, 5 or more: a hard session.
        expect(steps(session.items)[0]).toMatchObject({ rpe: 8, minutes: 22.5, load: 180, hardReason: null });
        expect(session.hardReasons).toEqual(['running at or above threshold']);
    });

    test('in a heart-rate zone', async () => {
        const step = await onlyStep('tue run 30min @Z2', header);
        // Z2 is RPE 3, run at 1.0 x the easy pace: 1800 s / 360 s per km = 5 km; load 3 x 30 = 90.
        expect(step).toMatchObject({ rpe: 3, minutes: 30, load: 90, distanceM: 5000 });
    });

    test('at an RPE', async () => {
        const step = await onlyStep('tue run 30min @RPE6', header);
        // RPE 6 runs at 0.81 x 360 = 291.6 s/km: 1800 / 291.6 km = 6172.84 m; load 6 x 30 = 180, at threshold.
        expect(step).toMatchObject({ rpe: 6, minutes: 30, load: 180, runMinutesAtThreshold: 30 });
        expect(step.distanceM).toBeCloseTo(6172.84, 2);
    });
});

describe('an interval session at a named pace', () => {
    test('counts N-1 rests between N reps, at RPE 2', async () => {
        const session = await onlySession('thu run 6 x 1km @10k rest 2min', header);
        // Work: 6 x 260 s = 1560 s = 26 min at RPE 7 (10k). Rest: 5 x 2 min = 10 min at RPE 2.
        // Minutes 36; load 26 x 7 + 10 x 2 = 182 + 20 = 202; session RPE 202 / 36 = 5.611.
        expect(session).toMatchObject({
            minutes: 36, load: 202, rpe: 5.611, distanceM: 6000, runMinutes: 26, runMinutesAtThreshold: 26,
            distanceByBand: { easy: 0, moderate: 0, hard: 6000, sprint: 0 },
            hard: true, hardReasons: ['running at or above threshold'],
        });
    });

    test("uses the drill's own rest when none is written", async () => {
        const step = await onlyStep('thu run 6 x 800m interval @10k', header);
        // Work: 6 x 0.8 x 260 s = 1248 s = 20.8 min. Rest: 5 x 90 s = 7.5 min. Load 20.8 x 7 + 7.5 x 2 = 145.6 + 15 = 160.6.
        expect(step).toMatchObject({ restUsedS: 90, minutes: 28.3, load: 160.6 });
    });

    test('rests between every rep of sets x reps of a distance', async () => {
        const step = await onlyStep('thu run 2 x 3 x 1km @10k rest 1min', header);
        // 6 reps of 260 s = 26 min; 5 rests of 1 min; load 26 x 7 + 5 x 2 = 192.
        expect(step).toMatchObject({ minutes: 31, load: 192 });
    });

    test('a single rep has no rest', async () => {
        const step = await onlyStep('thu run 1km @10k rest 5min', header);
        // 260 s = 4.333 min, no rest after the only rep.
        expect(step).toMatchObject({ restUsedS: 0, minutes: 4.333 });
    });
});

describe('sprints', () => {
    test('at a % of max speed: time = distance / (max speed x fraction)', async () => {
        const session = await onlySession('sat speed 4 x 54m sprint @90% rest 3min', header);
        // 10 m/s x 0.9 = 9 m/s: 54 m in 6 s; 4 reps = 24 s = 0.4 min at RPE 8. Rest 3 x 3 min = 9 min.
        // Load 0.4 x 8 + 9 x 2 = 3.2 + 18 = 21.2. At 90%, all 216 m count as sprint metres.
        expect(session).toMatchObject({
            minutes: 9.4, load: 21.2, distanceM: 216, sprintMetres: 216, runMinutes: 0.4,
            distanceByBand: { easy: 0, moderate: 0, hard: 0, sprint: 216 },
            kind: 'speed', hard: true, hardReasons: ['sprints at 90% or more'],
        });
    });

    test('under 90% they are not sprint metres and not a hard day', async () => {
        const session = await onlySession('sat speed 4 x 48m sprint @80% rest 3min', header);
        // 8 m/s: 6 s a rep, 24 s = 0.4 min at RPE 7; load 0.4 x 7 + 18 = 20.8.
        expect(session).toMatchObject({ minutes: 9.4, load: 20.8, distanceM: 192, sprintMetres: 0, hard: false });
    });

    test("with no intensity, at 95% and the drill's rest", async () => {
        const step = await onlyStep('sat speed 2 x 57m sprint', header);
        // 9.5 m/s: 6 s a rep, 12 s = 0.2 min at RPE 9; one rest of 240 s = 4 min; load 1.8 + 8 = 9.8.
        expect(step).toMatchObject({ rpe: 9, restUsedS: 240, minutes: 4.2, load: 9.8, sprintMetres: 114 });
    });

    test('a flying sprint runs its build-up too, which is not counted as sprint metres', async () => {
        const step = await onlyStep('sat speed 3 x 30m flying-sprint @max rest 4min', header);
        // (30 + 20) m at 10 m/s = 5 s a rep; 15 s = 0.25 min at RPE 10; rest 2 x 4 min = 8 min.
        // Load 2.5 + 16 = 18.5. Distance run 3 x 50 = 150 m; sprint metres 3 x 30 = 90 m.
        expect(step).toMatchObject({ minutes: 8.25, load: 18.5, distanceM: 150, sprintMetres: 90 });
    });

    test('in nested sets, with rests inside and between', async () => {
        const session = await onlySession('sat speed 3 x { 4 x 30m sprint @100% rest 2min } rest 8min', header);
        // A round: 4 x 3 s = 12 s = 0.2 min at RPE 10, 3 rests of 2 min = 6 min: 6.2 min, load 2 + 12 = 14.
        // Three rounds and two rests of 8 min: 18.6 + 16 = 34.6 min; load 42 + 32 = 74.
        expect(session).toMatchObject({ minutes: 34.6, load: 74, sprintMetres: 360, distanceM: 360 });
    });
});

describe('strength', () => {
    test('% of 1RM: 85% is heavy and makes a hard day', async () => {
        const session = await onlySession('thu strength 3 x 5 back-squat @85% rest 3min', header);
        // 15 reps x 4 s = 1 min at RPE 8; 2 rests of 3 min between sets = 6 min at RPE 2; load 8 + 12 = 20.
        expect(session).toMatchObject({
            minutes: 7, load: 20, distanceM: 0, runMinutes: 0, hard: true, hardReasons: ['lifting at 85% of 1RM'],
        });
    });

    test('80% of 1RM is not heavy', async () => {
        const session = await onlySession('thu strength 3 x 5 back-squat @80%', header);
        // RPE 7: 1 x 7 + 6 x 2 = 19; rest is the drill's 180 s.
        expect(session).toMatchObject({ minutes: 7, load: 19, hard: false });
    });

    test('a load in kg is a share of the 1RM', async () => {
        const step = await onlyStep('thu strength 3 x 3 back-squat @90kg', header);
        // 90 / 100 = 90%: RPE 9. 9 reps x 4 s = 0.6 min; 2 x 3 min rest; load 5.4 + 12 = 17.4.
        expect(step).toMatchObject({ rpe: 9, minutes: 6.6, load: 17.4, hardReason: 'lifting at 90% of 1RM' });
    });

    test('each-leg doubles the work, not the rests', async () => {
        const step = await onlyStep('thu strength 3 x 8 lunge each-leg @RPE7 rest 90s', header);
        // 24 reps x 2 legs x 4 s = 192 s = 3.2 min at RPE 7; 2 rests of 90 s = 3 min; load 22.4 + 6 = 28.4.
        expect(step).toMatchObject({ minutes: 6.2, load: 28.4, hardReason: null });
    });
});

describe('plyometrics', () => {
    test('contacts per rep x reps, and rests between sets', async () => {
        const step = await onlyStep('sun plyometrics 3 x 10 pogo-jump', header);
        // 30 contacts; 30 x 0.5 s = 0.25 min at RPE 5 (low tier); 2 rests of 90 s = 3 min; load 1.25 + 6 = 7.25.
        expect(step).toMatchObject({ contacts: 30, minutes: 3.25, load: 7.25, rpe: 5 });
    });

    test('x rounds of a circuit', async () => {
        const session = await onlySession('sun plyometrics 2 rounds { 10 pogo-jump  8 bound } rest 2min', header);
        // (10 + 8) contacts a round x 2 rounds.
        expect(session.contacts).toBe(36);
    });

    test('bounds written as a distance: metres / metres per contact', async () => {
        const step = await onlyStep('sun plyometrics 3 x 30m bound', header);
        // 30 m / 2.5 m = 12 contacts a rep, x 3.
        expect(step.contacts).toBe(36);
    });

    test('several contacts a rep', async () => {
        const step = await onlyStep('sun plyometrics 3 x 5 standing-triple-jump', header);
        // 15 jumps x 3 contacts (hop, step, jump); high tier.
        expect(step).toMatchObject({ contacts: 45, hardReason: 'high-intensity plyometrics' });
    });

    test('each-leg doubles the contacts', async () => {
        const step = await onlyStep('sun plyometrics 2 x 10 single-leg-pogo each-leg', header);
        expect(step.contacts).toBe(40);
    });

    test('50 contacts in a session make a hard day; 49 do not', async () => {
        const [fifty, fortyNine] = await week1Sessions('tue plyometrics 5 x 10 pogo-jump  thu plyometrics 7 x 7 pogo-jump', header);
        expect([fifty.contacts, fifty.hard, fifty.hardReasons]).toEqual([50, true, ['50 foot contacts']]);
        expect([fortyNine.contacts, fortyNine.hard]).toEqual([49, false]);
    });
});

describe('a hard session: one rule, drill by drill', () => {
    test('strides at 80% are a few minutes of fast running, not a workout: 1.5 min is under 5', async () => {
        const session = await onlySession('thu run 5km @easy 6 x 100m strides @80% rest 60s', header);
        // 6 x 100 m at 8 m/s = 75 s at RPE 7.
        expect(session).toMatchObject({ runMinutesAtThreshold: 1.25, hard: false, hardReasons: [] });
    });

    test('5 minutes or more of running at threshold or above make a workout, over the whole session', async () => {
        // 300 m at 300 s/km is 90 s at RPE 6 (300 / 360 = 0.833): three are 4.5 min, four are 6.
        const three = await onlySession('thu run 3 x 300m @5:00/km rest 1min', header);
        const four = await onlySession('thu run 2 x 300m @5:00/km rest 1min 2 x 300m @5:00/km', header);
        expect([three.runMinutesAtThreshold, three.hard, four.runMinutesAtThreshold, four.hardReasons])
            .toEqual([4.5, false, 6, ['running at or above threshold']]);
    });

    test('strides at 90% of max speed or more are running at top speed: sprint metres, and a hard day', async () => {
        const session = await onlySession('thu run 4 x 80m strides @95% rest 2min', header);
        expect(session).toMatchObject({ sprintMetres: 320, hardReasons: ['sprints at 90% or more'] });
    });

    test('a lift at RPE 8 or more is heavy however it is written', async () => {
        const rpe = await onlySession('thu strength 3 x 3 back-squat @RPE8', header);
        const max = await onlySession('thu strength 1 x 1 back-squat @max', header);
        expect([rpe.hardReasons, max.hardReasons]).toEqual([['lifting at RPE 8'], ['lifting at RPE 10']]);
    });
});

describe('a group with a total duration', () => {
    test('takes that time, at the effort of what it holds', async () => {
        const session = await onlySession('fri mobility 20min { hip-flexors glutes }', header);
        // Mobility is RPE 2: 20 min x 2 = 40.
        expect(session).toMatchObject({ minutes: 20, load: 40, rpe: 2 });
    });

    test('shares its time in proportion to its items', async () => {
        const session = await onlySession('fri circuit 12min { 1min hip-flexors @RPE2  2min glutes @RPE5 }', header);
        // One pass: 3 min with load 1 x 2 + 2 x 5 = 12, an RPE of 4. Stretched to 12 min: load 48.
        expect(session).toMatchObject({ minutes: 12, load: 48, rpe: 4 });
    });
});

describe('week totals', () => {
    const twoWeeks = `${header}week 1 {
  tue run 10km @easy
  thu run 6 x 1km @10k rest 2min
  sat speed 4 x 54m sprint @90% rest 3min
}
week 2 { tue run 12km @easy }
`;

    test('sum the sessions, by band', async () => {
        const plan = await cleanPlan(twoWeeks);
        // Minutes 60 + 36 + 9.4 = 105.4; load 180 + 202 + 21.2 = 403.2; distance 10000 + 6000 + 216.
        expect(plan.weeks[0].totals).toMatchObject({
            sessions: 3, hardSessions: 2, minutes: 105.4, load: 403.2, distanceM: 16216, sprintMetres: 216,
            distanceByBand: { easy: 10000, moderate: 0, hard: 6000, sprint: 216 },
            distanceChange: null,
        });
    });

    test('compare running distance with the week before', async () => {
        const plan = await cleanPlan(twoWeeks);
        // (12000 - 16216) / 16216 = -0.25999..., to three places -0.26.
        expect(plan.weeks[1].totals.distanceChange).toBe(-0.26);
        expect(plan.totals).toMatchObject({ sessions: 4, distanceM: 28216, minutes: 177.4 });
    });

    test('compare only with the week numbered one less, when it ran', async () => {
        const plan = await cleanPlan(`${header}week 1 { tue run 10km }
week 2 { tue run 11km }
week 3 { tue strength 3 x 5 back-squat }
week 4 { tue run 5km }
week 6 { tue run 5km }`);
        // 11 / 10 - 1 = +10%; week 3 runs nothing: -100%; week 4 has no running week before; week 5 is missing.
        expect(plan.weeks.map(week => week.totals.distanceChange)).toEqual([null, 0.1, -1, null, null]);
    });
});

describe('dates', () => {
    test('from a start that is not a Monday, weeks start on that weekday', async () => {
        const plan = await cleanPlan(`${header.replace('2027-01-04', '2027-01-06')}week 1 { wed run 5km  mon run 5km }\nweek 2 { tue run 5km }`);
        // Week 1 runs Wednesday 2027-01-06 to Tuesday 2027-01-12: its Monday is 2027-01-11.
        expect([plan.weeks[0].startDate, plan.weeks[0].endDate]).toEqual(['2027-01-06', '2027-01-12']);
        expect(sessionsOf(plan).map(session => session.date)).toEqual(['2027-01-06', '2027-01-11']);
        expect(sessionsOf(plan, 2)[0].date).toBe('2027-01-19');
    });

    test('from a race, the race week is the last', async () => {
        const plan = await cleanPlan(`plan "Race"\n  race 2028-01-02\n  pace easy 6:00/km\nweek 1 { sun run 5km }\nweek 3 { sun run 10km }`);
        // Sunday 2028-01-02 is in the week of Monday 2027-12-27; week 3 starts then, week 1 two weeks earlier.
        expect(plan.weeks.map(week => [week.number, week.startDate, week.endDate])).toEqual([
            [1, '2027-12-13', '2027-12-19'],
            [3, '2027-12-27', '2028-01-02'],
        ]);
    });

    test('with neither, nothing is dated', async () => {
        const plan = await cleanPlan(`plan "Undated"\n  pace easy 6:00/km\nweek 1 { tue run 5km }`);
        expect([plan.weeks[0].startDate, sessionsOf(plan)[0].date]).toEqual([null, null]);
        expect(plan.assumptions.map(assumption => assumption.code)).toEqual(['no-start-date']);
    });
});

describe('derived weeks', () => {
    test('scale every figure of the week they copy', async () => {
        const plan = await cleanPlan(`${header}week 1 { tue run 10km @easy }\nweek 2 = week 1 +10%`);
        // 11 km at 6:00/km = 66 min, load 198; 10% more distance than week 1.
        expect(plan.weeks[1].totals).toMatchObject({ minutes: 66, load: 198, distanceM: 11000, distanceChange: 0.1 });
    });

    test.each([
        // Whole metres under a kilometre; 31.5 rounds up.
        ['30m', 5, 'repDistanceM', 32],
        ['333m', 10, 'repDistanceM', 366],
        // Tens of metres from a kilometre: 1234 x 1.05 = 1295.7 -> 1300.
        ['1234m', 5, 'repDistanceM', 1300],
        ['8km', 5, 'repDistanceM', 8400],
        // Whole seconds under ten minutes: 45 x 1.1 = 49.5 -> 50.
        ['45s', 10, 'repDurationS', 50],
        // Five seconds from ten minutes: 1200 x 1.07 = 1284 -> 1285.
        ['20min', 7, 'repDurationS', 1285],
    ] as const)('`run %s` at +%i%% has %s %i', async (amount, percent, field, expected) => {
        const plan = await cleanPlan(`${header}week 1 { tue run ${amount} }\nweek 2 = week 1 +${percent}%`);
        expect(steps(sessionsOf(plan, 2)[0].items)[0][field]).toBe(expected);
    });

    test('round counted reps, never below one', async () => {
        const plan = await cleanPlan(`${header}week 1 { tue plyometrics 10 pogo-jump  wed plyometrics 8 pogo-jump  thu plyometrics 1 pogo-jump }
week 2 = week 1 +5%
week 3 = week 1 -60%`);
        // 10 x 1.05 = 10.5 -> 11; 8 x 1.05 = 8.4 -> 8; 1 x 1.05 -> 1. At -60%: 4, 3.2 -> 3, 0.4 -> at least 1.
        expect(sessionsOf(plan, 2).map(session => steps(session.items)[0].reps)).toEqual([11, 8, 1]);
        expect(sessionsOf(plan, 3).map(session => steps(session.items)[0].reps)).toEqual([4, 3, 1]);
    });

    test("scale a group's total time", async () => {
        const plan = await cleanPlan(`${header}week 1 { fri mobility 20min { hip-flexors glutes } }\nweek 2 = week 1 +5%`);
        // 1200 s x 1.05 = 1260 s = 21 min.
        expect(sessionsOf(plan, 2)[0].minutes).toBe(21);
    });
});

describe('deload weeks', () => {
    test('are the weeks that lose volume or say so in their title', async () => {
        const plan = await cleanPlan(`${header}week 1 { tue run 10km }
week 2 "Deload week" { tue run 6km }
week 3 = week 1 +5%
week 4 = week 1 -30%
weeks 5-6 = weeks 1-2 -10%`);
        expect(plan.weeks.map(week => [week.number, week.deload])).toEqual([[1, false], [2, true], [3, false], [4, true], [5, true], [6, true]]);
    });
});

describe('counted run drills', () => {
    test('cover the distance of their reps', async () => {
        const step = await onlyStep('fri run 6 strides', header);
        // The catalogue times a counted stride at 15 s and 6.5 m/s (about 100 m): 6 x 15 x 6.5 = 585 m in 1.5 min.
        expect(step).toMatchObject({ minutes: 1.5, distanceM: 585 });
    });
});

describe('cross-training', () => {
    test('adds time and load but no running distance', async () => {
        const session = await onlySession('fri cross "Swim" 30min @Z2', header);
        // Z2 is RPE 3: 30 x 3 = 90. A swim is not a run.
        expect(session).toMatchObject({ kind: 'cross', minutes: 30, load: 90, distanceM: 0, runMinutes: 0 });
    });
});
