/**
 * The seeds' workouts that the language writes: timed sprints, jog and walk recoveries,
 * in-and-outs in phases, lifting tempo, named sessions that take rounds or numbers where they
 * are used, and derived weeks that add rounds. Every figure is worked out by hand from
 * docs/plan-model.md: easy pace 6:00/km (360 s/km), max speed 10 m/s, back-squat 1RM 100 kg;
 * a jog runs at RPE 2 (1.08 x easy), a walk at RPE 1 (1.7 x easy), a rest at RPE 2.
 */
import { describe, expect, test } from 'vitest';
import { steps } from '../src/plan/build-plan.js';
import { describeSession } from '../src/plan/describe.js';
import { checkPlan, cleanPlan, describeDiagnostics, errorsOf, marked, onlySession, onlyStep, sessionsOf } from './helpers.js';

const header = `plan "Workouts"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 10 m/s
  1rm back-squat 100 kg
`;

async function warningsOf(text: string): Promise<string[]> {
    return describeDiagnostics((await checkPlan(text)).diagnostics, 2);
}

describe('timed sprints: a time is a speed', () => {
    test('`4 x 60m sprint in 7.5s`: 8 m/s, 80% of max speed, RPE 7, and no sprint metres under 90%', async () => {
        const step = await onlyStep('tue speed 4 x 60m sprint in 7.5s rest 6min', header);
        // 4 x 7.5 s = 30 s = 0.5 min at RPE 7 = 3.5; 3 rests of 6 min at RPE 2 = 36. 18.5 min, 39.5 AU.
        expect(step).toMatchObject({
            targetS: 7.5, speed: 8, speedFraction: 0.8, rpe: 7, minutes: 18.5, load: 39.5, distanceM: 240, sprintMetres: 0, hardReason: null,
        });
    });

    test('`4 x 60m sprint in 6.5s`: 92% of max speed, RPE 8, sprint metres and a hard day', async () => {
        const session = await onlySession('tue speed 4 x 60m sprint in 6.5s rest 6min', header);
        // 60 / 6.5 = 9.231 m/s, 92.3%: RPE 8. 26 s = 0.433 min x 8 = 3.467; 18 min of rest, 36.
        expect(session).toMatchObject({ minutes: 18.433, load: 39.467, sprintMetres: 240, hardReasons: ['sprints at 90% or more'] });
        expect(steps(session.items)[0].speedFraction).toBeCloseTo(0.923, 3);
    });

    test('a flying sprint\'s time is for the timed part; its run-in goes at the same speed', async () => {
        const step = await onlyStep('tue speed 3 x 30m flying-sprint in 3.2s rest 4min', header);
        // 30 / 3.2 = 9.375 m/s, RPE 8. A rep: 3.2 s + 20 m / 9.375 = 2.133 s; 3 reps = 16 s = 0.267 min x 8 = 2.133.
        // 2 rests of 4 min = 8 min, 16. Distance 3 x 50 = 150 m; sprint metres 3 x 30 = 90.
        expect(step).toMatchObject({ rpe: 8, minutes: 8.267, load: 18.133, distanceM: 150, sprintMetres: 90 });
    });

    test('a run\'s time is its pace: `1km in 4:30` is 4:30/km, RPE 8 by its ratio to the easy pace', async () => {
        const step = await onlyStep('tue run 1km in 4:30', header);
        // 270 / 360 = 0.75: RPE 8; 4.5 min x 8 = 36.
        expect(step).toMatchObject({ rpe: 8, minutes: 4.5, load: 36, distanceM: 1000 });
    });

    test('a pace on a sprint is its speed, not the 95% of a sprint with no intensity', async () => {
        const step = await onlyStep('tue speed 4 x 60m sprint @3:00/km rest 6min', header);
        // 1000 / 180 = 5.556 m/s, 55.6% of 10 m/s: RPE 4; 60 m in 10.8 s.
        expect(step).toMatchObject({ rpe: 4, sprintMetres: 0 });
        expect(step.speedFraction).toBeCloseTo(0.5556, 4);
    });

    test('derived weeks keep the speed: the time grows with the distance, to the hundredth of a second', async () => {
        const plan = await cleanPlan(`${header}week 1 { tue speed 4 x 60m sprint in 7.5s rest 6min }\nweek 2 = week 1 +5%`);
        // 63 m in 7.875 s, 7.88 s; the rest stays 6 min.
        expect(steps(sessionsOf(plan, 2)[0].items)[0]).toMatchObject({ repDistanceM: 63, targetS: 7.88, restS: 360 });
    });

    test('faster than max speed is a warning; a time with another speed, or with no distance, is an error', async () => {
        const fast = marked(`${header}week 1 { tue speed 4 x 60m sprint «in 5.5s» rest 6min }`);
        expect(await warningsOf(fast.text)).toContain(`${fast.range} 60 m in 5.5 s is 10.91 m/s, faster than max speed (10.00 m/s)`);
        const both = marked(`${header}week 1 { tue speed 4 x 60m sprint «@95%» in 7.5s }`);
        expect(errorsOf(await checkPlan(both.text))).toEqual([
            `${both.range} the time sets the speed: give the time or the intensity, not both (an RPE may go with the time)`,
        ]);
        const timed = marked(`${header}week 1 { tue speed 4 x 8s sprint «in 7.5s» }`);
        expect(errorsOf(await checkPlan(timed.text))).toEqual([`${timed.range} a time to run in needs a distance to run, like 60m sprint in 7.7s`]);
    });
});

