/**
 * Deterministic plans for the benchmarks: years of realistic training weeks that use every
 * construct of the language and trip every overload rule somewhere. The same arguments give
 * the same text on any machine, so runs compare.
 *
 * A year is thirteen four-week cycles: a week written out day by day, two derived from it
 * (+5% each), and a written deload. Every third cycle repeats the one before it as a block of
 * weeks. Once a year a race-pace week and a training camp replace a cycle's first week: they
 * are where the rules fire (hard days back to back, too many hard days, short sprint rests,
 * too many metres sprinted, too much at threshold, monotony, days without rest, too many foot
 * contacts, a circuit that adds rounds too fast); the weeks after the deloads grow too fast
 * (weekly distance, ACWR).
 */
import { addDays } from '../src/plan/dates.js';
import { WEEKDAYS } from '../src/plan/model.js';

export interface PlanOptions {
    readonly years: number;
    /** Which athlete of a coach's workspace: shifts the start date, the level and every figure a little. */
    readonly athlete?: number;
}

const WEEKS_PER_YEAR = 52;
const CYCLE = 4;
const START = '2027-01-04';
const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** The plan's text: a header, its drills and named sessions, then every week. */
export function generatePlan({ years, athlete = 0 }: PlanOptions): string {
    const start = addDays(START, 7 * (athlete % 8))!;
    const weeks: string[] = [];
    for (let first = 1; first <= years * WEEKS_PER_YEAR; first += CYCLE) {
        weeks.push(cycle(first, start, athlete));
    }
    return [header(years, athlete, start), DRILLS, SESSIONS, ...weeks].join('\n\n') + '\n';
}

/** A coach's workspace: one one-year plan per athlete, each a little different. */
export function coachWorkspace(athletes: number): Array<{ name: string; text: string }> {
    return Array.from({ length: athletes }, (_, athlete) => ({
        name: `athlete-${String(athlete + 1).padStart(3, '0')}.stride`,
        text: generatePlan({ years: 1, athlete }),
    }));
}

function header(years: number, athlete: number, start: string): string {
    const race = addDays(start, years * WEEKS_PER_YEAR * 7 - 1)!;
    return `// A generated ${years}-year plan for the benchmarks (bench/generate-plan.ts): do not edit by hand.
/* Every construct of the language is used somewhere below,
   and every overload rule fires somewhere. */
plan "Benchmark: ${years} year${years === 1 ? '' : 's'}, athlete ${athlete + 1}"
  start ${start}
  race ${race}
  units km
  athlete ${LEVELS[athlete % LEVELS.length]}
  pace easy 5:${String(40 + (athlete % 10)).padStart(2, '0')}/km
  pace threshold 4:40/km
  pace 10k 4:30/km
  pace mile 6:30/mi
  max-speed ${(8.2 + (athlete % 5) / 10).toFixed(1)} m/s
  1rm back-squat 355 lb
  1rm trap-bar-deadlift 140 kg
  timezone "Europe/Berlin"
  limit sprint-metres 500m
  limit weekly-distance 12% 35%`;
}

const DRILLS = `// Drills of this plan's own, with every property a drill can have.
drill hill-dash "Hill dash" sprint in distance, time rest 3min speed 7.5 m/s build-up 10m alias hd, uphill-dash
  about "Up a 6-8% grade, walk back down."
drill lateral-hop-stick "Lateral hop and stick" plyometric in reps contacts 1 tier low rep 3s rest 1min unilateral
  about "Hop sideways from one foot onto the other and hold the landing still for two seconds."`;

const SESSIONS = `// Tuesday morning: sprints first in the week and first in the day, on fresh legs.
session speed-day "Speed day" speed {
  warmup {
    15min @easy
    2 x 20m a-skip
    2 x 20m b-skip
    4 x 80m strides @80% rest 60s
  }
  2 x 10 pogo-jump rest 90s
  4 x 60m sprint @95% rest 8min "timed from a crouch"
  3 x 30m flying-sprint @max rest 6min
  3 x 4 x 30m acceleration @85% rest 3min
  note "Stop the set if a time is more than 3% slower than the best of the day."
  cooldown 10min @easy
}

session gym "Strength and power" strength {
  warmup { 10 leg-swings each-leg  5 spiderman-lunge each-side }
  3 x 3 box-jump rest 2min
  5x5 back-squat @75% rest 3min
  3 x 6 lunge each-leg @RPE7 rest 90s
  3 x 8 single-arm-row each-arm @20kg rest 60s
  3 x 1:30 plank
  cooldown 2 x 30s side-plank each-side
}

session mobility-routine "Hips and ankles" mobility {
  20min { hip-flexors glutes hamstrings groin ankles }
}

session threshold "Threshold" {
  warmup 2km @easy
  3 x 2km cruise-interval @threshold rest 90s
  cooldown 2km @easy
}`;

