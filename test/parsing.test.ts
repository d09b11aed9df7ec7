/**
 * Every construct of the language parses without errors and means what it should.
 * The assertions are on the Plan a plan file compiles to, which is what every reader sees.
 */
import { describe, expect, test } from 'vitest';
import { steps } from '../src/plan/build-plan.js';
import type { PlanGroup, PlanItem } from '../src/plan/model.js';
import {
    HEADER, checkPlan, cleanPlan, describeDiagnostics, errorsOf, marked, onlyStep, sessionsOf, week1Steps,
} from './helpers.js';

function asGroup(item: PlanItem): PlanGroup {
    expect(item.type).toBe('group');
    return item as PlanGroup;
}

describe('the plan header', () => {
    test('names the plan and dates week 1 from its start', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue run 5km }`);
        expect(plan.name).toBe('Test');
        expect(plan.start).toBe('2027-01-04');
        expect(plan.weeks[0].startDate).toBe('2027-01-04');
        expect(plan.weeks[0].endDate).toBe('2027-01-10');
    });

    test('counts a race date backwards so that the race falls in the last week', async () => {
        // 2027-03-14 is a Sunday; its week runs from Monday 2027-03-08, so week 1 of four
        // starts three weeks earlier, on 2027-02-15.
        const plan = await cleanPlan(`plan "Marathon"
  race 2027-03-14
  pace easy 6:00/km
week 1 { mon run 5km }
week 2 { mon run 5km }
week 3 { mon run 5km }
week 4 { sun run 42.195km }`);
        expect(plan.race).toBe('2027-03-14');
        expect(plan.start).toBeNull();
        expect(plan.weeks.map(week => week.startDate)).toEqual(['2027-02-15', '2027-02-22', '2027-03-01', '2027-03-08']);
        expect(sessionsOf(plan, 4)[0].date).toBe('2027-03-14');
    });

    test('a race midweek still falls in the last week', async () => {
        // Wednesday 2027-03-10 is in the week of Monday 2027-03-08; with two weeks, week 1 starts 2027-03-01.
        const plan = await cleanPlan(`plan "Race"
  race 2027-03-10
  pace easy 6:00/km
week 1 { mon run 5km }
week 2 { wed run 10km }`);
        expect(plan.weeks.map(week => week.startDate)).toEqual(['2027-03-01', '2027-03-08']);
        expect(sessionsOf(plan, 2)[0].date).toBe('2027-03-10');
    });

    test('reads units, athlete level and time zone', async () => {
        const plan = await cleanPlan(`plan "Miles"
  start 2027-01-04
  units mi
  athlete advanced
  timezone "Europe/London"
week 1 { mon rest }`);
        expect(plan.units).toBe('mi');
        expect(plan.athlete).toBe('advanced');
        expect(plan.timezone).toBe('Europe/London');
    });

    test('units default to km and the athlete level to none', async () => {
        const plan = await cleanPlan(`plan "Plain"\n  start 2027-01-04\nweek 1 { mon rest }`);
        expect(plan.units).toBe('km');
        expect(plan.athlete).toBeNull();
        expect(plan.timezone).toBeNull();
    });

    test('reads named paces per km and per mile, including a name that starts with digits', async () => {
        const plan = await cleanPlan(`plan "Paces"
  start 2027-01-04
  pace easy 5:40/km
  pace 10k 4:20/km
  pace mile 6:30/mi
week 1 { mon rest }`);
        expect(plan.paces.map(pace => pace.name)).toEqual(['easy', '10k', 'mile']);
        // 5:40 is 340 s; 4:20 is 260 s.
        expect(plan.paces[0].secondsPerKm).toBe(340);
        expect(plan.paces[1].secondsPerKm).toBe(260);
        // 6:30/mi is 390 s per 1609.344 m: 390 / 1.609344 = 242.33 s per km.
        expect(plan.paces[2].secondsPerKm).toBeCloseTo(242.33, 2);
    });

    test.each([
        ['8.2 m/s', 8.2],
        // 36 km/h is 36000 m in 3600 s.
        ['36 km/h', 10],
        // 20 mph is 20 x 1609.344 m in 3600 s = 8.9408 m/s.
        ['20 mph', 8.9408],
    ])('reads max-speed %s as %f m/s', async (written, metresPerSecond) => {
        const plan = await cleanPlan(`plan "Speed"\n  start 2027-01-04\n  max-speed ${written}\nweek 1 { mon rest }`);
        expect(plan.maxSpeed).toBeCloseTo(metresPerSecond, 6);
    });

    test('reads a 1RM in kg and in lb, by the drill it belongs to', async () => {
        const plan = await cleanPlan(`plan "Lifts"
  start 2027-01-04
  1rm back-squat 140 kg
  1rm front-squat 220 lb
week 1 { mon rest }`);
        expect(plan.oneRepMaxKg['back-squat']).toBe(140);
        // 220 lb x 0.45359237 kg/lb = 99.7903 kg.
        expect(plan.oneRepMaxKg['front-squat']).toBeCloseTo(99.7903, 4);
    });

    test('a 1RM written with a drill alias belongs to the drill', async () => {
        const plan = await cleanPlan(`plan "Lifts"\n  start 2027-01-04\n  1rm squat 150 kg\nweek 1 { mon rest }`);
        expect(plan.oneRepMaxKg).toEqual({ 'back-squat': 150 });
    });

    test('reads a rule limit with percentages and units without complaint', async () => {
        const checked = await checkPlan(`plan "Limits"
  start 2027-01-04
  limit weekly-distance 15% 40%
  limit sprint-metres 300m
week 1 { mon rest }`);
        expect(describeDiagnostics(checked.diagnostics)).toEqual([]);
    });
});

describe('drills a plan defines', () => {
    test('take every property without complaint', async () => {
        const checked = await checkPlan(`${HEADER}
drill hill-bounce "Hill bounce" plyometric in reps, distance rest 45s rep 2s contacts 2 tier high unilateral alias hb, hill-bounces about "bounding up a slope"
drill hill-fly "Hill fly" sprint in distance, time rest 3min rep 6s speed 7 m/s build-up 15m
week 1 { tue plyometrics 10 hb  wed speed 2 x 30m hill-fly }`);
        expect(errorsOf(checked)).toEqual([]);
        const [bounce, fly] = sessionsOf(checked.plan).flatMap(session => steps(session.items));
        expect(bounce.drill).toEqual({ id: 'hill-bounce', title: 'Hill bounce', kind: 'plyometric' });
        expect(fly.drill).toEqual({ id: 'hill-fly', title: 'Hill fly', kind: 'sprint' });
    });

    test('without a title take their name as title', async () => {
        const step = await onlyStep('tue speed 4 x 40m my-sprint', `${HEADER}drill my-sprint sprint\n`);
        expect(step.drill).toEqual({ id: 'my-sprint', title: 'my-sprint', kind: 'sprint' });
    });

    test('`in` limits the amounts a drill takes', async () => {
        const { text, range } = marked(`${HEADER}drill tempo-km run in distance\nweek 1 { tue run «20min» tempo-km }`);
        const checked = await checkPlan(text);
        expect(errorsOf(checked)).toEqual([`${range} tempo-km is measured in distance, not time`]);
    });

    test('`rest`, `rep`, `contacts` and `tier` set the numbers the estimates use', async () => {
        const step = await onlyStep('tue plyometrics 3 x 10 hop2', `${HEADER}drill hop2 plyometric rest 30s rep 2s contacts 2 tier high\n`);
        // 3 sets of 10: 30 reps x 2 s = 60 s of work; 2 rests of 30 s between sets = 60 s.
        expect(step.restUsedS).toBe(30);
        expect(step.minutes).toBe(2);
        // 30 reps x 2 contacts.
        expect(step.contacts).toBe(60);
        // A high tier is RPE 8: 1 min x 8 + 1 min of rest x 2 = 10.
        expect(step.rpe).toBe(8);
        expect(step.load).toBe(10);
        expect(step.hardReason).toBe('high-intensity plyometrics');
    });

    test.each([['2 m/s'], ['7.2 km/h']])('`speed %s` times distance work', async speed => {
        const step = await onlyStep('tue speed 60m skipping', `${HEADER}drill skipping sprint-drill speed ${speed}\n`);
        // 60 m at 2 m/s (7.2 km/h) is 30 s.
        expect(step.minutes).toBe(0.5);
    });

    test('`build-up` lengthens each rep but is not counted as sprint metres', async () => {
        const step = await onlyStep('tue speed 4 x 50m fly2 @100% rest 3min', `${HEADER}drill fly2 sprint build-up 10m\n`);
        // (50 + 10) m at 8 m/s = 7.5 s a rep, 4 reps = 30 s; 3 rests of 3 min = 9 min.
        expect(step.minutes).toBe(9.5);
        expect(step.distanceM).toBe(240);
        expect(step.sprintMetres).toBe(200);
    });

    test('`alias` links the drill under another name', async () => {
        const step = await onlyStep('tue plyometrics 10 hb', `${HEADER}drill hill-bounce plyometric alias hb, hbounce\n`);
        expect(step.drill.id).toBe('hill-bounce');
    });
});

describe('built-in drill aliases', () => {
    test.each([
        ['strength 3 x 6 sld each-leg', 'single-leg-deadlift'],
        ['speed 3 x 30m fly @max', 'flying-sprint'],
        ['strength 5 x 5 squat', 'back-squat'],
        ['plyometrics 20 pogos', 'pogo-jump'],
    ])('`%s` links to %s', async (session, id) => {
        const step = await onlyStep(`tue ${session}`);
        expect(step.drill.id).toBe(id);
    });

    test('a step with no drill is a plain run', async () => {
        const step = await onlyStep('tue run 5km');
        expect(step.drill).toEqual({ id: 'run', title: 'Run', kind: 'run' });
    });
});

describe('named sessions', () => {
    test('are used by name on days and keep their title, kind and items', async () => {
        const plan = await cleanPlan(`${HEADER}
session speed-day "Speed day" speed {
  warmup 15min @easy
  4 x 60m sprint @95% rest 3min
}
session easy-hour { 60min @easy }
week 1 { tue speed-day  thu speed-day  sat easy-hour }`);
        const sessions = sessionsOf(plan);
        expect(sessions.map(session => [session.date, session.template, session.name, session.kind])).toEqual([
            ['2027-01-05', 'speed-day', 'Speed day', 'speed'],
            ['2027-01-07', 'speed-day', 'Speed day', 'speed'],
            // No title: the name is the title; no kind: running minutes make it a run.
            ['2027-01-09', 'easy-hour', 'easy-hour', 'run'],
        ]);
        expect(steps(sessions[0].items).map(step => [step.phase, step.drill.id])).toEqual([['warmup', 'run'], ['main', 'sprint']]);
    });

    test('may be defined after the weeks that use them', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue later }\nsession later { 5km }`);
        expect(sessionsOf(plan)[0].template).toBe('later');
    });
});

