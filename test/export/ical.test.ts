import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ExportError } from '../../src/export/errors.js';
import { planToIcs, type IcsOptions } from '../../src/export/ical.js';
import { describeSession, sessionHeadline } from '../../src/plan/describe.js';
import type { Plan, PlanSession } from '../../src/plan/model.js';
import { checkPlan, errorsOf } from '../helpers.js';
import { lintIcs } from './ics-lint.js';
import { parseIcs, type ParsedEvent } from './parse-ics.js';

const NOW = new Date('2027-01-01T12:00:00Z');
const LATER = new Date('2027-02-01T08:30:00Z');

async function planOf(text: string): Promise<Plan> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    return checked.plan;
}

function sessionsOf(plan: Plan): PlanSession[] {
    return plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions));
}

function exportOf(plan: Plan, options: Partial<IcsOptions> = {}) {
    const { ics, events } = planToIcs(plan, { now: NOW, ...options });
    return { ics, events, calendar: parseIcs(ics) };
}

function eventNamed(events: readonly ParsedEvent[], name: string): ParsedEvent {
    const matching = events.filter(event => event.summary.startsWith(`${name} (`));
    expect(matching).toHaveLength(1);
    return matching[0];
}

const EXACT_PLAN = `plan "Exact, plan"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s

session sprints "Sprints" speed {
  warmup 12min @easy
  4 x 80m sprint @max rest 2min "from blocks"
  note "Walk back"
  cooldown 6min @easy
}

week 1 {
  tue 07:00 sprints
  thu run "Easy" 10km @easy
  sat strength "Core" 2 x { 30s plank glutes each-leg } rest 1min and mobility "Stretch" glutes each-leg
}`;