/** Four weeks from `first`: a written week (or once a year a race-pace week or a camp), two derived from it, and a deload; every third cycle a block. */
function cycle(first: number, start: string, athlete: number): string {
    const index = (first - 1) / CYCLE;
    const inYear = index % (WEEKS_PER_YEAR / CYCLE);
    if (inYear % 3 === 2) {
        return `weeks ${first}-${first + 3} "Repeat" = weeks ${first - 4}-${first - 1} +3%`;
    }
    const grow = 1 + ((index + athlete) % 5) * 0.02;
    const opening = inYear === 3 ? racePaceWeek(first, grow) : inYear === 6 ? campWeek(first, grow) : buildWeek(first, grow);
    return [
        opening,
        `week ${first + 1} = week ${first} +5%`,
        `week ${first + 2} "Build" = week ${first + 1} +5%`,
        deloadWeek(first + 3, start, grow),
    ].join('\n');
}

function km(value: number, grow: number): string {
    return `${(value * grow).toFixed(1)}km`;
}

function buildWeek(week: number, grow: number): string {
    return `week ${week} "Base + speed" {
  mon rest "Rest, or a 20 minute walk"
  tue 07:00 speed-day and 17:30 gym
  wed run ${km(8, grow)} easy-run @easy and mobility-routine
  thu run "Easy + strides" ${km(5, grow)} @easy 6 x 100m strides @75% rest 60s
  fri threshold
  sat cross "Bike" 45min cycling @Z2 and mobility 2 x 45s hip-flexors each-leg
  sun run "Long run" ${km(16, grow)} long-run @easy "conversational"
}`;
}

/** Hard days back to back and four in the week, short sprint rests, 600 m sprinted, a third of the running at threshold. */
function racePaceWeek(week: number, grow: number): string {
    return `week ${week} "Race pace" {
  mon rest
  tue speed "Sprint volume" {
    warmup 15min @easy
    10 x 60m sprint @95% rest 2min
    4 x 40m hill-dash @RPE9 rest 3min
    cooldown 10min @easy
  }
  wed run "Tempo" { warmup 2km @easy  30min tempo-run @threshold  cooldown 2km @easy }
  thu run ${km(6, grow)} @easy
  fri run "10k pace" { warmup 2km @easy  5 x 1km @10k rest 2:00  cooldown 2km @easy }
  sat run "Race simulation" 3 x { 2km @threshold  1km @4:20/km } rest 3min "practise the pace"
  sun run "Long run" ${km(14, grow)} long-run @easy
}`;
}

/** Twice the usual running (ACWR), seven days alike (monotony), no rest day, 150 foot contacts in a session, a circuit up two rounds on the week before. */
function campWeek(week: number, grow: number): string {
    return `// stride-ignore hard-days-per-week -- the camp's days are easy ones
week ${week} "Camp" {
  mon run ${km(12, grow)} @easy and 17:00 run ${km(8, grow)} @easy
  tue run ${km(13, grow)} @easy and plyometrics "Jumps" 6 x 25 pogo-jump rest 2min
  wed run ${km(12, grow)} @easy and 17:00 run ${km(8, grow)} @easy
  thu run ${km(13, grow)} @easy and circuit "Circuit" 4 rounds { 8 pogo-jump 5 squat-jump 3 lateral-hop-stick each-leg 20s side-plank each-side } rest 2min
  fri run ${km(12, grow)} @Z2 and 17:00 run ${km(8, grow)} @easy
  sat run ${km(13, grow)} @easy
  sun run ${km(12, grow)} @rpe 3.5 and 17:00 run ${km(8, grow)} @easy
}`;
}

