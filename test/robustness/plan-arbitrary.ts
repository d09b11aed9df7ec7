/**
 * Plans made from the grammar's constructs: a header with settings, drills of the plan's own,
 * named sessions, weeks written day by day, derived weeks and blocks. Most of what it writes
 * is a plan a coach could write, so that the properties that need a clean plan (formatting,
 * the calendar) get many; a share of every choice is an edge (zero, huge, an impossible date,
 * hostile text), so that the rest of the pipeline meets those too.
 */
import fc from 'fast-check';
import { DRILL_CATALOGUE } from '../../src/drills/catalogue.js';
import type { Drill, Measure } from '../../src/drills/drill.js';
import { RULE_IDS } from '../../src/rules/thresholds.js';
import { hostileText, numberText, stringLiteral } from './hostile-text.js';

const WEEKDAY_WORDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SESSION_KINDS = ['run', 'speed', 'strength', 'plyometrics', 'mobility', 'circuit', 'cross'] as const;
const DRILL_KINDS = ['run', 'sprint', 'sprint-drill', 'plyometric', 'strength', 'mobility', 'cross'] as const;
const PACE_NAMES = ['easy', 'threshold', 'tempo', '10k', 'mile', 'marathon'] as const;

/** A few of each kind of built-in drill keeps the plans varied without drowning them in choices. */
const DRILLS: readonly Drill[] = DRILL_KINDS.flatMap(kind => DRILL_CATALOGUE.filter(drill => drill.kind === kind).slice(0, 4));

/** Mostly a real date near now; sometimes an impossible one or one at the ends of the calendar. */
const date = fc.oneof(
    { weight: 8, arbitrary: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true }).map(day => day.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom('2027-02-30', '2027-13-01', '1900-02-29', '2000-02-29', '1900-01-01', '9999-12-27', '0001-01-01', '0000-01-03') },
);