describe('one event per session', () => {
    test('spells each session out: name and numbers in SUMMARY, every item in DESCRIPTION, its kind in CATEGORIES', async () => {
        const { calendar, events } = exportOf(await planOf(EXACT_PLAN), { defaultStartTimes: { sat: '08:00' } });
        expect(events).toBe(4);
        expect(calendar.name).toBe('Exact, plan');
        expect(calendar.events.map(event => [event.summary, event.categories])).toEqual([
            // Warm-up 12 min at 6:00/km is 2000 m; 4 x 80 m at 8 m/s is 4 x 10 s = 0.667 min plus 3 rests
            // of 2 min; cool-down 6 min is 1000 m. 12 + 6.667 + 6 = 24.667 min, 2000 + 320 + 1000 = 3320 m.
            ['Sprints (25 min, 3.3 km)', ['speed']],
            // 10 km at 6:00/km.
            ['Easy (1:00 h, 10.0 km)', ['run']],
            // One round: a 30 s plank and 45 s a side of glute stretch, 2 min; two rounds and a 1 min rest.
            ['Core (5 min)', ['strength']],
            ['Stretch (2 min)', ['mobility']],
        ]);
        expect(calendar.events.map(event => event.description)).toEqual([
            [
                'Warm-up:',
                '- 12 min Run at easy pace (6:00/km)',
                'Main:',
                '- 4 x 80 m Sprint at max effort, rest 2 min (from blocks)',
                '- Note: Walk back',
                'Cool-down:',
                '- 6 min Run at easy pace (6:00/km)',
                '',
                // Load: easy running at RPE 3 for 18 min is 54; sprints at RPE 10 for 0.667 min
                // and rests at RPE 2 for 6 min are 6.667 + 12. 54 + 18.667 = 72.667.
                'Estimated 25 min, 3.3 km, load 73 AU',
                'Hard session: sprints at 90% or more',
            ].join('\n'),
            // 60 min at RPE 3.
            '- 10.0 km Run at easy pace (6:00/km)\n\nEstimated 1:00 h, 10.0 km, load 180 AU',
            // Plank at RPE 6 for 0.5 min is 3, stretch at RPE 2 for 1.5 min is 3: 6 a round, 12 for two,
            // plus 1 min of rest at RPE 2.
            '- 2 rounds, rest 1 min between:\n  - 30 s Plank\n  - Glute stretch each side\n\nEstimated 5 min, load 14 AU',
            '- Glute stretch each side\n\nEstimated 2 min, load 3 AU',
        ]);
    });

    test('all-day by default, with an exclusive end and no time zone', async () => {
        const { calendar, ics } = exportOf(await planOf(EXACT_PLAN), { timezone: 'Europe/Berlin' });
        // 2027-01-04 is the Monday of week 1: Thursday is the 7th, the event ends on the 8th.
        const easy = eventNamed(calendar.events, 'Easy');
        expect([easy.allDay, easy.start, easy.end, easy.tzid]).toEqual([true, '2027-01-07', '2027-01-08', null]);
        expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270107\r\nDTEND;VALUE=DATE:20270108\r\n');
    });

    test('timed when the plan gives a time, lasting the estimated minutes, floating without a zone', async () => {
        const { calendar, ics } = exportOf(await planOf(EXACT_PLAN));
        const sprints = eventNamed(calendar.events, 'Sprints');
        // 07:00 plus 25 minutes.
        expect([sprints.start, sprints.end, sprints.tzid]).toEqual(['2027-01-05T07:00:00', '2027-01-05T07:25:00', null]);
        expect(ics).toContain('\r\nDTSTART:20270105T070000\r\nDTEND:20270105T072500\r\n');
        expect(calendar.timezones).toEqual([]);
    });

    test('a default start time per weekday times the sessions without one, one after the other', async () => {
        const { calendar } = exportOf(await planOf(EXACT_PLAN), { defaultStartTimes: { sat: '08:00', thu: '18:30' } });
        const times = ['Easy', 'Core', 'Stretch'].map(name => {
            const event = eventNamed(calendar.events, name);
            return [name, event.start, event.end];
        });
        expect(times).toEqual([
            ['Easy', '2027-01-07T18:30:00', '2027-01-07T19:30:00'],
            ['Core', '2027-01-09T08:00:00', '2027-01-09T08:05:00'],
            // Starts when Core ends; 1.5 min of stretching rounds to 2.
            ['Stretch', '2027-01-09T08:05:00', '2027-01-09T08:07:00'],
        ]);
    });

    test('a zone from the settings gives timed sessions a TZID and the calendar one VTIMEZONE for it', async () => {
        const { calendar } = exportOf(await planOf(EXACT_PLAN), { timezone: 'US/Pacific', defaultStartTimes: { sat: '08:00' } });
        // US/Pacific is written by its canonical name.
        expect(calendar.timezones).toEqual(['America/Los_Angeles']);
        expect(calendar.events.map(event => event.tzid)).toEqual(['America/Los_Angeles', null, 'America/Los_Angeles', 'America/Los_Angeles']);
        expect(eventNamed(calendar.events, 'Sprints').start).toBe('2027-01-05T07:00:00');
    });

    test("the plan's zone wins over the settings', and a session past midnight ends the next day", async () => {
        const plan = await planOf(readFileSync('test/fixtures/race-build.stride', 'utf8'));
        const { calendar } = exportOf(plan, { timezone: 'Asia/Tokyo' });
        expect(calendar.timezones).toEqual(['Europe/Berlin']);
        const midnight = calendar.events.filter(event => event.summary.startsWith('Midnight run'));
        // 10 km at 5:30/km is 55 min from 23:30; week 2 is the same day a week later, 20% shorter: 44 min.
        expect(midnight.map(event => [event.start, event.end, event.tzid])).toEqual([
            ['2027-10-01T23:30:00', '2027-10-02T00:25:00', 'Europe/Berlin'],
            ['2027-10-08T23:30:00', '2027-10-09T00:14:00', 'Europe/Berlin'],
        ]);
    });

    test('a plan whose sessions are all-day writes no VTIMEZONE, whatever its zone', async () => {
        const { calendar } = exportOf(await planOf(`plan "All day"
  start 2027-01-04
  timezone "Europe/Berlin"
week 1 {
  tue run 5km
}`));
        expect(calendar.timezones).toEqual([]);
        expect(calendar.events[0].allDay).toBe(true);
    });

    test('a reminder from the settings comes after every property of its event', async () => {
        const { calendar, ics } = exportOf(await planOf(EXACT_PLAN), { alarmMinutesBefore: 15 });
        expect(calendar.events.map(event => event.alarms)).toEqual([['-PT15M'], ['-PT15M'], ['-PT15M'], ['-PT15M']]);
        const events = ics.split('BEGIN:VEVENT\r\n').slice(1);
        for (const event of events) {
            expect(event).toMatch(/\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:[^\r]*\r\nEND:VALARM\r\nEND:VEVENT\r\n/);
        }
        expect(exportOf(await planOf(EXACT_PLAN)).ics).not.toContain('VALARM');
    });

    test('DTSTAMP is the injected clock in UTC, and no METHOD asks for an ORGANIZER', async () => {
        const { calendar, ics } = exportOf(await planOf(EXACT_PLAN));
        expect(new Set(calendar.events.map(event => event.stamp))).toEqual(new Set(['2027-01-01T12:00:00Z']));
        expect(ics).toMatch(/\r\nDTSTAMP:20270101T120000Z\r\n/);
        expect(ics).not.toMatch(/^METHOD:/m);
    });

    test('a plan in miles gives rep distances in metres and long ones in miles', async () => {
        const { calendar } = exportOf(await planOf(`plan "Miles"
  start 2027-01-04
  units mi
  pace easy 9:39/mi
week 1 {
  tue run 2mi @easy 4 x 60m sprint rest 6min
}`));
        expect(calendar.events[0].description.split('\n').slice(0, 2)).toEqual([
            '- 2.0 mi Run at easy pace (9:39/mi)',
            '- 4 x 60 m Sprint, rest 6 min',
        ]);
    });
});