describe('days', () => {
    test('weekdays fall on their date in the week', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {
  mon run 1km  tue run 1km  wed run 1km  thu run 1km  fri run 1km  sat run 1km  sun run 1km
}
week 2 { mon run 1km }`);
        expect(plan.weeks[0].days.map(day => [day.weekday, day.date])).toEqual([
            ['mon', '2027-01-04'], ['tue', '2027-01-05'], ['wed', '2027-01-06'], ['thu', '2027-01-07'],
            ['fri', '2027-01-08'], ['sat', '2027-01-09'], ['sun', '2027-01-10'],
        ]);
        expect(plan.weeks[1].days[0].date).toBe('2027-01-11');
    });

    test('a day may be an explicit date', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { 2027-01-09 run "Parkrun" 5km }`);
        const [day] = plan.weeks[0].days;
        expect([day.weekday, day.date]).toEqual([null, '2027-01-09']);
        expect(day.sessions[0].name).toBe('Parkrun');
        expect(day.sessions[0].key).toBe('w1-2027-01-09-1');
    });

    test('two sessions in a day are joined with `and`', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue run 5km and strength 3 x 8 lunge each-leg }`);
        const [day] = plan.weeks[0].days;
        expect(day.sessions.map(session => [session.key, session.kind, session.date])).toEqual([
            ['w1-tue-1', 'run', '2027-01-05'],
            ['w1-tue-2', 'strength', '2027-01-05'],
        ]);
    });

    test('a session may have a time of day', async () => {
        const plan = await cleanPlan(`${HEADER}session am { 5km }\nweek 1 { tue 07:00 run 5km and 18:30 am  wed 7:15 run 5km  thu run 5km }`);
        expect(sessionsOf(plan).map(session => session.time)).toEqual(['07:00', '18:30', '07:15', null]);
    });

    test('a rest day has no sessions and may carry a note', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { mon rest "travel to camp"  tue rest }`);
        expect(plan.weeks[0].days.map(day => [day.rest, day.note, day.sessions.length])).toEqual([
            [true, 'travel to camp', 0],
            [true, null, 0],
        ]);
    });
});

