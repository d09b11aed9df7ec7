/**
 * Every meaning error, warning and note the language reports: exact message, issue code and range.
 * `«` and `»` in a plan mark the range the diagnostic must cover.
 */
import { describe, expect, test } from 'vitest';
import { checkReports, type Severity } from '../src/cli/check.js';
import { RULES } from '../src/rules/index.js';
import { HEADER, checkPlan, errorsOf, marked } from './helpers.js';

/** The overload rules' findings are tested with the rules; these tests are about the language's own. */
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map(rule => rule.id));

/** The language's diagnostics of one severity as `line:col-line:col code message`, in source order. */
async function reportsOf(text: string, severity: Severity = 'error'): Promise<string[]> {
    const checked = await checkPlan(text);
    return checkReports('plan.stride', checked)
        .filter(report => report.severity === severity && !RULE_IDS.has(report.code))
        .map(report => `${report.line}:${report.column}-${report.endLine}:${report.endColumn} ${report.code} ${report.message}`);
}

/** The plan has exactly one diagnostic of this severity: this one, over the marked range. */
async function expectOnly(markedText: string, code: string, message: string, severity: Severity = 'error'): Promise<void> {
    const { text, range } = marked(markedText);
    expect(await reportsOf(text, severity)).toEqual([`${range} ${code} ${message}`]);
}

describe('valid plans', () => {
    test('the sketch from the design checks without errors', async () => {
        const checked = await checkPlan(`// Speed block for a 6:30 miler whose 60 yd dash is 7.9 s.
plan "Speed for distance runners"
  start 2027-01-04            // the Monday of week 1
  units km
  athlete intermediate        // sets plyometric contact limits
  pace easy 5:40/km
  pace 10k 4:20/km
  max-speed 8.2 m/s           // best flying speed; % intensities of sprints refer to it
  1rm back-squat 161 kg

drill uphill-sprint "Hill sprint" sprint     // user drills complete like built-ins

session speed-day "Speed day" {
  warmup 15min @easy
  2 x 30m a-skip
  4 x 60m sprint @95% rest 3min           // 60 m timed sprints
  3 x 30m flying-sprint @max rest 4min    // flying 30s, 20 m build-up implied by the drill
  cooldown 10min @easy
}

week 1 "Base + speed" {
  mon rest
  tue speed-day
  wed run 8km @easy
  thu strength {
    3 x 8 lunge each-leg @RPE7 rest 90s
    3 x 6 single-leg-deadlift each-leg @RPE7 rest 90s
    3 x 5 back-squat @80% rest 3min
  }
  fri mobility 20min { hip-flexors glutes hamstrings groin ankles }
  sat run 16km @easy
  sun plyometrics 2 rounds { 10 pogo-jump  8 bound  10 skip } rest 2min
}

week 2 = week 1 +5%
week 3 = week 2 +5%
week 4 "Deload" = week 1 -30%`);
        expect(errorsOf(checked)).toEqual([]);
        expect(checked.plan.weeks).toHaveLength(4);
    });

    test('a complete header leaves nothing to assume', async () => {
        expect(await reportsOf(`${HEADER}week 1 { tue run 5km @easy  thu speed 4 x 60m sprint }`, 'info')).toEqual([]);
    });
});

