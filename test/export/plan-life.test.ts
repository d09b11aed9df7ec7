/**
 * The life of a plan through several exports to one file: sessions added, changed, removed,
 * added again, weeks reordered, a session moved to another day. Each file is read back with
 * ical.js and imported, in order, into a calendar that does what RFC 5546 asks of one: a
 * known UID changes only with a higher SEQUENCE, and a cancelled event goes. After each
 * import it must hold exactly the plan's events, and no UID may come back with a SEQUENCE it
 * had before for other content.
 */
import { describe, expect, test } from 'vitest';
import { planToIcs } from '../../src/export/ical.js';
import { describeSession, sessionHeadline } from '../../src/plan/describe.js';
import type { Plan } from '../../src/plan/model.js';
import { checkPlan, errorsOf } from '../helpers.js';
import { lintIcs } from './ics-lint.js';
import { parseIcs, type ParsedEvent } from './parse-ics.js';

/** What a calendar shows of an event. */
function shown(event: ParsedEvent): string {
    return JSON.stringify([event.summary, event.description, event.start, event.end, event.status, event.alarms]);
}

/** A calendar that imports files in order, keeping each UID's highest SEQUENCE. */
class ImportingCalendar {
    private readonly known = new Map<string, { sequence: number; event: ParsedEvent }>();
    /** What each UID showed at each SEQUENCE, across every import. */
    private readonly versions = new Map<string, string>();

    import(ics: string): void {
        for (const event of parseIcs(ics).events) {
            const version = `${event.uid} ${event.sequence}`;
            expect(this.versions.get(version) ?? shown(event), `${event.summary}: SEQUENCE ${event.sequence} again for other content`).toBe(shown(event));
            this.versions.set(version, shown(event));
            const before = this.known.get(event.uid);
            if (before === undefined ? event.status !== 'CANCELLED' : event.sequence > before.sequence) {
                this.known.set(event.uid, { sequence: event.sequence, event });
            }
        }
    }

    /** Summary and start of every event it shows, cancelled ones gone. */
    events(): string[] {
        return [...this.known.values()].filter(({ event }) => event.status !== 'CANCELLED').map(({ event }) => `${event.start} ${event.summary}`).sort();
    }
}

/** What the plan puts on a calendar: every session, and every rest day's note. */
function planned(plan: Plan): string[] {
    return plan.weeks.flatMap(week => week.days.flatMap(day => [
        ...(day.note === null ? [] : [`${day.date} Rest day: ${day.note}`]),
        ...day.sessions.map(session => `${session.date} ${sessionHeadline(session, plan.units)}`),
    ])).sort();
}

async function planOf(text: string): Promise<Plan> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    return checked.plan;
}

const HEADER = `plan "Life"
  start 2027-01-04
  pace easy 6:00/km
`;

/** A plan of two weeks, each given as its day lines. */
function twoWeeks(week1: readonly string[], week2: readonly string[]): string {
    return `${HEADER}\n${[week1, week2].map((days, index) => `week ${index + 1} {\n${days.map(day => `  ${day}\n`).join('')}}`).join('\n')}`;
}

const EASY_5 = 'tue run "Easy" 5km @easy';
const STRIDES = 'wed run "Strides" 4km @easy';
const TEMPO_10 = 'thu run "Tempo" 10km @easy';
const LONG_14 = 'sat run "Long" 14km @easy';
const LONG_16 = 'sat run "Long" 16km @easy';
const WEEK_2 = ['tue run "Easy" 6km @easy', LONG_16];

const VERSIONS: ReadonlyArray<[string, string]> = [
    ['first export', twoWeeks(['mon rest "Travel day"', EASY_5, 'thu run "Tempo" 8km @easy', LONG_14], WEEK_2)],
    ['a session changed', twoWeeks(['mon rest "Travel day"', EASY_5, TEMPO_10, LONG_14], WEEK_2)],
    ['a session added, a rest note changed', twoWeeks(['mon rest "Travel day: walk 20 min"', EASY_5, STRIDES, TEMPO_10, LONG_14], WEEK_2)],
    ['a session and the rest note removed', twoWeeks([EASY_5, STRIDES, TEMPO_10], WEEK_2)],
    ['the session added again, longer', twoWeeks([EASY_5, STRIDES, TEMPO_10, LONG_16], WEEK_2)],
    ['the weeks reordered', twoWeeks(WEEK_2, [EASY_5, STRIDES, TEMPO_10, LONG_16])],
    ['a session moved to another day', twoWeeks(['wed run "Easy" 6km @easy', LONG_16], [EASY_5, STRIDES, TEMPO_10, LONG_16])],
];