describe('steps', () => {
    test('`4 x 60m sprint @95% rest 3min`: four 60 m sprints at 95% with 3 minutes between', async () => {
        const step = await onlyStep('tue speed 4 x 60m sprint @95% rest 3min');
        expect(step).toMatchObject({
            sets: 4, reps: 1, repDistanceM: 60, repDurationS: null, eachSide: false,
            intensity: { type: 'percent', percent: 95 }, restS: 180, drill: { id: 'sprint' },
        });
    });

    test('`3 x 4 x 30m`: three sets of four reps', async () => {
        const step = await onlyStep('tue speed 3 x 4 x 30m sprint');
        expect([step.sets, step.reps, step.repDistanceM]).toEqual([3, 4, 30]);
    });

    test('`5x5` reads as `5 x 5`', async () => {
        const [tight, spaced] = await week1Steps('tue strength 5x5 back-squat  thu strength 5 x 5 back-squat');
        expect([tight.sets, tight.reps]).toEqual([5, 5]);
        expect([spaced.sets, spaced.reps]).toEqual([5, 5]);
        expect(tight.minutes).toBe(spaced.minutes);
    });

    test.each([
        ['3x4x30m sprint', 3, 4, 30],
        ['10x400m', 10, 1, 400],
        ['4x 60m', 4, 1, 60],
        ['4 x60m', 4, 1, 60],
    ])('`%s` needs no spaces around the times sign', async (amounts, sets, reps, metres) => {
        const step = await onlyStep(`tue speed ${amounts}`);
        expect([step.sets, step.reps, step.repDistanceM]).toEqual([sets, reps, metres]);
    });

    test('`2x{ ... }` repeats a group', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue speed 2x{ 30m sprint } rest 3min }`);
        expect(asGroup(sessionsOf(plan)[0].items[0]).rounds).toBe(2);
    });

    test('`10 pogo-jump` is one set of ten', async () => {
        const step = await onlyStep('tue plyometrics 10 pogo-jump');
        expect([step.sets, step.reps, step.repDistanceM, step.repDurationS]).toEqual([1, 10, null, null]);
    });

    test('`3 x 8 lunge each-leg`: three sets of eight on each leg', async () => {
        const step = await onlyStep('tue strength 3 x 8 lunge each-leg @RPE7 rest 90s');
        expect([step.sets, step.reps, step.eachSide, step.restS]).toEqual([3, 8, true, 90]);
    });

    test.each([
        ['8km', 8000, null],
        ['400m', 400, null],
        ['2mi', 3218.688, null],
        ['100yd', 91.44, null],
        ['45min', null, 2700],
        ['90s', null, 90],
        ['30sec', null, 30],
        ['1h', null, 3600],
        ['1:05:00', null, 3900],
        ['20:00', null, 1200],
    ])('`run %s` is one rep of %s m / %s s', async (amount, metres, seconds) => {
        const step = await onlyStep(`tue run ${amount} @easy`);
        expect(step.repDistanceM === null ? null : Number(step.repDistanceM.toFixed(3))).toBe(metres);
        expect(step.repDurationS).toBe(seconds);
    });

    test('a rest may be a clock time', async () => {
        const step = await onlyStep('tue run 6 x 400m @10k rest 1:30', `${HEADER}  pace 10k 4:20/km\n`);
        expect(step.restS).toBe(90);
    });

    test('a mobility drill needs no amount', async () => {
        const step = await onlyStep('fri mobility hip-flexors');
        expect([step.drill.id, step.sets, step.reps]).toEqual(['hip-flexors', 1, 1]);
    });
});

describe('intensities', () => {
    const header = `${HEADER}  pace 10k 4:20/km\n  1rm back-squat 120 kg\n`;
    test.each([
        ['run 5km @easy', { type: 'pace', name: 'easy', secondsPerKm: 360 }],
        ['run 5km @10k', { type: 'pace', name: '10k', secondsPerKm: 260 }],
        ['run 5km @4:20/km', { type: 'pace', name: null, secondsPerKm: 260 }],
        ['speed 4 x 60m sprint @95%', { type: 'percent', percent: 95 }],
        ['strength 3 x 5 back-squat @80%', { type: 'percent', percent: 80 }],
        ['strength 3 x 5 back-squat @100kg', { type: 'load', kg: 100 }],
        ['run 5km @RPE7', { type: 'rpe', rpe: 7 }],
        ['run 5km @rpe 7.5', { type: 'rpe', rpe: 7.5 }],
        ['run 5km @Z2', { type: 'zone', zone: 2 }],
        ['run 5km @z4', { type: 'zone', zone: 4 }],
        ['speed 3 x 30m fly @max', { type: 'max' }],
    ])('`%s`', async (session, intensity) => {
        const step = await onlyStep(`tue ${session}`, header);
        expect(step.intensity).toEqual(intensity);
    });

    test('`@5:00/mi` is a pace per mile', async () => {
        const step = await onlyStep('tue run 5km @5:00/mi');
        // 300 s per 1609.344 m = 186.41 s per km.
        expect(step.intensity).toMatchObject({ type: 'pace', name: null });
        expect(step.intensity?.type === 'pace' && step.intensity.secondsPerKm).toBeCloseTo(186.41, 2);
    });

    test('`@225lb` is a load in kg', async () => {
        const step = await onlyStep('tue strength 3 x 5 back-squat @225lb', header);
        // 225 x 0.45359237 = 102.058 kg.
        expect(step.intensity?.type === 'load' && step.intensity.kg).toBeCloseTo(102.058, 3);
    });
});

describe('groups', () => {
    test('`3 x { 4 x 30m sprint rest 2min } rest 8min` nests sets in a repeated group', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue speed 3 x { 4 x 30m sprint rest 2min } rest 8min }`);
        const group = asGroup(sessionsOf(plan)[0].items[0]);
        expect([group.rounds, group.restS, group.durationS]).toEqual([3, 480, null]);
        expect(group.items[0]).toMatchObject({ type: 'step', sets: 4, repDistanceM: 30, restS: 120 });
    });

    test('`2 rounds { ... } rest 2min` and `1 round { ... }` repeat a circuit', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {
  tue plyometrics 2 rounds { 10 pogo-jump  8 bound  10 skip } rest 2min
  thu circuit 1 round { 10 squat-jump }
}`);
        const [twice, once] = sessionsOf(plan).map(session => asGroup(session.items[0]));
        expect([twice.rounds, twice.restS]).toEqual([2, 120]);
        expect(steps(twice.items).map(step => [step.drill.id, step.reps])).toEqual([['pogo-jump', 10], ['bound', 8], ['skip', 10]]);
        expect(once.rounds).toBe(1);
    });

    test('`mobility 20min { hip-flexors glutes }` shares a total time', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { fri mobility 20min { hip-flexors glutes } }`);
        const group = asGroup(sessionsOf(plan)[0].items[0]);
        expect([group.rounds, group.durationS]).toEqual([1, 1200]);
        expect(steps(group.items).map(step => step.drill.id)).toEqual(['hip-flexors', 'glutes']);
    });

    test('groups nest inside groups', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue speed 2 x { 3 x { 30m sprint } rest 1min } rest 5min }`);
        const outer = asGroup(sessionsOf(plan)[0].items[0]);
        const inner = asGroup(outer.items[0]);
        expect([outer.rounds, outer.restS, inner.rounds, inner.restS]).toEqual([2, 300, 3, 60]);
    });
});

describe('warm-up and cool-down', () => {
    test('mark steps, and a group passes its phase to what it holds', async () => {
        const found = await week1Steps(`tue speed
    warmup 15min @easy
    warmup { 2 x 30m a-skip  2 x 30m b-skip }
    4 x 60m sprint
    cooldown { 10min @easy }
    cooldown 5min`);
        expect(found.map(step => [step.phase, step.drill.id])).toEqual([
            ['warmup', 'run'], ['warmup', 'a-skip'], ['warmup', 'b-skip'], ['main', 'sprint'], ['cooldown', 'run'], ['cooldown', 'run'],
        ]);
    });
});

describe('notes', () => {
    test('`note "..."` is an item and a trailing text annotates a step or a group', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {
  tue run note "on grass" 8km @easy "flat route" 2 x { 1km } rest 1min "loops"
}`);
        const [note, step, group] = sessionsOf(plan)[0].items;
        expect(note).toMatchObject({ type: 'note', text: 'on grass' });
        expect(step).toMatchObject({ type: 'step', note: 'flat route' });
        expect(group).toMatchObject({ type: 'group', note: 'loops' });
    });
});