describe('the plan header', () => {
    test('a file without one is not a plan', async () => {
        await expectOnly('«»week 1 { mon rest }', 'missing-header', 'a plan starts with its name: plan "My plan"');
    });

    test('an impossible start date', async () => {
        await expectOnly('plan "x"\n  start «2027-02-30»\nweek 1 { mon rest }', 'impossible-date', '2027-02-30 is not a date');
    });

    test('an impossible race date', async () => {
        await expectOnly('plan "x"\n  race «2027-13-01»\nweek 1 { mon rest }', 'impossible-date', '2027-13-01 is not a date');
    });

    test('29 February only in a leap year', async () => {
        await expectOnly('plan "x"\n  start «2027-02-29»\nweek 1 { mon rest }', 'impossible-date', '2027-02-29 is not a date');
        expect(await reportsOf('plan "x"\n  start 2028-02-29\nweek 1 { tue rest }')).toEqual([]);
    });

    test('a start and a race date: the start wins, with a warning', async () => {
        await expectOnly('plan "x"\n  start 2027-01-04\n  «race» 2027-03-14\nweek 1 { mon rest }', 'start-and-race',
            'the plan has a start date and a race date: weeks are dated from the start', 'warning');
    });

    test('an impossible pace', async () => {
        await expectOnly('plan "x"\n  pace easy «99:99»/km\nweek 1 { mon rest }', 'bad-pace', '99:99 is not a pace: minutes and seconds run from 0 to 59');
    });

    test('a pace per metre', async () => {
        await expectOnly('plan "x"\n  pace fast 4:00/«m»\nweek 1 { mon rest }', 'bad-pace', 'a pace is per km or per mi, not per m');
    });

    test('a pace named twice', async () => {
        await expectOnly('plan "x"\n  pace easy 6:00/km\n  pace «easy» 5:50/km\nweek 1 { mon rest }', 'duplicate-name',
            "pace 'easy' is defined twice (first on line 2)");
    });

    test('a max speed of zero', async () => {
        await expectOnly('plan "x"\n  max-speed «0» m/s\nweek 1 { mon rest }', 'bad-number', 'max speed must be above zero');
    });

    test('a max speed nobody has run', async () => {
        await expectOnly('plan "x"\n  max-speed «13» m/s\nweek 1 { mon rest }', 'bad-number', '13 m/s is faster than anyone has run', 'warning');
    });

    test('a 1RM of zero', async () => {
        await expectOnly('plan "x"\n  1rm back-squat «0» kg\nweek 1 { mon rest }', 'bad-number', 'a 1RM must be above zero');
    });

    test('a 1RM for something that is not a lift', async () => {
        await expectOnly('plan "x"\n  1rm «pogo-jump» 100 kg\nweek 1 { mon rest }', 'intensity-mismatch',
            'pogo-jump is not a lift: a 1RM belongs to a strength drill');
    });
});