describe('a plan exported again and again to one file', () => {
    test('every change reaches a calendar that imports each file in order, and nothing lingers', async () => {
        const calendar = new ImportingCalendar();
        let previous: string | null = null;
        for (const [index, [change, text]] of VERSIONS.entries()) {
            const plan = await planOf(text);
            const now = new Date(Date.UTC(2027, 0, 1 + index, 12));
            const { ics }: { ics: string } = planToIcs(plan, { now, previous, alarmMinutesBefore: 30 });
            expect(lintIcs(Buffer.from(ics, 'utf8')), change).toEqual([]);
            calendar.import(ics);
            expect(calendar.events(), change).toEqual(planned(plan));
            previous = ics;
        }
    });

    test('a session removed and added again with other content comes back with a higher SEQUENCE', async () => {
        const [, , , removed, readded] = await Promise.all(VERSIONS.map(([, text]) => planOf(text)));
        const sequences: Array<[string, number, string | null]> = [];
        let previous: string | null = null;
        for (const [index, plan] of [await planOf(VERSIONS[0][1]), removed, readded].entries()) {
            previous = planToIcs(plan, { now: new Date(Date.UTC(2027, 0, 1 + index)), previous }).ics;
            const long = parseIcs(previous).events.filter(event => event.start === '2027-01-09');
            sequences.push(...long.map((event): [string, number, string | null] => [event.summary, event.sequence, event.status]));
        }
        expect(sequences).toEqual([
            // 14 km at 6:00/km, then cancelled, then 16 km.
            ['Long (1:24 h, 14.0 km)', 0, null],
            ['Cancelled: Long (1:24 h, 14.0 km)', 1, 'CANCELLED'],
            ['Long (1:36 h, 16.0 km)', 2, null],
        ]);
    });

    test('a cancelled event stays as it was in every later export, where it was, free time, without a reminder', async () => {
        const [first, , , removed] = await Promise.all(VERSIONS.map(([, text]) => planOf(text)));
        const before = planToIcs(first, { now: new Date('2027-01-01T12:00:00Z'), alarmMinutesBefore: 30 }).ics;
        const once = planToIcs(removed, { now: new Date('2027-01-02T12:00:00Z'), previous: before, alarmMinutesBefore: 30 });
        const twice = planToIcs(removed, { now: new Date('2027-01-03T12:00:00Z'), previous: once.ics, alarmMinutesBefore: 30 });
        expect(twice.ics).toBe(once.ics);
        // Saturday's long run and Monday's rest note are gone from week 1.
        expect([once.events, once.cancelled]).toEqual([5, 2]);
        const cancelled = parseIcs(once.ics).events.filter(event => event.status === 'CANCELLED');
        expect(cancelled.map(event => [event.summary, event.start, event.end, event.transparency, event.alarms, event.description, event.stamp])).toEqual([
            ['Cancelled: Rest day: Travel day', '2027-01-04', '2027-01-05', 'TRANSPARENT', [], null, '2027-01-02T12:00:00Z'],
            ['Cancelled: Long (1:24 h, 14.0 km)', '2027-01-09', '2027-01-10', 'TRANSPARENT', [], null, '2027-01-02T12:00:00Z'],
        ]);
    });

    test('a removed session with a long name, folded over several lines, is cancelled under that name', async () => {
        const name = `Long ${'🏃 and, some; text '.repeat(12)}`;
        const before = planToIcs(await planOf(twoWeeks([EASY_5, `sat run "${name}" 14km @easy`], WEEK_2)), { now: new Date('2027-01-01T12:00:00Z') }).ics;
        expect(before).toMatch(/^SUMMARY:Long .{40,}\r\n /mu);
        const after = planToIcs(await planOf(twoWeeks([EASY_5], WEEK_2)), { now: new Date('2027-01-02T12:00:00Z'), previous: before }).ics;
        expect(parseIcs(after).events.filter(event => event.status === 'CANCELLED').map(event => event.summary)).toEqual([`Cancelled: ${name} (1:24 h, 14.0 km)`]);
    });
});