describe('plan text stays text', () => {
    const forged = '\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged';
    const long = `Backslash \\ then ${'a long line, with commas; semicolons and emoji 🏃‍♀️💨 '.repeat(7)}`;

    test('line breaks, commas, semicolons, backslashes, emoji and 300-character lines export exactly the planned events', async () => {
        const plan = await planOf(readFileSync('test/fixtures/hostile-text.stride', 'utf8'));
        expect(long.length).toBeGreaterThanOrEqual(300);
        const { ics, calendar } = exportOf(plan, { alarmMinutesBefore: 5 });
        expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
        // Tuesday's session, Thursday's run and Saturday's two: four events, four lines that begin one.
        expect(calendar.events).toHaveLength(4);
        expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(4);
        expect(ics).not.toMatch(/^UID:forged/m);
        expect(new Set(calendar.events.map(event => event.uid)).size).toBe(4);

        expect(calendar.name).toBe(`Hostile, text; plan \\ 🏃${forged}`);
        const [tuesday, thursday, saturdayRun, saturdayTricky] = calendar.events;
        expect(tuesday.summary.startsWith(`Tricky, session; ${forged} 💥 (`)).toBe(true);
        expect(saturdayTricky.summary).toBe(tuesday.summary);
        expect(thursday.summary.startsWith(`Emoji only ${'🏃'.repeat(40)} (`)).toBe(true);
        expect(saturdayRun.summary.startsWith(`${long} (`)).toBe(true);
        // The forged line breaks are text too, so the description is searched whole, not by line.
        expect(tuesday.description).toContain(`\n- 10 min Run at easy pace (6:00/km) (easy, easy; \\ ${forged})\n`);
        expect(tuesday.description).toContain(`\n- 4 x 60 m Hill sprint; uphill, \\ steep ⛰️${forged}, rest 6 min (${long})\n`);
        expect(tuesday.description).toContain(`\n- Note: ${long}\n`);
        expect(tuesday.description).toContain(`\n- 2 rounds, rest 1 min between (round note, with; ${forged}):\n`);
    });

    test('control characters that TEXT cannot hold show as U+FFFD, and a carriage return as a line break', async () => {
        const { ics, calendar } = exportOf(await planOf(`plan "Bell\\b and\\rreturn"
  start 2027-01-04
week 1 {
  tue run "Tab\\there" 5km
}`));
        expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
        expect(calendar.name).toBe('Bell\ufffd and\nreturn');
        expect(calendar.events[0].summary.startsWith('Tab\there (')).toBe(true);
    });
});