describe('jog and walk recoveries', () => {
    test('`rest 200m jog` counts its distance and minutes at RPE 2', async () => {
        const session = await onlySession('tue run 6 x 400m @5:00/km rest 200m jog', header);
        // Work: 6 x 400 m at 300 s/km = 720 s = 12 min; 300/360 = 0.833: RPE 6, load 72.
        // A jog at 1.08 x 360 = 388.8 s/km: 200 m in 77.76 s; 5 rests = 388.8 s = 6.48 min, load 12.96, 1000 m.
        expect(session).toMatchObject({
            minutes: 18.48, load: 84.96, distanceM: 3400, distanceByBand: { easy: 1000, moderate: 0, hard: 2400, sprint: 0 },
            runMinutes: 18.48, runMinutesAtThreshold: 12, hardReasons: ['running at or above threshold'],
        });
        expect(steps(session.items)[0]).toMatchObject({ restUsedS: 77.76, recovery: { drill: { id: 'jog' }, distanceM: 200 } });
    });

    test('`rest 90s walk` is 90 s at RPE 1, covering what a walk covers', async () => {
        const session = await onlySession('tue run 4 x 1km rest 90s walk', header);
        // Work: 4 km at 360 s/km = 24 min at RPE 3 = 72. A walk at 1.7 x 360 = 612 s/km: 90 s covers 147.059 m;
        // 3 rests = 4.5 min at RPE 1 = 4.5, 441.176 m.
        expect(session).toMatchObject({ minutes: 28.5, load: 76.5, distanceM: 4441.176 });
    });

    test('between rounds: `2 rounds { 800m @5:00/km } rest 400m walk`', async () => {
        const session = await onlySession('tue run 2 rounds { 800m @5:00/km } rest 400m walk', header);
        // A round: 800 m at 300 s/km = 4 min at RPE 6 = 24. The walk: 400 m at 612 s/km = 244.8 s = 4.08 min at RPE 1.
        expect(session).toMatchObject({ minutes: 12.08, load: 52.08, distanceM: 2000 });
    });

    test('a rest with no drill says nothing of distance; a rest as a drill that is not a run is an error', async () => {
        expect(await onlySession('tue run 4 x 1km rest 90s', header)).toMatchObject({ minutes: 28.5, load: 81, distanceM: 4000 });
        const { text, range } = marked(`${header}drill walk "Walk" mobility\nweek 1 { tue run 4 x 1km rest 90s «walk» }`);
        expect(errorsOf(await checkPlan(text))).toEqual([`${range} a rest is run or walked: walk is not a run drill`]);
    });

    test('the sprint-rest rule judges the time a recovery takes', async () => {
        const { text, range } = marked(`${header}week 1 { tue speed «4 x 60m sprint @95% rest 100m walk» }`);
        // 100 m at 612 s/km = 61.2 s, under the 6 min that 60 m at 95% asks.
        expect(await warningsOf(text)).toContain(
            `${range} rest 100 m walk (1:01 min) after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)`,
        );
    });
});

