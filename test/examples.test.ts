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

    test('week 1 runs 49.7 km', async () => {
        const { plan } = await checkExample('speed-block.stride');
        // Tue speed day: 15 + 10 min @easy = 1500 s / 340 s/km = 4411.765 m; strides 4 x 80 = 320 m;
        //   sprints 4 x 60 = 240 m; flying 3 x (30 m + 20 m run-in) = 150 m  -> 5121.765 m
        // Wed 8000, Thu 5000 + 6 x 100 = 5600, Fri 2000 + 3 x 2000 + 2000 = 10000, Sat 5000, Sun 16000
        // 5121.765 + 8000 + 5600 + 10000 + 5000 + 16000 = 49721.765 m
        expect(plan.weeks[0].totals.distanceM).toBeCloseTo(49721.765, 2);
        // At or above 90% of max speed: 240 m of sprints + 3 x 30 m flying (the run-in not counted).
        expect(plan.weeks[0].totals.sprintMetres).toBe(330);
    });

    test('week 2 is week 1 five percent longer', async () => {
        const { plan } = await checkExample('speed-block.stride');
        // Every amount x 1.05, rounded: 15 min -> 945 s, 10 min -> 630 s, 80 m -> 84, 60 m -> 63,
        // 30 m flying -> 32 (31.5 rounds up), 100 m -> 105, 2000 -> 2100, 5000 -> 5250, 8000 -> 8400, 16000 -> 16800.
        // (945 + 630) s / 340 s/km = 4632.353 m; + 4 x 84 + 4 x 63 + 3 x (32 + 20) = 744 m; Wed 8400;
        // Thu 5250 + 6 x 105 = 5880; Fri 5 x 2100 = 10500; Sat 5250; Sun 16800 -> 52206.353 m
        // 52206.353 / 49721.765 - 1 = 0.04997, rounded to three places: 0.05
        expect(plan.weeks[1].totals.distanceChange).toBe(0.05);
    });

    test("Friday's threshold run: minutes, load and session RPE", async () => {
        const { plan } = await checkExample('speed-block.stride');
        const threshold = sessionsOf(plan, 1).find(session => session.key === 'w1-fri-1')!;
        // warmup 2 km @easy: 2 x 340 s = 11.333 min at RPE 3 (the pace named easy)  -> load 34
        // 3 x 2 km @threshold: 3 x 2 x 280 s = 28 min at RPE 6 (named threshold)     -> load 168
        //   rest 90 s between them, twice: 3 min at RPE 2                            -> load 6
        // cooldown 2 km @easy: 11.333 min                                            -> load 34
        // 11.333 + 28 + 3 + 11.333 = 53.667 min; 34 + 168 + 6 + 34 = 242; 242 / 53.667 = 4.509
        expect(threshold.name).toBe('Threshold');
        expect(threshold.minutes).toBeCloseTo(53.667, 2);
        expect(threshold.load).toBe(242);
        expect(threshold.rpe).toBeCloseTo(4.509, 2);
        expect(threshold.hardReasons).toEqual(['running at or above threshold']);
    });

    test("Tuesday's sprints and flying 30s", async () => {
        const { plan } = await checkExample('speed-block.stride');
        const speedDay = sessionsOf(plan, 1).find(session => session.key === 'w1-tue-1')!;
        const [sprints, flying] = steps(speedDay.items).filter(step => step.drill.kind === 'sprint');
        // 4 x 60 m at 95% of 8.2 m/s = 7.79 m/s: 4 x 60 / 7.79 = 30.809 s = 0.513 min at RPE 9 -> 4.621;
        // 3 rests of 8 min = 24 min at RPE 2 -> 48. Minutes 24.513, load 52.621.
        expect(sprints.minutes).toBeCloseTo(24.513, 2);
        expect(sprints.load).toBeCloseTo(52.621, 2);
        // 3 x (20 m run-in + 30 m) at 8.2 m/s: 150 / 8.2 = 18.293 s = 0.305 min at RPE 10 -> 3.049;
        // 2 rests of 6 min = 12 min at RPE 2 -> 24. Minutes 12.305, load 27.049.
        expect(flying.minutes).toBeCloseTo(12.305, 2);
        expect(flying.load).toBeCloseTo(27.049, 2);
        // The whole session (docs/plan-model.md works it through item by item):
        // warmup group 15 + 1.267 + 1.267 + 1.333 + 3.813 = 22.68 min, load 45 + 3.067 + 3.067 + 3.333 + 11.691 = 66.158;
        // pogo jumps 1.667 min, 3.833; sprints 24.513, 52.621; flying 12.305, 27.049; cooldown 10 min @easy, 30.
        // 22.68 + 1.667 + 24.513 + 12.305 + 10 = 71.165 min; 66.158 + 3.833 + 52.621 + 27.049 + 30 = 179.661
        expect(speedDay.minutes).toBeCloseTo(71.165, 2);
        expect(speedDay.load).toBeCloseTo(179.661, 2);
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