describe('unknown names', () => {
    test('an unknown drill names the nearest drills', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 4 x 60m «sprnt» }`, 'linking-error', "unknown drill 'sprnt'; did you mean sprint?");
    });

    test('names that contain the unknown one, or that it contains, come first', async () => {
        // `pogo` is inside `pogojump`; `pogo-jump` and `pogo-jumps` are one and two edits away.
        await expectOnly(`${HEADER}week 1 { tue plyometrics 10 «pogojump» }`, 'linking-error',
            "unknown drill 'pogojump'; did you mean pogo, pogo-jump, pogo-jumps?");
    });

    test("the plan's own drills are suggested too", async () => {
        await expectOnly(`${HEADER}drill hill-bounce-x plyometric\nweek 1 { tue plyometrics 10 «hill-bounse-x» }`, 'linking-error',
            "unknown drill 'hill-bounse-x'; did you mean hill-bounce-x?");
    });

    test('an unknown drill with nothing near it', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 4 x 60m «qqqqqq» }`, 'linking-error', "unknown drill 'qqqqqq'");
    });

    test('@10k with no 10k pace', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km @«10k» }`, 'linking-error',
            "no pace named '10k': add `pace 10k M:SS/km` to the plan header");
    });

    test('an unknown named session', async () => {
        await expectOnly(`${HEADER}session speed-day { 4 x 60m sprint }\nweek 1 { tue «speed-dy» }`, 'linking-error',
            "no session named 'speed-dy'; did you mean speed-day?");
    });
});

describe('names defined twice', () => {
    test('a drill', async () => {
        await expectOnly(`${HEADER}drill hb plyometric\ndrill «hb» plyometric\nweek 1 { mon rest }`, 'duplicate-name',
            "drill 'hb' is defined twice (first on line 5)");
    });

    test('a named session', async () => {
        await expectOnly(`${HEADER}session easy-day { 5km }\nsession «easy-day» { 6km }\nweek 1 { mon easy-day }`, 'duplicate-name',
            "session 'easy-day' is defined twice (first on line 5)");
    });

    test('a drill that hides a built-in one', async () => {
        await expectOnly(`${HEADER}drill «hill-sprint» "Mine" sprint\nweek 1 { mon rest }`, 'shadows-builtin',
            "this drill hides the built-in drill 'hill-sprint' (Hill sprint)", 'warning');
    });
});

describe('weeks', () => {
    test('a week number used twice', async () => {
        await expectOnly(`${HEADER}week 1 { mon rest }\nweek 2 { mon rest }\n«week 1 »{ tue rest }`, 'duplicate-week',
            'week 1 is defined twice (first on line 5)');
    });

    test('a week number used twice through a block of weeks', async () => {
        await expectOnly(`${HEADER}week 1 { mon rest }\nweek 2 { mon rest }\n«weeks 2-3 »= weeks 1-1`, 'duplicate-week',
            'week 2 is defined twice (first on line 6)');
    });

    test('two blocks of weeks that overlap', async () => {
        await expectOnly(`${HEADER}week 1 { mon rest }\nweeks 2-4 = weeks 1-1\n«weeks 3-5 »= weeks 1-1`, 'duplicate-week',
            'week 3 is defined twice (first on line 6)');
    });

    test('a week written after a block that already made it', async () => {
        await expectOnly(`${HEADER}week 1 { mon rest }\nweeks 2-3 = weeks 1-1\n«week 3 »{ mon rest }`, 'duplicate-week',
            'week 3 is defined twice (first on line 6)');
    });

    test('week 0', async () => {
        await expectOnly(`${HEADER}week «0» { mon rest }`, 'bad-number', "week numbers start at 1: '0' is not one");
    });

    test('a block of weeks that runs backwards', async () => {
        // Line 7: the header `weeks 5-4 ` is columns 1-10; the `1` of `weeks 2-1` is column 21.
        expect(await reportsOf(`${HEADER}week 1 { mon rest }\nweek 2 { mon rest }\nweeks 5-4 = weeks 2-1`)).toEqual([
            '7:1-7:11 bad-week-range weeks 5-4 is not a range of weeks',
            '7:21-7:22 bad-week-range weeks 2-1 is not a range of weeks',
        ]);
    });

    test('a week that loses all its volume', async () => {
        await expectOnly(`${HEADER}week 1 { mon run 5km }\nweek 2 = week 1 «-100%»`, 'bad-number', 'a week cannot lose 100% of its volume');
    });
});

describe('derived weeks', () => {
    test('a week derived from itself', async () => {
        await expectOnly(`${HEADER}week 1 { mon run 5km }\n«week 2 »= week 2`, 'derived-cycle', 'week 2 derives from itself');
    });

    test('two weeks derived from each other', async () => {
        expect(await reportsOf(`${HEADER}week 1 { mon run 5km }\nweek 2 = week 3\nweek 3 = week 2 +5%`)).toEqual([
            '6:1-6:8 derived-cycle week 2 derives from itself through week 3',
            '7:1-7:8 derived-cycle week 3 derives from itself through week 2',
        ]);
    });

    test('a long cycle names its first five weeks and counts the others', async () => {
        expect(await reportsOf(`${HEADER}week 1 { mon run 5km }\nweek 2 = week 9\nweeks 3-9 = weeks 2-8`)).toEqual([
            '6:1-6:8 derived-cycle week 2 derives from itself through week 9, week 8, week 7, week 6, week 5 and 2 more weeks',
            '7:1-7:11 derived-cycle week 3 derives from itself through week 2, week 9, week 8, week 7, week 6 and 2 more weeks',
        ]);
    });

    test('a block of weeks derived from itself', async () => {
        await expectOnly(`${HEADER}week 1 { mon run 5km }\n«weeks 2-3 »= weeks 2-3`, 'derived-cycle', 'week 2 derives from itself');
    });

    test('a week derived from a missing week', async () => {
        await expectOnly(`${HEADER}week 1 { mon run 5km }\nweek 2 = week «9» +5%`, 'linking-error', 'week 9 does not exist');
    });

    test('a block derived from a missing week', async () => {
        await expectOnly(`${HEADER}week 1 { mon run 5km }\nweeks 2-3 = weeks 1-«4»`, 'linking-error', 'week 4 does not exist');
    });
});

describe('days', () => {
    test('a weekday twice in one week', async () => {
        await expectOnly(`${HEADER}week 1 {\n  wed run 5km\n  «wed» run 6km\n}`, 'duplicate-day',
            "wed appears twice in week 1 (first on line 6); put two sessions on one day with 'and'");
    });

    test('a date twice in one week', async () => {
        await expectOnly(`${HEADER}week 1 {\n  2027-01-06 run 5km\n  «2027-01-06» run 6km\n}`, 'duplicate-day',
            "2027-01-06 appears twice in week 1 (first on line 6); put two sessions on one day with 'and'");
    });

    test('a weekday and the date of the same day', async () => {
        // Monday of week 1 is 2027-01-04: the same day twice, written two ways.
        const { text, range } = marked(`${HEADER}week 1 {\n  mon run 5km\n  «2027-01-04» run 6km\n}`);
        const rangesAndCodes = (await reportsOf(text)).map(report => report.split(' ').slice(0, 2).join(' '));
        expect(rangesAndCodes).toEqual([`${range} duplicate-day`]);
    });

    test('an impossible day date', async () => {
        await expectOnly(`${HEADER}week 1 { «2027-02-31» run 5km }`, 'impossible-date', '2027-02-31 is not a date');
    });

    test('a date outside its week', async () => {
        await expectOnly(`${HEADER}week 1 { mon rest }\nweek 2 { «2027-01-04» run 5km }`, 'date-outside-week',
            '2027-01-04 is not in week 2 (2027-01-11 to 2027-01-17)', 'warning');
    });

    test('a time of day past 23:59', async () => {
        await expectOnly(`${HEADER}week 1 { tue «25:00» run 5km }`, 'bad-time', '25:00 is not a time of day (00:00 to 23:59)');
    });

    test('minutes past 59 in a time of day', async () => {
        await expectOnly(`${HEADER}week 1 { tue «7:60» run 5km }`, 'bad-time', '7:60 is not a time of day (00:00 to 23:59)');
    });

    test('a session with nothing in it', async () => {
        await expectOnly(`${HEADER}week 1 { tue «run» "Easy" }`, 'empty-session', 'this run session has nothing in it', 'warning');
    });

    test('a kind alone is a named session, and one that does not exist says how to write the session out', async () => {
        await expectOnly(`${HEADER}week 1 { tue «run» }`, 'linking-error', "no session named 'run': a written-out run session needs something in it, like run 8km @easy");
    });
});

describe('amounts', () => {
    test('`3 x 8km back-squat`: the unit does not fit the drill', async () => {
        await expectOnly(`${HEADER}week 1 { tue strength 3 x «8km» back-squat }`, 'unit-mismatch', 'back-squat is measured in reps, not distance');
    });

    test('a time for a drill measured only in reps and distance', async () => {
        await expectOnly(`${HEADER}week 1 { tue plyometrics «30s» bound }`, 'unit-mismatch', 'bound is measured in reps or distance, not time');
    });

    test('`run 8 @easy`: a bare number where a unit is needed', async () => {
        await expectOnly(`${HEADER}week 1 { tue run «8» @easy }`, 'missing-unit', '8 needs a unit: a run is measured in m, km, mi, yd, s, min, h');
    });

    test('a bare count for a sprint', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 4 x «60» sprint }`, 'missing-unit', '60 needs a unit: sprint is measured in m, km, mi, yd, s, min, h');
    });

    test('a drill with no amount', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed «sprint» }`, 'missing-amount', 'how much sprint? Give distance or time, like 4 x 60m sprint');
    });

    test('`0 x 60m sprint`', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed «0» x 60m sprint }`, 'zero-count', 'a count of 0 is nothing to do');
    });

    test('`0 rounds { ... }`', async () => {
        await expectOnly(`${HEADER}week 1 { tue plyometrics «0» rounds { 10 pogo-jump } }`, 'zero-count',
            'a group repeats a whole number of times, at least once: not 0');
    });

    test('`0 x { ... }`', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed «0» x { 30m sprint } }`, 'zero-count',
            'a group repeats a whole number of times, at least once: not 0');
    });

    test('`run 0m`', async () => {
        await expectOnly(`${HEADER}week 1 { tue run «0m» }`, 'zero-count', 'an amount of 0m is nothing to do');
    });

    test('`0 pogo-jump`', async () => {
        await expectOnly(`${HEADER}week 1 { tue plyometrics «0» pogo-jump }`, 'zero-count', 'a count of 0 is nothing to do');
    });

    test('sets that are not whole', async () => {
        await expectOnly(`${HEADER}week 1 { tue run «2.5» x 400m }`, 'bad-number', 'sets and reps are whole numbers: not 2.5');
    });

    test('a unit before the last number', async () => {
        await expectOnly(`${HEADER}week 1 { tue run «3km» x 4min }`, 'unit-not-last', 'only the last number takes a unit: sets x reps x amount, like 3 x 4 x 30m');
    });

    test('more than sets x reps x amount', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 2 x 3 x 4 x «30m» sprint }`, 'too-many-factors', 'a step is at most sets x reps x amount, like 3 x 4 x 30m');
    });

    test('a clock amount with 60 or more seconds', async () => {
        await expectOnly(`${HEADER}week 1 { tue run «1:75» }`, 'bad-time', '1:75 is not a time: minutes and seconds run from 0 to 59');
    });

    test('a rest with 60 or more seconds', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 4 x 400m rest «1:75» }`, 'bad-time', '1:75 is not a time: minutes and seconds run from 0 to 59');
    });

    test('an intensity, a rest or a side given twice', async () => {
        const text = `${HEADER}week 1 { tue run 5km @easy @easy rest 1min rest 2min  thu strength 3 x 4 lunge each-leg each-leg }`;
        // Line 5: `week 1 { tue run 5km @easy ` is 27 characters, so the second `@easy` is at 28-33,
        // the second `rest 2min` at 44-53, and the second `each-leg` at 89-97.
        expect(await reportsOf(text)).toEqual([
            '5:28-5:33 repeated-modifier the intensity is given twice',
            '5:44-5:53 repeated-modifier the rest is given twice',
            "5:89-5:97 repeated-modifier 'each-leg' is given twice",
        ]);
    });
});

describe('intensities', () => {
    test('% of a lift with no 1RM', async () => {
        await expectOnly(`${HEADER}week 1 { tue strength 3 x 5 back-squat «@80%» }`, 'missing-1rm',
            '80% of what? The plan has no 1RM for back-squat: add `1rm back-squat N kg` to the header');
    });

    test('% of a lift whose 1RM is given under an alias', async () => {
        expect(await reportsOf(`${HEADER}  1rm squat 150 kg\nweek 1 { tue strength 3 x 5 back-squat @80% }`)).toEqual([]);
    });

    test('% of a lift above its 1RM', async () => {
        await expectOnly(`${HEADER}  1rm back-squat 100 kg\nweek 1 { tue strength 3 x 5 back-squat «@120%» }`, 'bad-number',
            '120% is more than the 1RM of back-squat', 'warning');
    });

    test('% of max speed above 100', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 4 x 60m sprint «@120%» }`, 'bad-number', '120% is faster than max speed', 'warning');
    });

    test('a percentage of zero', async () => {
        await expectOnly(`${HEADER}week 1 { tue speed 4 x 60m sprint «@0%» }`, 'bad-number', 'a percentage must be above zero');
    });

    test('a percentage of a plyometric drill', async () => {
        await expectOnly(`${HEADER}week 1 { tue plyometrics 10 pogo-jump «@50%» }`, 'intensity-mismatch',
            'a percentage means nothing for pogo-jump: it is neither run at a speed nor lifted');
    });

    test('an impossible pace in a step', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km @«99:99»/km }`, 'bad-pace', '99:99 is not a pace: minutes and seconds run from 0 to 59');
    });

    test('a pace for a lift', async () => {
        await expectOnly(`${HEADER}week 1 { tue strength 3 x 5 back-squat «@easy» }`, 'intensity-mismatch', 'a pace means nothing for back-squat');
    });

    test('a heart-rate zone for a lift', async () => {
        await expectOnly(`${HEADER}week 1 { tue strength 3 x 5 back-squat «@Z2» }`, 'intensity-mismatch', 'a heart-rate zone means nothing for back-squat');
    });

    test('a load for a run', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km «@100kg» }`, 'intensity-mismatch', 'a load in kg means nothing for a run');
    });

    test('a load of zero', async () => {
        await expectOnly(`${HEADER}week 1 { tue strength 3 x 5 back-squat «@0kg» }`, 'bad-number', 'a load must be above zero');
    });

    test('an RPE off the scale', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km «@RPE11» }`, 'bad-number', 'RPE runs from 1 to 10: not 11');
    });
});

describe('syntax errors', () => {
    test('say what could come and what came instead', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km @\n«}»`, 'parsing-error',
            "expected a name, a number, a time (07:00, 1:30), an RPE like RPE7, a zone like Z2, 'max' or a tempo like tempo 3-1-1-0 after '@', but found '}'");
    });

    test('a rest with no duration', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km rest «}»`, 'parsing-error', "expected a number or a time (07:00, 1:30) after 'rest', but found '}'");
    });

    test('a day with nothing after it', async () => {
        await expectOnly(`${HEADER}week 1 { tue «}»`, 'parsing-error',
            "expected 'rest', a time (07:00, 1:30), 'run', 'speed', 'strength', 'plyometrics', 'mobility', 'circuit', 'cross' or a name after 'tue', but found '}'");
    });

    test('a missing closing brace', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km«»`, 'parsing-error', "expected '}' but found the end of the file");
    });

    test('a stray brace after the last week', async () => {
        await expectOnly(`${HEADER}week 1 { tue run 5km } «}»`, 'parsing-error',
            "expected a drill, a session, a week or the end of the file, but found '}'");
    });

    test('a misspelt keyword at the top level', async () => {
        await expectOnly(`${HEADER}«waek» 1 { tue run 5km }`, 'parsing-error',
            "expected a drill, a session, a week or the end of the file, but found 'waek'");
    });
});