describe('in-and-outs: a rep in phases', () => {
    test('each phase at its own speed and effort; the fast phases are the sprint metres', async () => {
        const step = await onlyStep('tue speed 3 x in-and-out (20m @95%, 20m @80%, 20m @95%) rest 6min', header);
        // 20 m at 9.5 m/s = 2.105 s at RPE 9, 20 m at 8 m/s = 2.5 s at RPE 7, then 2.105 s at RPE 9: a rep of 6.711 s,
        // 55.395 RPE-seconds. 3 reps: 20.132 s = 0.336 min, load 3 x 55.395 / 60 = 2.770. 2 rests of 6 min, 24.
        // RPE 55.395 / 6.711 = 8.255. 60 m a rep, 40 of them at 90% or more.
        expect(step).toMatchObject({ minutes: 12.336, load: 26.77, rpe: 8.255, distanceM: 180, sprintMetres: 120, hardReason: 'sprints at 90% or more' });
        expect(step.phases?.map(phase => [phase.rpe, phase.speed])).toEqual([[9, 9.5], [7, 8], [9, 9.5]]);
    });

    test('a phase with no intensity takes the step\'s', async () => {
        const step = await onlyStep('tue speed 3 x in-and-out (20m, 20m @80%, 20m) @95% rest 6min', header);
        expect(step).toMatchObject({ minutes: 12.336, load: 26.77, sprintMetres: 120 });
    });

    test('the sprint-rest rule judges the rest against the fast metres of a rep', async () => {
        const { text, range } = marked(`${header}week 1 { tue speed «3 x in-and-out (20m @95%, 20m @80%, 20m @95%) rest 3min» }`);
        expect(await warningsOf(text)).toContain(`${range} rest 3 min after each 40 m sprint; minimum 4 min (1 min per 10 m sprinted at 90% or more)`);
    });

    test('phases are a distance or a time, of a run or a sprint, and the count comes alone', async () => {
        const unit = marked(`${header}week 1 { tue speed 3 x in-and-out (20m @95%, «20» @80%) }`);
        expect(errorsOf(await checkPlan(unit.text))).toEqual([`${unit.range} a phase is a distance or a time: 20 needs a unit, like 20m`]);
        const amount = marked(`${header}week 1 { tue speed 3 x «60m» in-and-out (20m @95%, 20m @80%) }`);
        expect(errorsOf(await checkPlan(amount.text))).toEqual([
            `${amount.range} the phases are the rep: write the count alone, like 3 x in-and-out (20m @95%, 20m @80%)`,
        ]);
        const lift = marked(`${header}week 1 { tue strength 3 x back-squat («20m @95%») }`);
        expect(errorsOf(await checkPlan(lift.text))).toContain(`${lift.range} only runs and sprints are done in phases, not back-squat`);
    });
});