/** Lighter, with a day by date, a circuit, a timed group and a mile; the next week climbs far past it. */
function deloadWeek(week: number, start: string, grow: number): string {
    const thursday = addDays(start, 7 * (week - 1) + 3)!;
    return `week ${week} "Deload" {
  mon rest
  tue run "Strides" ${km(4, grow)} @easy 6 x 100m strides @80% rest 90s 10min @Z2
      and 17:30 strength "Light gym" {
        2 x 5 back-squat @65% rest 2min
        2 x 6 trap-bar-deadlift @60% rest 2min
        1 round { 2 x 30s plank  2 x 30s side-plank each-side }
      }
  wed run ${km(5, grow)} easy-run @easy
  ${thursday} circuit "Circuit" 2 rounds { 8 pogo-jump 5 squat-jump 3 lateral-hop-stick each-leg 20s side-plank each-side } rest 2min "land softly"
  fri rest "Travel"
  sat run 1mi race-pace @mile and mobility 10min { knee-hug hip-circles ankle-circles }
  sun run "Long run" ${km(9, grow)} long-run @easy and cross "Pool" 30min swim @RPE4
}`;
}

/**
 * A season written out week by week, as coaches write one when no two weeks are alike (issue
 * 21): every week explicit, with a speed session and its warm-up group, a gym session, a
 * threshold session and four runs, the figures moving from week to week.
 */
export function generateWrittenOutPlan(weeks: number): string {
    const written = Array.from({ length: weeks }, (_, index) => writtenWeek(index + 1));
    return [`// A generated season of ${weeks} weeks, every week written out (bench/generate-plan.ts): do not edit by hand.
plan "Benchmark: ${weeks} weeks written out"
  start ${START}
  units km
  athlete intermediate
  pace easy 5:40/km
  pace threshold 4:40/km
  max-speed 8.4 m/s
  1rm back-squat 140 kg`, ...written].join('\n\n') + '\n';
}

function writtenWeek(week: number): string {
    const step = week % 6;
    const deload = week % 4 === 0;
    const grow = deload ? 0.7 : 1 + step * 0.03;
    return `week ${week} "${deload ? 'Deload' : 'Build'} ${week}" {
  mon run ${km(6, grow)} @easy "recovery"
  tue speed "Speed ${week}" {
    warmup {
      15min @easy
      2 x 20m a-skip
      2 x 20m b-skip
      4 x 80m strides @80% rest 60s
    }
    ${3 + (step % 3)} x 60m sprint @95% rest 8min
    3 x 30m flying-sprint @max rest 6min
    cooldown 10min @easy
  }
  wed strength "Gym ${week}" {
    3 x 3 box-jump rest 2min
    ${deload ? 3 : 5}x5 back-squat @${70 + step}% rest 3min
    3 x 6 lunge each-leg @RPE7 rest 90s
    3 x 8 single-leg-deadlift each-leg @20kg rest 60s
    3 x 1:30 plank
  }
  thu run "Threshold ${week}" {
    warmup 2km @easy
    ${deload ? 2 : 3} x ${(1.5 + step * 0.1).toFixed(1)}km cruise-interval @threshold rest 90s
    cooldown 2km @easy
  }
  fri run ${km(8, grow)} easy-run @easy
  sat rest
  sun run ${km(16, grow)} long-run @easy "conversational"
}`;
}

/**
 * Ten years, not the fifty (MAX_WEEKS) a plan may hold: written out day by day, fifty years
 * would be half a million lines, minutes of parsing in every test run.
 */
const TEN_YEARS = 520;

/**
 * Every week of ten years written out, each day four runs of `itemsPerSession` sets of strides:
 * with 20, a 10 MB plan of 310,000 lines (the size tests and the responsiveness benchmark).
 */
export function generateDayByDayPlan(itemsPerSession: number): string {
    const lines = ['plan "Ten years, every day"', '  start 2027-01-04', '  pace easy 6:00/km', '  max-speed 8 m/s'];
    for (let week = 1; week <= TEN_YEARS; week++) {
        lines.push(`week ${week} {`);
        for (const weekday of WEEKDAYS) {
            const session = Array.from({ length: itemsPerSession }, (_, item) => `    ${item + 1} x ${100 + (week % 50)}m strides @80% rest 60s`);
            lines.push(`  ${weekday} ${Array.from({ length: 4 }, () => `run {\n${session.join('\n')}\n  }`).join(' and ')}`);
        }
        lines.push('}');
    }
    return `${lines.join('\n')}\n`;
}