describe('assumed defaults', () => {
    test('no easy pace, for runs timed by it', async () => {
        await expectOnly('«plan» "x"\n  start 2027-01-04\nweek 1 { tue run 5km }', 'assumed-default',
            'no easy pace: runs are timed at 6:00/km; add `pace easy M:SS/km` to the plan header', 'info');
    });

    test('no max speed, for sprints', async () => {
        await expectOnly('«plan» "x"\n  start 2027-01-04\nweek 1 { tue speed 4 x 60m sprint }', 'assumed-default',
            'no max speed: sprints are timed at 8 m/s; add `max-speed N m/s` to the plan header', 'info');
    });

    test('no start date', async () => {
        await expectOnly('«plan» "x"\nweek 1 { tue strength 3 x 5 back-squat }', 'assumed-default',
            'no start date: sessions have no dates; add `start YYYY-MM-DD` or `race YYYY-MM-DD` to the plan header', 'info');
    });

    test('nothing assumed when nothing needs it', async () => {
        // A run at a named pace other than easy keeps its usual effort; lifts need neither pace nor speed.
        expect(await reportsOf('plan "x"\n  start 2027-01-04\n  pace 10k 4:20/km\nweek 1 { tue run 5km @10k  thu strength 3 x 5 back-squat }', 'info')).toEqual([]);
    });
});

describe('the time zone', () => {
    test('an IANA name checks clean; another is the error the calendar export would give, in the editor', async () => {
        expect(errorsOf(await checkPlan(`${HEADER}  timezone "Europe/London"\nweek 1 { tue run 5km }`))).toEqual([]);
        await expectOnly(`${HEADER}  timezone «"Mars/Olympus"»\nweek 1 { tue run 5km }`, 'unknown-time-zone',
            '"Mars/Olympus" is not a time zone: use an IANA name such as Europe/Berlin or America/New_York');
    });
});