describe('lone UTF-16 surrogates', () => {
    test('show as U+FFFD, so that folding counts every line right', async () => {
        // Halves of emoji, as an editor or an API can hand over: high surrogates alone (counted as pairs, they
        // made lines of over 100 octets), then a low one alone.
        const broken = `Halves ${'\ud83c'.repeat(60)} and half \udfc3 ${'emoji '.repeat(20)}`;
        const { ics, calendar } = exportOf(await planOf(`plan "${broken}"
  start 2027-01-04
week 1 {
  tue run "${broken}" 5km
}`));
        expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
        const shown = broken.replace(/[\ud800-\udfff]/g, '\ufffd');
        expect(calendar.name).toBe(shown);
        expect(calendar.events[0].summary.startsWith(`${shown} (`)).toBe(true);
    });
});

describe('a calendar to subscribe to', () => {
    test('asks subscribers to refresh it hourly, and names where it is published when told', async () => {
        const plan = await planOf(EXACT_PLAN);
        const { ics } = exportOf(plan, { sourceUrl: 'https://coach.example/plans/exact plan.ics' });
        const header = ics.slice(0, ics.indexOf('BEGIN:VEVENT'));
        expect(header).toContain('\r\nSOURCE;VALUE=URI:https://coach.example/plans/exact%20plan.ics\r\n');
        expect(header).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\n');
        expect(exportOf(plan).ics).not.toContain('SOURCE');
    });

    test('refuses an address that is not a web address, in one line', async () => {
        const plan = await planOf(EXACT_PLAN);
        for (const address of ['coach.example/plan.ics', 'file:///plans/plan.ics', 'https://\nBEGIN:VEVENT']) {
            expect(() => planToIcs(plan, { now: NOW, sourceUrl: address })).toThrow(ExportError);
        }
        expect(() => planToIcs(plan, { now: NOW, sourceUrl: 'file:///plans/plan.ics' })).toThrow(
            '"file:///plans/plan.ics" is not a web address: give the http, https or webcal address the file is published at');
    });
});

describe('every example and fixture plan', () => {
    const files = ['examples', 'test/fixtures'].flatMap(folder =>
        readdirSync(folder).filter(name => name.endsWith('.stride')).map(name => join(folder, name)));
    const everyDayAtSix = { mon: '06:00', tue: '06:00', wed: '06:00', thu: '06:00', fri: '06:00', sat: '06:00', sun: '06:00' };

    test.each(files)('%s exports clean bytes that read back as its Plan', async file => {
        const plan = await planOf(readFileSync(file, 'utf8'));
        const sessions = sessionsOf(plan);
        const restNotes = plan.weeks.flatMap(week => week.days.filter(day => day.note !== null));
        expect(sessions.length).toBeGreaterThan(0);
        for (const options of [{}, { timezone: 'America/New_York', defaultStartTimes: everyDayAtSix, alarmMinutesBefore: 10 }]) {
            const { ics, events, calendar } = exportOf(plan, options);
            expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
            expect(events).toBe(sessions.length + restNotes.length);
            expect(new Set(calendar.events.map(event => event.uid)).size).toBe(events);
            expect(calendar.name).toBe(plan.name);
            const restEvents = calendar.events.filter(event => event.categories[0] === 'rest');
            expect(restEvents.map(event => [event.summary, event.start, event.transparency])).toEqual(
                restNotes.map(day => [`Rest day: ${day.note}`, day.date, 'TRANSPARENT']));
            const sessionEvents = calendar.events.filter(event => event.categories[0] !== 'rest');
            expect(sessionEvents).toHaveLength(sessions.length);
            sessions.forEach((session, index) => {
                const event = sessionEvents[index];
                expect(event.summary).toBe(sessionHeadline(session, plan.units));
                expect(event.summary.startsWith(`${session.name} (`)).toBe(true);
                expect(event.description).toBe(describeSession(session, plan.units));
                expect(event.categories).toEqual([session.kind]);
                expect(event.start.slice(0, 10)).toBe(session.date);
                if (session.time !== null) {
                    expect(event.start).toBe(`${session.date}T${session.time}:00`);
                    // The event lasts the session's estimate, in whole minutes (at least one).
                    const minutes = (Date.parse(event.endInstant) - Date.parse(event.startInstant)) / 60_000;
                    expect(minutes).toBe(Math.max(1, Math.round(session.minutes)));
                } else if ('defaultStartTimes' in options) {
                    expect(event.allDay).toBe(false);
                    expect(event.start.slice(11) >= '06:00:00').toBe(true);
                } else {
                    expect(event.allDay).toBe(true);
                    expect(Date.parse(event.end) - Date.parse(event.start)).toBe(86_400_000);
                }
            });
        }
    });
});

