import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { planToIcs } from '../../src/export/ical.js';
import { checkPlan } from '../helpers.js';
import { BERLIN_PLAN, NEW_YORK_PLAN } from './clock-change-plans.js';
import type { ChildCase, ChildResult } from './export-in-child.js';

// The host's zone is read once when a process starts, so each zone gets a process of its own.
const folder = mkdtempSync(join(tmpdir(), 'stride-tz-'));
const childScript = join(folder, 'export-in-child.mjs');
let cases: ChildCase[] = [];

beforeAll(async () => {
    await build({
        entryPoints: ['test/export/export-in-child.ts'], bundle: true, platform: 'node', format: 'esm',
        outfile: childScript, logLevel: 'silent',
    });
    const files = ['examples', 'test/fixtures'].flatMap(dir =>
        readdirSync(dir).filter(name => name.endsWith('.stride')).map(name => join(dir, name)));
    const now = '2027-01-01T12:00:00.000Z';
    for (const file of files) {
        const { plan } = await checkPlan(readFileSync(file, 'utf8'));
        // All-day and floating, then zoned with an alarm, then timed from 23:30 so that events cross midnight.
        cases.push({ plan, options: { now } });
        cases.push({ plan, options: { now, timezone: 'Europe/Berlin', defaultStartTimes: { mon: '06:15', sat: '08:00' }, alarmMinutesBefore: 20 } });
        cases.push({ plan, options: { now, defaultStartTimes: { tue: '23:30', thu: '23:30', sun: '23:30' } } });
    }
    // Sessions on the nights clocks change, some written in the zone and some in UTC.
    cases.push({ plan: (await checkPlan(BERLIN_PLAN)).plan, options: { now } });
    cases.push({ plan: (await checkPlan(NEW_YORK_PLAN)).plan, options: { now, timezone: 'America/New_York' } });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function exportIn(zone: string): ChildResult {
    const child = spawnSync(process.execPath, [childScript], {
        input: JSON.stringify(cases), env: { ...process.env, TZ: zone }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    return JSON.parse(child.stdout) as ChildResult;
}

test('every example, and plans across clock changes, export the same bytes under TZ=UTC, America/Los_Angeles and Pacific/Kiritimati', () => {
    const utc = exportIn('UTC');
    const losAngeles = exportIn('America/Los_Angeles');
    const kiritimati = exportIn('Pacific/Kiritimati');
    // The zones really differ: UTC, 8 hours behind it (PST), 14 hours ahead of it (LINT).
    expect([utc.januaryOffset, losAngeles.januaryOffset, kiritimati.januaryOffset]).toEqual([0, 480, -840]);
    expect(utc.exports.length).toBe(cases.length);
    expect(losAngeles.exports).toEqual(utc.exports);
    expect(kiritimati.exports).toEqual(utc.exports);
    // And the same as in this process, whatever its zone.
    expect(utc.exports).toEqual(cases.map(({ plan, options }) => planToIcs(plan, { ...options, now: new Date(options.now) }).ics));
});