describe('derived weeks', () => {
    const base = `${HEADER}  pace 10k 4:20/km
week 1 "Base" {
  tue run 8km @easy
  wed run 20min @easy
  thu plyometrics 2 x 20 pogo-jump rest 90s
  2027-01-09 speed 4 x 60m sprint rest 3min
}
`;

    test('`week 2 = week 1 +5%` scales distances, durations and counts, and keeps every rest as written', async () => {
        const plan = await cleanPlan(`${base}week 2 = week 1 +5%`);
        const week2 = plan.weeks[1];
        expect(week2.derivedFrom).toEqual({ week: 1, changePercent: 5, roundChange: 0, times: 1 });
        const [run, timed, pogo, sprint] = sessionsOf(plan, 2).flatMap(session => steps(session.items));
        // 8000 m x 1.05 = 8400 m; 1200 s x 1.05 = 1260 s; 20 x 1.05 = 21 reps; 60 m x 1.05 = 63 m,
        // and the rests stay as the coach wrote them: 180 s after the longer sprints too.
        expect(run.repDistanceM).toBe(8400);
        expect(timed.repDurationS).toBe(1260);
        expect([pogo.reps, pogo.restS]).toEqual([21, 90]);
        expect(sprint.repDistanceM).toBe(63);
        expect(sprint.restS).toBe(180);
    });

    test('a rest written as a clock stays 90 s down a chain of derived weeks', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue speed 4 x 60m sprint rest 1:30 }\nweek 2 = week 1 +5%\nweek 3 = week 2 +5%`);
        expect([1, 2, 3].map(week => steps(sessionsOf(plan, week)[0].items)[0].restS)).toEqual([90, 90, 90]);
    });

    test('a derived week keeps its days, moved into its own week', async () => {
        const plan = await cleanPlan(`${base}week 2 = week 1 +5%`);
        expect(plan.weeks[1].days.map(day => day.date)).toEqual(['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-16']);
        expect(sessionsOf(plan, 2).map(session => session.key)).toEqual(['w2-tue-1', 'w2-wed-1', 'w2-thu-1', 'w2-2027-01-16-1']);
    });

    test('a derived week may have a title and derive from a derived week', async () => {
        const plan = await cleanPlan(`${base}week 2 = week 1 +10%\nweek 3 "Deload" = week 2 -50%`);
        expect(plan.weeks[2].title).toBe('Deload');
        // 8000 m x 1.1 = 8800 m, then x 0.5 = 4400 m.
        expect(steps(sessionsOf(plan, 3)[0].items)[0].repDistanceM).toBe(4400);
    });

    test('`weeks 5-8 = weeks 1-4 +5%` derives each week from its counterpart', async () => {
        const plan = await cleanPlan(`${HEADER}
week 1 { tue run 10km }
week 2 { tue run 11km }
week 3 { tue run 12km }
week 4 { tue run 6km }
weeks 5-8 = weeks 1-4 +5%`);
        expect(plan.weeks.map(week => week.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(plan.weeks.slice(4).map(week => week.derivedFrom)).toEqual([1, 2, 3, 4].map(week => ({ week, changePercent: 5, roundChange: 0, times: 1 })));
        // 10000, 11000, 12000, 6000 m x 1.05 = 10500, 11550, 12600, 6300 m.
        expect([5, 6, 7, 8].map(week => steps(sessionsOf(plan, week)[0].items)[0].repDistanceM)).toEqual([10500, 11550, 12600, 6300]);
        expect(sessionsOf(plan, 5)[0].date).toBe('2027-02-02');
    });

    test('a longer block repeats its source weeks, changed once more each time', async () => {
        const plan = await cleanPlan(`${HEADER}
week 1 { tue run 10km }
week 2 { tue run 20km }
weeks 3-7 = weeks 1-2 +10%`);
        expect(plan.weeks.slice(2).map(week => week.derivedFrom)).toEqual([
            { week: 1, changePercent: 10, roundChange: 0, times: 1 },
            { week: 2, changePercent: 10, roundChange: 0, times: 1 },
            { week: 1, changePercent: 10, roundChange: 0, times: 2 },
            { week: 2, changePercent: 10, roundChange: 0, times: 2 },
            { week: 1, changePercent: 10, roundChange: 0, times: 3 },
        ]);
        // 10 km x 1.1 = 11 km; 20 km x 1.1 = 22 km; 10 km x 1.1^2 = 12.1 km; 20 km x 1.21 = 24.2 km;
        // 10 km x 1.1^3 = 13.31 km, rounded to tens of metres: 13310 m.
        expect([3, 4, 5, 6, 7].map(week => steps(sessionsOf(plan, week)[0].items)[0].repDistanceM)).toEqual([11000, 22000, 12100, 24200, 13310]);
    });

    test('a block with no change copies its weeks unchanged', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 { tue run 10km }\nweeks 2-3 = weeks 1-1`);
        expect([2, 3].map(week => steps(sessionsOf(plan, week)[0].items)[0].repDistanceM)).toEqual([10000, 10000]);
    });
});

describe('comments', () => {
    test('`//` and `/* */` may stand anywhere between words', async () => {
        const plan = await cleanPlan(`// a plan
plan /* name */ "Commented" // the name
  start /* Monday */ 2027-01-04 // start
  pace easy 6:00/km
/* a drill
   over two lines */
drill /* */ hb plyometric // defined here
session s1 { /* inside */ 5km /* amount */ @easy // pace
}
week /* number */ 1 /* title */ "One" { // days
  tue /* */ s1 // named
  thu run 3 /* sets */ x 400m /* reps */ @easy rest /* rest */ 1min
  sat plyometrics 10 /* count */ hb
} // end
week 2 = /* base */ week 1 /* change */ +5% // derived`);
        expect(plan.name).toBe('Commented');
        expect(plan.weeks.map(week => week.number)).toEqual([1, 2]);
        expect(sessionsOf(plan).map(session => steps(session.items).map(step => [step.drill.id, step.sets, step.repDistanceM ?? step.reps])))
            .toEqual([[['run', 1, 5000]], [['run', 3, 400]], [['hb', 1, 10]]]);
    });
});