describe('DTSTAMP', () => {
    test('an unchanged plan exports the same bytes at any later time; a change restamps only what changed', async () => {
        const [first, changed] = await Promise.all(VERSIONS.slice(0, 2).map(([, text]) => planOf(text)));
        const before = planToIcs(first, { now: new Date('2027-01-01T12:00:00Z') }).ics;
        expect(planToIcs(first, { now: new Date('2027-06-01T00:00:00Z'), previous: before }).ics).toBe(before);
        const after = parseIcs(planToIcs(changed, { now: new Date('2027-02-01T08:30:00Z'), previous: before }).ics).events;
        expect(after.map(event => [event.summary.replace(/ \(.*$/, ''), event.sequence, event.stamp, event.lastModified])).toEqual([
            ['Rest day: Travel day', 0, '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
            ['Easy', 0, '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
            ['Tempo', 1, '2027-02-01T08:30:00Z', '2027-02-01T08:30:00Z'],
            ['Long', 0, '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
            ['Easy', 0, '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
            ['Long', 0, '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
        ]);
    });
});

describe('rest days', () => {
    test("a rest day's note is an all-day event of free time; a rest day without one writes nothing", async () => {
        const plan = await planOf(`${HEADER}
week 1 {
  mon rest "Travel day: walk 20 min"
  wed rest
  thu run "Easy" 5km @easy
}`);
        const { ics, events } = planToIcs(plan, { now: new Date('2027-01-01T12:00:00Z'), alarmMinutesBefore: 30, defaultStartTimes: { mon: '07:00' } });
        expect(events).toBe(2);
        const [rest, easy] = parseIcs(ics).events;
        expect([rest.summary, rest.description, rest.start, rest.end, rest.allDay, rest.transparency, rest.categories, rest.alarms]).toEqual([
            'Rest day: Travel day: walk 20 min', 'Travel day: walk 20 min', '2027-01-04', '2027-01-05', true, 'TRANSPARENT', ['rest'], [],
        ]);
        expect([easy.summary, easy.description, easy.transparency]).toEqual([
            sessionHeadline(plan.weeks[0].days[2].sessions[0], 'km'), describeSession(plan.weeks[0].days[2].sessions[0], 'km'), null,
        ]);
    });
});

describe('what the previous file remembers', () => {
    test('an event with UID, a SEQUENCE of digits (none is 0), a UTC DTSTAMP and the hash; another is written afresh', async () => {
        const [first, changed] = await Promise.all(VERSIONS.slice(0, 2).map(([, text]) => planOf(text)));
        const before = planToIcs(first, { now: new Date('2027-01-01T12:00:00Z') }).ics;
        const sequences = (previous: string) => parseIcs(planToIcs(changed, { now: new Date('2027-01-02T12:00:00Z'), previous }).ics).events.map(event => event.sequence);
        // The third event, Tempo, changed from 8 to 10 km.
        expect(sequences(before)).toEqual([0, 0, 1, 0, 0, 0]);
        // Raised by hand, as a file forced over might be.
        expect(sequences(before.replace(/SEQUENCE:0/g, 'SEQUENCE:7'))).toEqual([7, 7, 8, 7, 7, 7]);
        expect(sequences(before.replace(/SEQUENCE:0\r\n/g, ''))).toEqual([0, 0, 1, 0, 0, 0]);
        expect(sequences(before.replace(/SEQUENCE:0/g, 'SEQUENCE:1e3'))).toEqual([0, 0, 0, 0, 0, 0]);
        expect(sequences(before.replace(/DTSTAMP:(\d{8}T\d{6})Z/g, 'DTSTAMP:$1'))).toEqual([0, 0, 0, 0, 0, 0]);
    });
});