/** Two runs in a week, for what a re-export must keep. */
const TWO_RUNS = `plan "Two runs"
  start 2027-01-04
week 1 {
  tue run "Easy" 5km
  thu run "Tempo" 8km
}`;

describe('UIDs', () => {
    const BASE = `${TWO_RUNS}
week 2 {
  tue run "Easy" 6km
}`;

    async function uidsByName(text: string): Promise<Map<string, string>> {
        const { calendar } = exportOf(await planOf(text));
        return new Map(calendar.events.map(event => [`${event.start} ${event.summary.replace(/ \(.*$/, '')}`, event.uid]));
    }

    test('are UUIDs (version 8, from SHA-256) that hold no plan text', async () => {
        const uids = [...(await uidsByName(BASE)).values()];
        expect(uids).toHaveLength(3);
        for (const uid of uids) {
            expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        }
    });

    test('stay when a session is inserted on an earlier day, or before it on its own day under another name', async () => {
        const before = await uidsByName(BASE);
        const after = await uidsByName(BASE
            .replace('  tue run "Easy" 5km', '  mon run "Shakeout" 3km\n  tue run "Easy" 5km')
            .replace('  thu run "Tempo" 8km', '  thu strength "Gym" 3 x 5 back-squat and run "Tempo" 8km'));
        expect(after.size).toBe(5);
        for (const [session, uid] of before) {
            expect(after.get(session)).toBe(uid);
        }
    });

    test('stay when the plan moves to another start date', async () => {
        const before = [...(await uidsByName(BASE)).values()];
        const after = [...(await uidsByName(BASE.replace('start 2027-01-04', 'start 2027-03-01'))).values()];
        expect(after).toEqual(before);
    });

    test('differ for two sessions of the same name on one day, and between plans of different names', async () => {
        const twice = exportOf(await planOf(BASE.replace('  thu run "Tempo" 8km', '  thu run "Tempo" 8km and run "Tempo" 4km'))).calendar;
        expect(new Set(twice.events.map(event => event.uid)).size).toBe(4);
        const renamed = await uidsByName(BASE.replace('plan "Two runs"', 'plan "Other"'));
        const original = new Set((await uidsByName(BASE)).values());
        expect([...renamed.values()].filter(uid => original.has(uid))).toEqual([]);
    });
});

