import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ExportError } from '../../src/export/errors.js';
import { STRIDE_PRODUCT } from '../../src/export/fit/encode.js';
import { SCHEDULE_FILE, planToFit, type FitExport } from '../../src/export/fit/fit-export.js';
import { WATCH_SCHEDULE_WINDOW } from '../../src/export/fit/watch-limits.js';
import { checkPlan, cleanPlan, HEADER } from '../helpers.js';
import { decodeWithGarmin, decodeWithParser, readWorkout, run, watchLines } from './read-fit.js';

const NOW = new Date('2026-12-01T09:30:00Z');

async function exported(text: string, today = '2026-12-01'): Promise<FitExport> {
    return planToFit(await cleanPlan(text), { now: NOW, today });
}

async function onlyWorkout(days: string, header = HEADER) {
    const { files } = await exported(`${header}week 1 {\n${days}\n}`);
    expect(files.map(file => file.name).filter(name => name !== SCHEDULE_FILE)).toHaveLength(1);
    return readWorkout(files[0].bytes);
}

/** The seeds' workouts, as a coach writes them. */
const SEEDS = `plan "Speed for a distance runner"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
  1rm back-squat 160 kg

session speed-day "Speed day" {
  warmup 15min @easy
  4 x 60m sprint @95% rest 6min
  3 x 30m flying-sprint @max rest 4min
  cooldown 10min @easy
}

session plyo "Plyo circuit" plyometrics {
  2 rounds { 10 pogo-jump 8 bound 10 skip } rest 2min
}

session gym "Gym" strength {
  3 x 8 lunge each-leg @RPE7 rest 90s
  3 x 6 single-leg-deadlift each-leg @RPE7 rest 90s
  3 x 5 back-squat @80% rest 3min
}

week 1 {
  tue speed-day
  thu plyo
  sat gym
}
`;