describe('lifting tempo', () => {
    test('`@tempo 4-0-4-0`: each rep takes the seconds of its phases', async () => {
        const step = await onlyStep('tue strength 3 x 8 back-squat @70% @tempo 4-0-4-0 rest 2min', header);
        // 24 reps x 8 s = 192 s = 3.2 min at RPE 6 (70% of 1RM) = 19.2; 2 rests of 2 min at RPE 2 = 8.
        expect(step).toMatchObject({ tempo: [4, 0, 4, 0], minutes: 7.2, load: 27.2, rpe: 6 });
    });

    test('an explosive X counts a second', async () => {
        const step = await onlyStep('tue strength 2 x 5 back-squat @tempo 3-1-X-0 rest 2min', header);
        // 10 reps x 5 s = 50 s; 1 rest of 2 min.
        expect(step).toMatchObject({ tempo: [3, 1, 1, 0], minutes: 2.833 });
    });

    test('a tempo times the counted reps of a lift only', async () => {
        const sprint = marked(`${header}week 1 { tue speed 4 x 60m sprint «@tempo 1-0-1-0» }`);
        expect(errorsOf(await checkPlan(sprint.text))).toEqual([`${sprint.range} a tempo times the reps of a lift: it means nothing for sprint`]);
    });
});

describe('a named session that takes what changes where it is used', () => {
    const circuit = `session circuit-day "Circuit" circuit {
  warmup 5min @easy
  2 rounds { 10 pogo-jump  10 squat-jump } rest 2min
}
session strides-day "Strides" run {
  5km @easy
  6 x 100m strides @80% rest 60s
}
session intervals "Intervals" run {
  warmup 2km @easy
  5 x 1km @5:00/km rest 2min
}
`;

    test('`tue circuit-day 3 rounds`: its circuit three times', async () => {
        const session = await onlySession('tue circuit-day 3 rounds', `${header}${circuit}`);
        const group = session.items[1];
        expect(group).toMatchObject({ type: 'group', rounds: 3, circuit: true });
        // A round: 10 pogo jumps (0.5 s, RPE 5) and 10 squat jumps (1.5 s, RPE 5): 20 s, 100 RPE-seconds; 10 + 10 contacts.
        // Each figure is rounded to three places as it is summed: pogo jumps 0.083 min, 0.417; squat jumps 0.25 min, 1.25;
        // a round 0.333 min, 1.667; 3 rounds 0.999 min, 5.001; 2 rests of 2 min, 8. Warm-up 5 min at RPE 3, 15.
        expect(session).toMatchObject({ minutes: 9.999, load: 28.001, contacts: 60 });
    });

    test('`thu intervals 6 x 1km`: the numbers of its one main step', async () => {
        const session = await onlySession('thu intervals 6 x 1km', `${header}${circuit}`);
        expect(steps(session.items).map(step => [step.sets, step.repDistanceM])).toEqual([[1, 2000], [6, 1000]]);
    });

    test('rounds need a circuit, numbers one main step of a drill they fit', async () => {
        const rounds = marked(`${header}${circuit}week 1 { tue intervals «3 rounds» }`);
        expect(errorsOf(await checkPlan(rounds.text))).toEqual([
            `${rounds.range} intervals has no circuit to give rounds to: a circuit is written in rounds, like 2 rounds { 10 pogo-jump }`,
        ]);
        const numbers = marked(`${header}${circuit}week 1 { tue strides-day «8 x 100m» }`);
        expect(errorsOf(await checkPlan(numbers.text))).toEqual([
            `${numbers.range} strides-day has 2 main steps: numbers after its name change a session's one main step (its warm-up and cool-down aside)`,
        ]);
        const unit = marked(`${header}${circuit}week 1 { tue intervals 6 x «1» }`);
        expect(errorsOf(await checkPlan(unit.text))).toEqual([`${unit.range} 1 needs a unit: a run is measured in m, km, mi, yd, s, min, h`]);
    });
});

