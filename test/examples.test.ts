/**
 * The example plans in examples/: each checks clean (overloaded.stride has warnings by
 * design, but no errors), dates every session, and speed-block.stride, the one the README
 * quotes, has the figures its week 1 works out to by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkReports } from '../src/cli/check.js';
import type { CheckedPlan } from '../src/language/load-plans.js';
import { steps } from '../src/plan/build-plan.js';
import { checkPlan, describeDiagnostics, errorsOf, sessionsOf } from './helpers.js';

const EXAMPLES = new URL('../examples/', import.meta.url);
const WARNING = 2;

const ALL_EXAMPLES = [
    'mobility.stride', 'overloaded.stride', 'plyo-circuit.stride', 'speed-block.stride', 'speed-day.stride', 'strength-power.stride',
];
/** Every example but the one written to show warnings. */
const CLEAN_EXAMPLES = ALL_EXAMPLES.filter(name => name !== 'overloaded.stride');

async function checkExample(name: string): Promise<CheckedPlan> {
    return checkPlan(readFileSync(new URL(name, EXAMPLES), 'utf8'));
}

describe('the examples folder', () => {
    test('holds the six example plans', () => {
        expect(readdirSync(EXAMPLES).filter(name => name.endsWith('.stride')).sort()).toEqual(ALL_EXAMPLES);
    });
});

describe.each(ALL_EXAMPLES)('%s', name => {
    test('has no errors and assumes no defaults', async () => {
        const checked = await checkExample(name);
        expect(errorsOf(checked)).toEqual([]);
        expect(checked.plan.assumptions).toEqual([]);
    });

    test('dates every session, in at least one week', async () => {
        const { plan } = await checkExample(name);
        expect(plan.weeks.length).toBeGreaterThan(0);
        const sessions = plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions));
        expect(sessions.length).toBeGreaterThan(0);
        expect(sessions.filter(session => session.date === null).map(session => session.key)).toEqual([]);
    });
});

describe.each(CLEAN_EXAMPLES)('%s, a plan to be proud of', name => {
    test('has no warnings', async () => {
        expect(describeDiagnostics((await checkExample(name)).diagnostics, WARNING)).toEqual([]);
    });
});