describe('the seeds\' workouts decode to the steps a coach expects', () => {
    test('files named by date, one per session, then the schedule', async () => {
        const { files, workouts, scheduled } = await exported(SEEDS);
        expect(files.map(file => file.name)).toEqual(['2027-01-05-speed-day.fit', '2027-01-07-plyo-circuit.fit', '2027-01-09-gym.fit', SCHEDULE_FILE]);
        expect(workouts).toBe(3);
        expect(scheduled).toEqual({ sessions: 3, from: '2027-01-05', to: '2027-01-09' });
    });

    test('60 m sprints with full rests and flying 30s: distances, a speed range, rests, repeats', async () => {
        const { files } = await exported(SEEDS);
        const workout = await readWorkout(files[0].bytes);
        expect([workout.name, workout.sport, workout.numValidSteps]).toEqual(['Speed day', 'running', 9]);
        expect(watchLines(workout.steps)).toEqual([
            // Easy 6:00/km is 2.778 m/s; 3% either side is 2.694-2.861 m/s, 6:11-5:50/km.
            '1. Warm up Run 15:00 @ 5:50-6:11/km',
            // 95% of 8 m/s is 7.6 m/s: 7.372-7.828 m/s.
            '2. Go Sprint 60 m @ 2:08-2:16/km',
            '3. Rest 6:00',
            '4. Repeat 2-3 x4',
            // The flying sprint's 20 m run-in, then the 30 m flown.
            '5. Go Build-up 20 m',
            '6. Go Flying sprint 30 m (max effort)',
            '7. Rest 4:00',
            '8. Repeat 5-7 x3',
            '9. Cool down Run 10:00 @ 5:50-6:11/km',
        ]);
        // Raw units as FIT stores them: milliseconds, centimetres, millimetres per second.
        expect(workout.steps[1]).toMatchObject({ durationType: 'distance', durationValue: 6000, targetType: 'speed', low: 7372, high: 7828 });
        expect(workout.steps[2]).toMatchObject({ durationType: 'time', durationValue: 360_000 });
        const done = run(workout.steps).map(step => step.name ?? step.intensity);
        expect(done.filter(name => name === 'Sprint')).toHaveLength(4);
        expect(done.filter(name => name === 'Flying sprint')).toHaveLength(3);
    });

    test('a plyometric circuit in rounds: reps, Garmin\'s plyo exercises, the rest between rounds', async () => {
        const { files } = await exported(SEEDS);
        const workout = await readWorkout(files[1].bytes);
        expect([workout.sport, workout.subSport]).toEqual(['training', 'cardioTraining']);
        expect(watchLines(workout.steps)).toEqual([
            '1. Go Pogo jump x10 [plyo]',
            '2. Go Bound x8 [plyo]',
            '3. Go Power skip x10 [plyo]',
            '4. Rest 2:00',
            '5. Repeat 1-4 x2',
        ]);
        expect(run(workout.steps).filter(step => step.name === 'Pogo jump')).toHaveLength(2);
    });

    test('a gym session: sets of reps, Garmin\'s exercises, a weight from the 1RM, RPE and sides in the notes', async () => {
        const { files } = await exported(SEEDS);
        const workout = await readWorkout(files[2].bytes);
        expect([workout.sport, workout.subSport]).toEqual(['training', 'strengthTraining']);
        expect(watchLines(workout.steps)).toEqual([
            '1. Go Lunge x8 [lunge/lunge] (RPE 7; 8 each side)',
            '2. Rest 1:30',
            '3. Repeat 1-2 x3',
            '4. Go Single-leg deadlift x6 [deadlift/singleLegRomanianDeadliftWithDumbbell] (RPE 7; 6 each side)',
            '5. Rest 1:30',
            '6. Repeat 4-5 x3',
            // 80% of 160 kg.
            '7. Go Back squat x5 128 kg [squat/barbellBackSquat] (80% of 1RM)',
            '8. Rest 3:00',
            '9. Repeat 7-8 x3',
        ]);
    });

    test('the schedule puts each workout on its day, by the serial number of its file', async () => {
        const { files } = await exported(SEEDS.replace('tue speed-day', 'tue 06:30 speed-day'));
        const workouts = await Promise.all(files.slice(0, 3).map(file => readWorkout(file.bytes)));
        const schedule = decodeWithGarmin(files[3].bytes);
        expect(schedule.fileIdMesgs[0]).toMatchObject({ type: 'schedules', manufacturer: 'development', product: STRIDE_PRODUCT });
        expect(schedule.scheduleMesgs.map(entry => [entry.serialNumber, entry.type, entry.completed])).toEqual(
            workouts.map(workout => [workout.fileId.serialNumber, 'workout', 0]));
        const other = await decodeWithParser(files[3].bytes);
        // Local times, which fit-file-parser reads as if they were UTC.
        expect(other.schedule.map(entry => (entry.scheduled_time as Date).toISOString())).toEqual([
            '2027-01-05T06:30:00.000Z', '2027-01-07T00:00:00.000Z', '2027-01-09T00:00:00.000Z',
        ]);
        for (const workout of workouts) {
            expect(workout.fileId).toMatchObject({ type: 'workout', manufacturer: 'development', product: STRIDE_PRODUCT, timeCreated: NOW.toISOString() });
        }
    });
});