describe('derived weeks that add rounds', () => {
    const plan = `${header}session circuit-day "Circuit" circuit { 2 rounds { 10 pogo-jump } rest 2min  3 x { 10 squat-jump } }
week 1 { tue circuit-day }
`;
    const rounds = (built: Awaited<ReturnType<typeof cleanPlan>>, week: number) =>
        sessionsOf(built, week)[0].items.map(item => (item.type === 'group' ? item.rounds : null));

    test('`week 2 = week 1 +1 round`: every circuit a round more; sets written with x stay', async () => {
        const built = await cleanPlan(`${plan}week 2 = week 1 +1 round\nweek 3 = week 2 +5% +1 round\nweek 4 = week 3 -2 rounds`);
        expect([1, 2, 3, 4].map(week => rounds(built, week))).toEqual([[2, 3], [3, 3], [4, 3], [2, 3]]);
        expect(built.weeks[1].derivedFrom).toEqual({ week: 1, changePercent: 0, roundChange: 1, times: 1 });
    });

    test('a block adds the rounds once more each time round: 2 to 5 in `weeks 2-4 = weeks 1-1 +1 round`', async () => {
        const built = await cleanPlan(`${plan}weeks 2-4 = weeks 1-1 +1 round`);
        expect([1, 2, 3, 4].map(week => rounds(built, week)[0])).toEqual([2, 3, 4, 5]);
    });

    test('never below a round, and a week with no circuit says so', async () => {
        const built = await cleanPlan(`${plan}week 2 = week 1 -5 rounds`);
        expect(rounds(built, 2)).toEqual([1, 3]);
        const { text, range } = marked(`${header}week 1 { tue run 5km }\nweek 2 = week 1 «+1 round»`);
        expect(await warningsOf(text)).toContain(`${range} no circuit in the week to change the rounds of: a circuit is written in rounds, like 2 rounds { 10 pogo-jump }`);
    });
});

describe('hill sprints', () => {
    test('run at the drill\'s own speed, not sprint metres, and never asked for flat-sprint rests', async () => {
        const text = `${header}week 1 { tue speed 10 x 10s hill-sprint rest 2min }`;
        const checked = await checkPlan(text);
        const session = sessionsOf(checked.plan)[0];
        // 95% of the hill sprint's 5.5 m/s = 5.225 m/s: 52.25 m a rep, 522.5 m; RPE 9: 100 s = 1.667 min, 15;
        // 9 rests of 2 min = 18 min, 36.
        expect(session).toMatchObject({ minutes: 19.667, load: 51, distanceM: 522.5, sprintMetres: 0, hardReasons: [] });
        expect(describeDiagnostics(checked.diagnostics).filter(line => line.includes('sprint'))).toEqual([]);
    });
});

describe('a plan\'s own resisted sprint', () => {
    test('`resisted` makes its own speed its 100%, and its metres not sprint metres', async () => {
        const text = `${header}drill tyre-drag-sprint "Tyre drag sprint" sprint resisted speed 4 m/s\nweek 1 { tue speed 6 x 20m tyre-drag-sprint @max rest 2min }`;
        // 20 m at 4 m/s = 5 s at RPE 10; 6 reps = 0.5 min, 5; 5 rests of 2 min = 10 min, 20.
        expect(steps(sessionsOf(await cleanPlan(text))[0].items)[0]).toMatchObject({ speed: 4, minutes: 10.5, load: 25, distanceM: 120, sprintMetres: 0 });
    });
});

describe('in the calendar (the description an export and the preview show)', () => {
    test('a timed sprint with the speed it sets, phases, a tempo and a recovery run', async () => {
        const plan = await cleanPlan(`${header}week 1 {
  tue speed 4 x 60m sprint in 7.5s rest 200m jog
  wed speed 3 x in-and-out (20m @95%, 20m in 2.5s) rest 6min
  thu strength 3 x 8 back-squat @70% @tempo 4-0-4-0 rest 2min
}`);
        const lines = sessionsOf(plan).map(session => describeSession(session, 'km').split('\n')[0]);
        expect(lines).toEqual([
            // A jog at 388.8 s/km covers 200 m in 77.76 s.
            '- 4 x 60 m Sprint in 7.5 s (8.00 m/s, 80% of max speed), rest 200 m jog (1:18 min)',
            '- 3 x In-and-out (20 m at 95% of max speed, 20 m in 2.5 s (8.00 m/s, 80% of max speed)), rest 6 min',
            '- 3 x 8 Back squat at 70% of 1RM, tempo 4-0-4-0, rest 2 min',
        ]);
    });
});
