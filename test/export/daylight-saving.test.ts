/**
 * Sessions on the nights clocks change: every event is read by ical.js as the instants the
 * plan means, and lasts as long as the plan says. RFC 5545 (3.3.5) reads a time that the
 * change skips with the offset from before it, and a time that comes twice as the first.
 */
import { describe, expect, test } from 'vitest';
import { planToIcs } from '../../src/export/ical.js';
import { checkPlan, errorsOf } from '../helpers.js';
import { BERLIN_PLAN, NEW_YORK_PLAN } from './clock-change-plans.js';
import { lintIcs } from './ics-lint.js';
import { parseIcs } from './parse-ics.js';

const NOW = new Date('2027-01-01T12:00:00Z');

async function exportOf(text: string, timezone?: string) {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    const { ics } = planToIcs(checked.plan, { now: NOW, timezone });
    expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
    return { ics, events: parseIcs(ics).events };
}

/** Name, start and end instant, and minutes, as ical.js reads them. */
function instants(events: ReturnType<typeof parseIcs>['events']) {
    return events.map(event => [
        event.summary.replace(/ \(.*$/, ''), event.startInstant, event.endInstant,
        (Date.parse(event.endInstant) - Date.parse(event.startInstant)) / 60_000,
    ]);
}

describe('Europe/Berlin', () => {
    test('both changes: the instants and lengths the plan means', async () => {
        const { events } = await exportOf(BERLIN_PLAN);
        expect(instants(events)).toEqual([
            // 28 March 2027: at 02:00 CET (+01:00) clocks go to 03:00 CEST (+02:00), at 01:00Z.
            // 01:45 CET is 00:45Z; an hour later it is 03:45 CEST.
            ['Across the gap', '2027-03-28T00:45:00.000Z', '2027-03-28T01:45:00.000Z', 60],
            // 02:30 does not exist; read with the offset before the gap (+01:00) it is 01:30Z, 03:30 CEST.
            ['In the gap', '2027-03-28T01:30:00.000Z', '2027-03-28T02:30:00.000Z', 60],
            ['Morning', '2027-03-28T06:00:00.000Z', '2027-03-28T07:00:00.000Z', 60],
            // 31 October 2027: at 03:00 CEST clocks go back to 02:00 CET, at 01:00Z; 02:00 to 02:59 come twice.
            // 01:30 CEST is 23:30Z the day before; 90 minutes later it is the second 02:00 (CET).
            ['Into the repeat', '2027-10-30T23:30:00.000Z', '2027-10-31T01:00:00.000Z', 90],
            // The first 02:30 is CEST: 00:30Z.
            ['Twice', '2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z', 60],
            ['After', '2027-10-31T02:00:00.000Z', '2027-10-31T03:00:00.000Z', 60],
        ]);
    });

    test('times that exist once are written in the zone; a time that comes twice is written in UTC', async () => {
        const { ics } = await exportOf(BERLIN_PLAN);
        const written = [...ics.matchAll(/^DTSTART(.*)\r\nDTEND(.*)\r$/gm)].map(([, start, end]) => [start, end]);
        expect(written).toEqual([
            [';TZID=Europe/Berlin:20270328T014500', ';TZID=Europe/Berlin:20270328T034500'],
            [';TZID=Europe/Berlin:20270328T033000', ';TZID=Europe/Berlin:20270328T043000'],
            [';TZID=Europe/Berlin:20270328T080000', ';TZID=Europe/Berlin:20270328T090000'],
            // Its end, 02:00 CET, comes twice.
            [':20271030T233000Z', ':20271031T010000Z'],
            [':20271031T003000Z', ':20271031T013000Z'],
            [';TZID=Europe/Berlin:20271031T030000', ';TZID=Europe/Berlin:20271031T040000'],
        ]);
    });

    test('a session whose start the change moves, or that starts at a time that comes twice, says so', async () => {
        const { events } = await exportOf(BERLIN_PLAN);
        const notes = events.map(event => event.description.split('\n\n')[2] ?? null);
        expect(notes).toEqual([
            null,
            '02:30 does not exist on this day in Europe/Berlin, where clocks go forward that night: the session starts at 03:30.',
            null,
            null,
            '02:30 comes twice on this day in Europe/Berlin, where clocks go back that night: the session starts at the first 02:30.',
            null,
        ]);
    });
});

describe('America/New_York, from the export option', () => {
    test('both changes: the instants and lengths the plan means', async () => {
        const { events } = await exportOf(NEW_YORK_PLAN, 'America/New_York');
        expect(instants(events)).toEqual([
            // 14 March 2027: at 02:00 EST (-05:00) clocks go to 03:00 EDT (-04:00), at 07:00Z.
            ['Across the gap', '2027-03-14T06:30:00.000Z', '2027-03-14T07:30:00.000Z', 60],
            // 02:30 read with the offset before the gap (-05:00) is 07:30Z, 03:30 EDT.
            ['In the gap', '2027-03-14T07:30:00.000Z', '2027-03-14T08:30:00.000Z', 60],
            // 7 November 2027: at 02:00 EDT clocks go back to 01:00 EST, at 06:00Z; 01:00 to 01:59 come twice.
            // 00:30 EDT is 04:30Z; two hours later it is the second 01:30 (EST).
            ['Into the repeat', '2027-11-07T04:30:00.000Z', '2027-11-07T06:30:00.000Z', 120],
            // The first 01:30 is EDT: 05:30Z.
            ['Twice', '2027-11-07T05:30:00.000Z', '2027-11-07T06:30:00.000Z', 60],
            ['Morning', '2027-11-07T11:00:00.000Z', '2027-11-07T12:00:00.000Z', 60],
        ]);
    });
});