describe('speed-block.stride', () => {
    // Header: easy 5:40/km = 340 s/km, threshold 4:40/km = 280 s/km, max speed 8.2 m/s.

    test('week 1 runs 50.8 km', async () => {
        const { plan } = await checkExample('speed-block.stride');
        // Tue speed day: 15 + 10 min @easy = 1500 s / 340 s/km = 4411.765 m; strides 4 x 80 = 320 m and 3 walks back of 80 m;
        //   sprints 4 x 60 = 240 m; flying 3 x (30 m + 20 m run-in) = 150 m  -> 5361.765 m
        // Wed 8000, Thu 5000 + 6 x 100 = 5600, Fri 2000 + 3 x 2000 + 2 jogs of 400 + 2000 = 10800, Sat 5000, Sun 16000
        // 5361.765 + 8000 + 5600 + 10800 + 5000 + 16000 = 50761.765 m
        expect(plan.weeks[0].totals.distanceM).toBeCloseTo(50761.765, 2);
        // At or above 90% of max speed: 240 m of sprints + 3 x 30 m flying (the run-in not counted).
        expect(plan.weeks[0].totals.sprintMetres).toBe(330);
    });

    test('week 2 is week 1 five percent longer, its rests as written', async () => {
        const { plan } = await checkExample('speed-block.stride');
        // Every amount x 1.05, rounded: 15 min -> 945 s, 10 min -> 630 s, 80 m -> 84, 60 m -> 63,
        // 30 m flying -> 32 (31.5 rounds up), 100 m -> 105, 2000 -> 2100, 5000 -> 5250, 8000 -> 8400, 16000 -> 16800;
        // the walks (80 m) and jogs (400 m) between reps are rests, and stay.
        // (945 + 630) s / 340 s/km = 4632.353 m; + 4 x 84 + 240 + 4 x 63 + 3 x (32 + 20) = 984 m; Wed 8400;
        // Thu 5250 + 6 x 105 = 5880; Fri 5 x 2100 + 800 = 11300; Sat 5250; Sun 16800 -> 53246.353 m
        // 53246.353 / 50761.765 - 1 = 0.04895, rounded to three places: 0.049
        expect(plan.weeks[1].totals.distanceM).toBeCloseTo(53246.353, 2);
        expect(plan.weeks[1].totals.distanceChange).toBe(0.049);
    });

    test("Friday's threshold run: minutes, load and session RPE, with its jogs", async () => {
        const { plan } = await checkExample('speed-block.stride');
        const threshold = sessionsOf(plan, 1).find(session => session.key === 'w1-fri-1')!;
        // warmup 2 km @easy: 2 x 340 s = 11.333 min at RPE 3 (the pace named easy)  -> load 34
        // 3 x 2 km @threshold: 3 x 2 x 280 s = 28 min at RPE 6 (named threshold)     -> load 168
        //   a 400 m jog between them, twice: at RPE 2, 1.08 x 340 = 367.2 s/km, 146.88 s each: 4.896 min -> load 9.792
        // cooldown 2 km @easy: 11.333 min                                            -> load 34
        // 11.333 + 28 + 4.896 + 11.333 = 55.562 min; 34 + 168 + 9.792 + 34 = 245.792; 245.792 / 55.562 = 4.424
        expect(threshold.name).toBe('Threshold');
        expect(threshold).toMatchObject({ minutes: 55.562, load: 245.792, rpe: 4.424, distanceM: 10800 });
        expect(threshold.hardReasons).toEqual(['running at or above threshold']);
    });

    test("Tuesday's speed day, as docs/plan-model.md works it through", async () => {
        const { plan } = await checkExample('speed-block.stride');
        const speedDay = sessionsOf(plan, 1).find(session => session.key === 'w1-tue-1')!;
        const all = steps(speedDay.items);
        const [strides] = all.filter(step => step.drill.id === 'strides');
        const [sprints, flying] = all.filter(step => step.drill.kind === 'sprint');
        // 4 x 80 m at 80% of 8.2 m/s = 6.56 m/s: 48.780 s = 0.813 min at RPE 7 -> 5.691; 3 walks back of 80 m at RPE 1,
        // 1.7 x 340 = 578 s/km: 46.24 s each, 2.312 min -> 2.312. Minutes 3.125, load 8.003, 320 + 240 m.
        expect(strides).toMatchObject({ minutes: 3.125, load: 8.003, distanceM: 560, restUsedS: 46.24 });
        // 60 m in 7.7 s: 7.792 m/s, 95.03% of 8.2 m/s, RPE 9. 4 x 7.7 s = 30.8 s = 0.513 min -> 4.62;
        // 3 rests of 8 min = 24 min at RPE 2 -> 48. Minutes 24.513, load 52.62.
        expect(sprints).toMatchObject({ minutes: 24.513, load: 52.62, rpe: 9, sprintMetres: 240 });
        expect(sprints.speedFraction).toBeCloseTo(0.9503, 4);
        // 3 x (20 m run-in + 30 m) at 8.2 m/s: 150 / 8.2 = 18.293 s = 0.305 min at RPE 10 -> 3.049;
        // 2 rests of 6 min = 12 min at RPE 2 -> 24. Minutes 12.305, load 27.049.
        expect(flying).toMatchObject({ minutes: 12.305, load: 27.049 });
        // The whole session: warm-up group 15 + 1.267 + 1.267 + 1.333 + 3.125 = 21.992 min, load 45 + 3.067 + 3.067 + 3.333 + 8.003 = 62.47;
        // pogo jumps 1.667 min, 3.833; sprints 24.513, 52.62; flying 12.305, 27.049; cooldown 10 min @easy, 30.
        // 21.992 + 1.667 + 24.513 + 12.305 + 10 = 70.477 min; 62.47 + 3.833 + 52.62 + 27.049 + 30 = 175.972
        expect(speedDay).toMatchObject({ minutes: 70.477, load: 175.972, rpe: 2.497, distanceM: 5361.765, sprintMetres: 330, contacts: 20 });
        // The strides at RPE 7 are under a minute of running at threshold: not a workout; the sprints are.
        expect(speedDay.hardReasons).toEqual(['sprints at 90% or more']);
        // The two sessions on Tuesday are the speed day at 07:00 and the gym at 17:30.
        expect(sessionsOf(plan, 1).filter(session => session.date === '2027-01-05').map(session => [session.time, session.name]))
            .toEqual([['07:00', 'Speed day'], ['17:30', 'Strength and power']]);
    });
});

describe('overloaded.stride', () => {
    test('week 6 runs 80% more than week 5', async () => {
        const { plan } = await checkExample('overloaded.stride');
        // Weeks 1-5: 4 x 8 km + 14 km = 46000 m each.
        // Week 6: 15 + 10 min @5:40/km = 1500 / 340 km = 4411.765 m; 8 x 60 m = 480 m; 16 + 16 + 18 + 28 km
        // = 82891.765 m; 82891.765 / 46000 - 1 = 0.80199, rounded: 0.802
        expect(plan.weeks[4].totals.distanceM).toBe(46000);
        expect(plan.weeks[5].totals.distanceChange).toBe(0.802);
    });

    test('warns of the three overloads its header names, and of nothing else', async () => {
        const warnings = checkReports('overloaded.stride', await checkExample('overloaded.stride'))
            .filter(report => report.severity === 'warning');
        // Line 33 is the header of week 6, line 37 its sprints.
        expect(warnings.map(report => `${report.line} ${report.code}`).sort()).toEqual(['33 acwr', '33 weekly-distance', '37 sprint-rest']);
        // 82891.765 m is 82.9 km, +80% on 46.0 km.
        expect(warnings.find(report => report.code === 'weekly-distance')!.message)
            .toBe('week 6: 82.9 km, +80% on week 5 (46.0 km); limit +30%');
        // 60 m at 95% asks for 60 / 10 x 1 min = 6 min of rest; it has 2.
        expect(warnings.find(report => report.code === 'sprint-rest')!.message)
            .toBe('rest 2 min after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)');
    });
});