/** `07:30`; now and then `24:00` or `99:99`. */
const clock = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`) },
    { weight: 1, arbitrary: fc.constantFrom('24:00', '99:99', '7:61', '0:00') },
);

/** A small count; sometimes zero, a fraction or a huge number. */
const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }).map(String) }, { weight: 1, arbitrary: numberText });

/** Now and then: one time in four. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
    return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arbitrary });
}

const title = fc.option(hostileText.map(stringLiteral), { nil: undefined });

function amountOf(measure: Measure): fc.Arbitrary<string> {
    switch (measure) {
        case 'distance':
            return fc.oneof(
                { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('m', 'yd')).map(([n, unit]) => `${n}${unit}`) },
                { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('km', 'mi')).map(([n, unit]) => `${n}${unit}`) },
                { weight: 1, arbitrary: fc.tuple(numberText, fc.constantFrom('m', 'km')).map(([n, unit]) => `${n}${unit}`) },
            );
        case 'time':
            return fc.oneof(
                { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 90 }), fc.constantFrom('s', 'sec', 'min')).map(([n, unit]) => `${n}${unit}`) },
                { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })).map(([m, s]) => `${m}:${String(s).padStart(2, '0')}`) },
                { weight: 1, arbitrary: fc.tuple(numberText, fc.constantFrom('s', 'h')).map(([n, unit]) => `${n}${unit}`) },
            );
        case 'reps':
            return count;
    }
}

/** What makes a step hard or easy, fitting its drill's kind nearly always. */
function intensityFor(drill: Drill): fc.Arbitrary<string> {
    const anyKind = fc.oneof(fc.integer({ min: 1, max: 10 }).map(rpe => `@RPE${rpe}`), fc.constant('@RPE 7.5'));
    const edge = fc.oneof(fc.constantFrom('@rpe11', '@max', '@10k', '@Z2'), numberText.map(n => `@${n}%`), numberText.map(n => `@${n}kg`));
    const fitting = drill.kind === 'run'
        ? fc.oneof(fc.constant('@easy'), fc.integer({ min: 1, max: 5 }).map(zone => `@Z${zone}`), clock.map(time => `@${time}/km`), fc.integer({ min: 60, max: 100 }).map(percent => `@${percent}%`), anyKind)
        : drill.kind === 'sprint' ? fc.oneof(fc.integer({ min: 70, max: 100 }).map(percent => `@${percent}%`), fc.constant('@max'), anyKind)
            : drill.kind === 'strength' ? fc.oneof(fc.integer({ min: 5, max: 200 }).map(kg => `@${kg}kg`), anyKind)
                : anyKind;
    return fc.oneof({ weight: 9, arbitrary: fitting }, { weight: 1, arbitrary: edge });
}

const rest = fc.oneof(
    fc.tuple(fc.integer({ min: 10, max: 300 }), fc.constantFrom('s', 'min')).map(([n, unit]) => `rest ${n}${unit}`),
    amountOf('time').map(time => `rest ${time}`),
);

/** `4 x 60m sprint @95% rest 3min "note"`, `10 pogo-jump`, `8km @easy`, `glutes each-leg`. */
const step: fc.Arbitrary<string> = fc.constantFrom(...DRILLS).chain(drill => fc.tuple(
    rarely(fc.constantFrom('warmup', 'cooldown')),
    fc.option(fc.tuple(count, fc.option(count, { nil: undefined })).map(([sets, reps]) => (reps ? `${sets} x ${reps} x` : `${sets} x`)), { nil: undefined }),
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...drill.measures).chain(amountOf) }, { weight: drill.kind === 'mobility' ? 1 : 0, arbitrary: fc.constant('') }),
    fc.option(intensityFor(drill), { nil: undefined }),
    rarely(rest),
    rarely(fc.constantFrom('each-leg', 'each-side', 'each-arm')),
    rarely(hostileText.map(stringLiteral)),
).map(([phase, times, amount, intensity, restPart, side, note]) =>
    [phase, amount ? times : undefined, amount, drill.id, intensity, restPart, side, note].filter(Boolean).join(' ')));

/** Steps, notes and groups of them (`3 x { ... } rest 2min`, `2 rounds { ... }`, `20min { ... }`), nested a little. */
const items: fc.Arbitrary<string[]> = fc.letrec<{ item: string; items: string[] }>(tie => ({
    item: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        { weight: 6, arbitrary: step },
        { weight: 1, arbitrary: hostileText.map(text => `note ${stringLiteral(text)}`) },
        {
            weight: 2,
            arbitrary: fc.tuple(
                fc.constantFrom('', 'warmup ', 'cooldown '),
                fc.oneof(count.map(n => `${n} x `), count.map(n => `${n} rounds `), amountOf('time').map(time => `${time} `), fc.constant('')),
                tie('items'),
                fc.option(rest, { nil: undefined }),
            ).map(([phase, repeat, inner, restPart]) => `${phase}${repeat}{ ${inner.join(' ')} }${restPart ? ` ${restPart}` : ''}`),
        },
    ),
    items: fc.array(tie('item') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }),
})).items;

const drillDef = fc.tuple(
    fc.integer({ min: 1, max: 3 }),
    title,
    fc.constantFrom(...DRILL_KINDS),
    fc.subarray([
        'in distance, time', 'in reps', 'rest 90s', 'rep 3s', 'contacts 2', 'tier high', 'unilateral',
        'speed 6 m/s', 'build-up 20m', 'alias my-alias', 'about "A drill of the plan\'s own."',
    ]),
).map(([n, drillTitle, kind, props]) => [`drill own-drill-${n}`, drillTitle, kind, ...props].filter(Boolean).join(' '));

function sessionDef(n: number): fc.Arbitrary<string> {
    return fc.tuple(title, fc.option(fc.constantFrom(...SESSION_KINDS), { nil: undefined }), items)
        .map(([sessionTitle, kind, body]) => [`session named-${n}`, sessionTitle, kind, `{\n  ${body.join('\n  ')}\n}`].filter(Boolean).join(' '));
}

/** A session on a day: one of the plan's named sessions, or one written out with its kind. */
function sessionUse(named: number): fc.Arbitrary<string> {
    return fc.tuple(
        rarely(clock),
        fc.oneof(
            { weight: named === 0 ? 0 : 1, arbitrary: fc.integer({ min: 1, max: Math.max(1, named) }).map(n => `named-${n}`) },
            { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SESSION_KINDS), title, items).map(([kind, useTitle, body]) => [kind, useTitle, ...body].filter(Boolean).join(' ')) },
        ),
    ).map(([time, use]) => (time ? `${time} ${use}` : use));
}

function day(named: number): fc.Arbitrary<string> {
    return fc.tuple(
        fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...WEEKDAY_WORDS) }, { weight: 1, arbitrary: date }),
        fc.oneof(
            { weight: 1, arbitrary: fc.option(hostileText.map(stringLiteral), { nil: undefined }).map(note => (note ? `rest ${note}` : 'rest')) },
            { weight: 4, arbitrary: fc.array(sessionUse(named), { minLength: 1, maxLength: 2 }).map(uses => uses.join(' and ')) },
        ),
    ).map(([when, what]) => `${when} ${what}`);
}

const change = fc.oneof(
    fc.constant(''),
    fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 1, max: 30 })).map(([sign, n]) => ` ${sign}${n}%`),
    numberText.map(n => ` +${n}%`),
);

/** Weeks 1 to n, each written out or derived from an earlier week, now and then a block of weeks after them. */
const weeks = (named: number) => fc.integer({ min: 0, max: 4 }).chain(n => fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, index) => fc.oneof(
        { weight: 3, arbitrary: fc.tuple(title, fc.uniqueArray(day(named), { maxLength: 3, selector: text => text.split(' ')[0] })).map(([weekTitle, days]) => [`week ${index + 1}`, weekTitle, `{\n  ${days.join('\n  ')}\n}`].filter(Boolean).join(' ')) },
        { weight: index === 0 ? 0 : 1, arbitrary: fc.tuple(title, fc.integer({ min: 1, max: Math.max(1, index) }), change).map(([weekTitle, base, volume]) => [`week ${index + 1}`, weekTitle, `= week ${base}${volume}`].filter(Boolean).join(' ')) },
    ))),
    rarely(fc.tuple(fc.integer({ min: 1, max: 8 }), change)),
).map(([written, block]) => (block && n > 0 ? [...written, `weeks ${n + 1}-${n + block[0]} = weeks 1-${n}${block[1]}`] : written)));

const setting = fc.oneof(
    date.map(day => `start ${day}`),
    date.map(day => `race ${day}`),
    fc.constantFrom('units km', 'units mi', 'athlete beginner', 'athlete intermediate', 'athlete advanced'),
    fc.tuple(fc.constantFrom(...PACE_NAMES), clock, fc.constantFrom('km', 'mi')).map(([name, time, unit]) => `pace ${name} ${time}/${unit}`),
    fc.oneof(fc.integer({ min: 5, max: 12 }).map(String), numberText).map(speed => `max-speed ${speed} m/s`),
    fc.tuple(fc.constantFrom('back-squat', 'deadlift', 'front-squat', 'leg-press'), fc.integer({ min: 20, max: 300 })).map(([lift, kg]) => `1rm ${lift} ${kg} kg`),
    fc.constantFrom('timezone "Europe/Berlin"', 'timezone "America/New_York"', 'timezone "Mars/Olympus"'),
    fc.tuple(fc.constantFrom(...RULE_IDS), numberText).map(([rule, value]) => `limit ${rule} ${value}`),
);

/** A whole plan: mostly with a start date and an easy pace, so that most plans can be exported. */
export const planText: fc.Arbitrary<string> = fc.integer({ min: 0, max: 2 }).chain(named => fc.tuple(
    hostileText,
    fc.oneof({ weight: 4, arbitrary: date.map(day => `start ${day}`) }, { weight: 1, arbitrary: fc.constant('') }),
    fc.array(setting, { maxLength: 4 }),
    fc.uniqueArray(drillDef, { maxLength: 2, selector: text => text.split(' ')[1] }),
    fc.tuple(...Array.from({ length: named }, (_, index) => sessionDef(index + 1))),
    weeks(named),
)).map(([name, start, settings, drills, sessions, written]) => [
    [`plan ${stringLiteral(name)}`, start, 'pace easy 6:00/km', ...settings].filter(Boolean).join('\n  '),
    ...drills,
    ...sessions,
    ...written,
].join('\n') + '\n');