describe('SEQUENCE and LAST-MODIFIED', () => {
    const VERSION_1 = TWO_RUNS;
    const VERSION_2 = VERSION_1.replace('"Tempo" 8km', '"Tempo" 10km');

    function states(ics: string): Array<[string, number, string]> {
        return parseIcs(ics).events.map(event => [event.summary.replace(/ \(.*$/, ''), event.sequence, event.lastModified]);
    }

    test('an unchanged session keeps both; a changed one gets the next SEQUENCE and the time of the export', async () => {
        const first = planToIcs(await planOf(VERSION_1), { now: NOW }).ics;
        expect(states(first)).toEqual([['Easy', 0, '2027-01-01T12:00:00Z'], ['Tempo', 0, '2027-01-01T12:00:00Z']]);

        const again = planToIcs(await planOf(VERSION_1), { now: LATER, previous: first }).ics;
        expect(again).toBe(first);

        const changed = planToIcs(await planOf(VERSION_2), { now: LATER, previous: again }).ics;
        expect(states(changed)).toEqual([['Easy', 0, '2027-01-01T12:00:00Z'], ['Tempo', 1, '2027-02-01T08:30:00Z']]);

        // Changed back, it is a change again: a SEQUENCE never goes down or repeats.
        const back = planToIcs(await planOf(VERSION_1), { now: new Date('2027-03-01T00:00:00Z'), previous: changed }).ics;
        expect(states(back)).toEqual([['Easy', 0, '2027-01-01T12:00:00Z'], ['Tempo', 2, '2027-03-01T00:00:00Z']]);
    });

    test('a new reminder changes every event', async () => {
        const plan = await planOf(VERSION_1);
        const first = planToIcs(plan, { now: NOW }).ics;
        const withAlarm = planToIcs(plan, { now: LATER, previous: first, alarmMinutesBefore: 30 }).ics;
        expect(states(withAlarm).map(([, sequence]) => sequence)).toEqual([1, 1]);
    });

    test('a previous file that is not ours gives every event SEQUENCE 0', async () => {
        const { ics } = planToIcs(await planOf(VERSION_1), { now: NOW, previous: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' });
        expect(states(ics).map(([, sequence]) => sequence)).toEqual([0, 0]);
    });

    test('the same plan, clock and previous export give the same bytes', async () => {
        const plan = await planOf(VERSION_1);
        const previous = planToIcs(plan, { now: NOW }).ics;
        expect(planToIcs(plan, { now: LATER, previous }).ics).toBe(planToIcs(plan, { now: LATER, previous }).ics);
    });
});

describe('what cannot be exported', () => {
    async function exportError(text: string, options: Partial<IcsOptions> = {}): Promise<string> {
        const plan = await planOf(text);
        try {
            planToIcs(plan, { now: NOW, ...options });
        } catch (error) {
            expect(error).toBeInstanceOf(ExportError);
            return (error as Error).message;
        }
        throw new Error('the export did not refuse');
    }
    const PLAN = `plan "Refusals"
  start 2027-01-04
week 1 {
  tue run 5km
}`;

    test('a plan without a start or race date, whose sessions have no dates', async () => {
        expect(await exportError(PLAN.replace('  start 2027-01-04\n', ''))).toBe(
            'the plan has no start date, so its sessions have no dates: add `start YYYY-MM-DD` or `race YYYY-MM-DD` to its header');
    });

    test('a plan with nothing to put in a calendar: no events is no calendar (RFC 5545 asks for one component)', async () => {
        expect(await exportError(`plan "Refusals"
  start 2027-01-04
week 1 {
  mon rest
}`)).toBe('the plan has no sessions and no rest-day notes, and a calendar file needs at least one event');
    });

    test('a time zone that does not exist', async () => {
        expect(await exportError(PLAN, { timezone: 'Mars/Olympus_Mons' })).toBe(
            '"Mars/Olympus_Mons" is not a time zone: use an IANA name such as Europe/Berlin or America/New_York');
    });

    test('a default start time that is not a time of day', async () => {
        expect(await exportError(PLAN, { defaultStartTimes: { tue: '24:00' } })).toBe(
            'the start time for tue, "24:00", is not a time of day (00:00 to 23:59)');
    });

    test('a reminder that is not a whole number of minutes from 0 to four weeks', async () => {
        for (const minutes of [-5, 2.5, 40_321]) {
            expect(await exportError(PLAN, { alarmMinutesBefore: minutes })).toBe(`a reminder is a whole number of minutes from 0 to 40320 (four weeks), not ${minutes}`);
        }
    });
});

describe('the byte lint', () => {
    const good = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

    test('passes a clean file and names each broken rule', () => {
        expect(lintIcs(Buffer.from(good))).toEqual([]);
        expect(lintIcs(Buffer.from(good.slice(0, -2)))).toEqual(['the file does not end with CRLF']);
        expect(lintIcs(Buffer.from('BEGIN:VCALENDAR\nX:1\r\nEND:VCALENDAR\r\n'))).toEqual(['line 1: a bare CR or LF', 'line 1: the file does not start with BEGIN:VCALENDAR']);
        expect(lintIcs(Buffer.from(`BEGIN:VCALENDAR\r\nX:${'a'.repeat(74)}\r\nEND:VCALENDAR\r\n`))).toEqual(['line 2: 76 octets, more than 75']);
        expect(lintIcs(Buffer.from('BEGIN:VCALENDAR\r\nX:a\r\n \r\nEND:VCALENDAR\r\n'))).toEqual(['line 3: an empty continuation line']);
        // A fold inside the four bytes of an emoji.
        const emoji = Buffer.from('🏃');
        const split = Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\nX:'), emoji.subarray(0, 2), Buffer.from('\r\n '), emoji.subarray(2), Buffer.from('\r\nEND:VCALENDAR\r\n')]);
        expect(lintIcs(split)).toEqual(['line 2: not whole UTF-8 characters', 'line 3: not whole UTF-8 characters']);
    });
});