describe('steps as a watch runs them', () => {
    test('sets of reps are a repeat inside a repeat, and run every rep', async () => {
        const workout = await onlyWorkout('tue speed 3 x { 4 x 30m sprint @90% rest 2min } rest 8min');
        expect(watchLines(workout.steps)).toEqual([
            // 90% of 8 m/s is 7.2 m/s: 6.984-7.416 m/s.
            '1. Go Sprint 30 m @ 2:15-2:23/km', '2. Rest 2:00', '3. Repeat 1-2 x4', '4. Rest 8:00', '5. Repeat 1-4 x3',
        ]);
        expect(run(workout.steps).filter(step => step.name === 'Sprint')).toHaveLength(12);
    });

    test('repeats nested deeper than a watch takes are written out, with the same total', async () => {
        const workout = await onlyWorkout('tue speed 2 x { 2 x { 2 x { 10m sprint } } }');
        // The innermost twice is written out; the two around it stay repeats.
        expect(watchLines(workout.steps)).toEqual(['1. Go Sprint 10 m', '2. Go Sprint 10 m', '3. Repeat 1-2 x2', '4. Repeat 1-3 x2']);
        expect(run(workout.steps).filter(step => step.name === 'Sprint')).toHaveLength(8);
    });

    test('a group with a time shares it among its items; counted reps go in the notes', async () => {
        const workout = await onlyWorkout('fri mobility 20min { hip-flexors glutes hamstrings groin 10 leg-swings }');
        const lines = watchLines(workout.steps);
        expect(lines).toHaveLength(5);
        expect(lines[4]).toMatch(/^5\. Go Leg swings \d+:\d\d \(10 reps\)$/);
        const seconds = workout.steps.reduce((sum, step) => sum + step.durationValue! / 1000, 0);
        expect(seconds).toBeGreaterThanOrEqual(1198);
        expect(seconds).toBeLessThanOrEqual(1202);
    });

    test('zones, paces and loads', async () => {
        const { files } = await exported(`${HEADER}week 1 {\n tue run 10km @Z2 and run 5km @4:30/km and strength 5 back-squat @100kg\n}`);
        const [zone, pace, lift] = await Promise.all(files.slice(0, 3).map(file => readWorkout(file.bytes)));
        expect(watchLines(zone.steps)).toEqual(['1. Go Run 10000 m @ zone 2']);
        // 4:30/km is 3.704 m/s: 3.593-3.815 m/s.
        expect(watchLines(pace.steps)).toEqual(['1. Go Run 5000 m @ 4:22-4:38/km']);
        expect(watchLines(lift.steps)).toEqual(['1. Go Back squat x5 100 kg [squat/barbellBackSquat]']);
    });

    test('counted running reps end at the lap button; notes reach the next step', async () => {
        const workout = await onlyWorkout('thu run 5km @easy note "Relaxed, tall" 6 strides');
        expect(watchLines(workout.steps)).toEqual(['1. Go Run 5000 m @ 5:50-6:11/km', '2. Go Strides until lap (Relaxed, tall; 6 reps)']);
    });

    test('a name longer than a FIT string is cut to 254 bytes, never inside a character', async () => {
        const long = 'é'.repeat(200);
        const workout = await onlyWorkout(`tue run "${long}" 5km`);
        expect(workout.name).toBe('é'.repeat(127));
    });
});

test('every example exports, and every file reads back the same with both decoders, CRCs checked', async () => {
    const folder = join(import.meta.dirname, '..', '..', 'examples');
    for (const name of readdirSync(folder).filter(file => file.endsWith('.stride'))) {
        const checked = await checkPlan(readFileSync(join(folder, name), 'utf8'));
        const { files, workouts, scheduled } = planToFit(checked.plan, { now: NOW, today: '2000-01-01' });
        expect(workouts, name).toBe(checked.plan.totals.sessions);
        expect(scheduled?.sessions, name).toBe(Math.min(WATCH_SCHEDULE_WINDOW, workouts));
        const dates = files.slice(0, -1).map(file => file.name.slice(0, 10));
        expect(dates, name).toEqual([...dates].sort());
        for (const file of files.slice(0, -1)) {
            const workout = await readWorkout(file.bytes);
            expect(workout.numValidSteps).toBe(workout.steps.length);
            expect(workout.steps.length).toBeGreaterThan(0);
            run(workout.steps);
        }
    }
});

test('no schedule when every session is before the export\'s day', async () => {
    const { files, scheduled } = await exported(`${HEADER}week 1 {\n tue run 5km\n}`, '2030-01-01');
    expect(files.map(file => file.name)).toEqual(['2027-01-05-run.fit']);
    expect(scheduled).toBeNull();
});

test('two sessions of one name on a day get two files', async () => {
    const { files } = await exported(`${HEADER}week 1 {\n tue run 5km and run 3km\n}`);
    expect(files.map(file => file.name)).toEqual(['2027-01-05-run.fit', '2027-01-05-run-2.fit', SCHEDULE_FILE]);
});

test('a plan with no dates cannot be put on a watch', async () => {
    const plan = await cleanPlan('plan "Undated"\n  pace easy 6:00/km\nweek 1 {\n tue run 5km\n}');
    expect(() => planToFit(plan, { now: NOW, today: '2026-12-01' })).toThrow(ExportError);
    expect(() => planToFit(plan, { now: NOW, today: '2026-12-01' })).toThrow(/no start date/);
});
