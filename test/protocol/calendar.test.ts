/** `stride/calendar` over stdio: the calendar the extension writes, made by the server from the file it replaces. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CalendarRequest, type CalendarParams } from '../../src/protocol/requests.js';
import { LspClient } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
    client = await LspClient.start();
}, 30_000);
afterAll(() => client.stop());

const PLAN = 'plan "Calendar"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 {\n  tue run 8km @easy\n  sat run 14km @easy\n}\n';
const SETTINGS: Omit<CalendarParams, 'textDocument' | 'previous'> = {
    now: '2027-01-01T08:00:00Z', timezone: null, defaultStartTimes: {}, alarmMinutesBefore: null, sourceUrl: null,
};

test('a plan\'s calendar, and the next one made from it carries its events on', async () => {
    const uri = 'file:///protocol/calendar.stride';
    await client.open(uri, PLAN);
    const first = await client.connection.sendRequest(CalendarRequest, { textDocument: { uri }, ...SETTINGS, previous: null });
    expect(first).toMatchObject({ planName: 'Calendar', errors: 0, problem: null, events: 2, cancelled: 0 });
    expect(first!.ics).toContain('SUMMARY:Run');
    await client.change(uri, [{ text: PLAN.replace('  sat run 14km @easy\n', '') }]);
    const second = await client.connection.sendRequest(CalendarRequest, { textDocument: { uri }, ...SETTINGS, previous: first!.ics });
    expect(second).toMatchObject({ events: 1, cancelled: 1 });
    expect(second!.ics).toContain('STATUS:CANCELLED');
});

test('a plan with errors has no calendar, and says how many errors', async () => {
    const uri = 'file:///protocol/calendar-errors.stride';
    await client.open(uri, PLAN.replace('8km', '8'));
    expect(await client.connection.sendRequest(CalendarRequest, { textDocument: { uri }, ...SETTINGS, previous: null }))
        .toMatchObject({ planName: 'Calendar', errors: 1, ics: null, events: 0 });
});
