import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { parseIcs } from './parse-ics.js';
import { runStride as stride } from '../helpers.js';

const PLAN = `plan "CLI"
  start 2027-01-04
  pace easy 6:00/km
week 1 {
  tue run "Easy" 5km @easy
  sat run "Long" 12km @easy
}`;

let folder: string;
let planFile: string;

beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'stride-cli-'));
    planFile = join(folder, 'plan.stride');
    writeFileSync(planFile, PLAN);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('stride export writes FILE.ics beside the plan and says how many events', async () => {
    const target = join(folder, 'plan.ics');
    expect(await stride('export', planFile)).toEqual({ code: 0, out: [`wrote 2 events to ${target}`], err: [] });
    const events = parseIcs(readFileSync(target, 'utf8')).events;
    expect(events.map(event => [event.summary, event.start])).toEqual([
        // 5 km and 12 km at 6:00/km.
        ['Easy (30 min, 5.0 km)', '2027-01-05'],
        ['Long (1:12 h, 12.0 km)', '2027-01-09'],
    ]);
    // Its own export, untouched, is replaced without asking.
    expect((await stride('export', planFile)).code).toBe(0);
});

test('-o, --timezone, --start-time and --alarm shape the file', async () => {
    const target = join(folder, 'out.ics');
    const result = await stride('export', planFile, '-o', target, '--timezone', 'Europe/Berlin', '--start-time', 'sat=8:00', '--alarm', '10');
    expect(result).toEqual({ code: 0, out: [`wrote 2 events to ${target}`], err: [] });
    const events = parseIcs(readFileSync(target, 'utf8')).events;
    expect(events.map(event => [event.start, event.end, event.tzid, event.alarms])).toEqual([
        ['2027-01-05', '2027-01-06', null, ['-PT10M']],
        // 08:00 plus 72 minutes.
        ['2027-01-09T08:00:00', '2027-01-09T09:12:00', 'Europe/Berlin', ['-PT10M']],
    ]);
});

test('a changed or foreign target is refused in one line, exit 2, until --force', async () => {
    const target = join(folder, 'plan.ics');
    writeFileSync(target, 'my own calendar');
    expect(await stride('export', planFile)).toEqual({
        code: 2, out: [], err: [`stride: ${target} exists and was not written by Stride; use --force to replace it`],
    });
    expect(readFileSync(target, 'utf8')).toBe('my own calendar');
    expect((await stride('export', planFile, '--force')).code).toBe(0);

    writeFileSync(target, readFileSync(target, 'utf8').replace('SUMMARY:Easy', 'SUMMARY:Easier'));
    expect(await stride('export', planFile)).toEqual({
        code: 2, out: [], err: [`stride: ${target} was changed since Stride wrote it; use --force to replace it`],
    });
});

test('a plan without dates, or with errors, is refused in one line, exit 2, and nothing is written', async () => {
    writeFileSync(planFile, PLAN.replace('  start 2027-01-04\n', ''));
    expect(await stride('export', planFile)).toEqual({
        code: 2, out: [],
        err: ['stride: the plan has no start date, so its sessions have no dates: add `start YYYY-MM-DD` or `race YYYY-MM-DD` to its header'],
    });
    writeFileSync(planFile, PLAN.replace('5km @easy', '5km nosuchdrill @easy'));
    const result = await stride('export', planFile);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([`stride: ${planFile} has 1 error; run stride check ${planFile}`]);
    expect(existsSync(join(folder, 'plan.ics'))).toBe(false);
});

test('a wrong --start-time or --timezone is one line, exit 2', async () => {
    const startTime = await stride('export', planFile, '--start-time', 'tuesday=07:00');
    expect(startTime.code).toBe(2);
    expect(startTime.err).toEqual([
        "stride: option '--start-time <weekday=HH:MM>' argument 'tuesday=07:00' is invalid. Write a weekday and a time, like tue=07:00 (weekdays: mon, tue, wed, thu, fri, sat, sun).",
    ]);
    expect(await stride('export', planFile, '--timezone', 'Moon/Base')).toEqual({
        code: 2, out: [], err: ['stride: "Moon/Base" is not a time zone: use an IANA name such as Europe/Berlin or America/New_York'],
    });
});

test('--alarm takes a whole number of minutes up to four weeks, and nothing else', async () => {
    expect(await stride('export', planFile, '--alarm', '')).toEqual({
        code: 2, out: [], err: ["stride: option '--alarm <minutes>' argument '' is invalid. A whole number from 0 is needed."],
    });
    expect(await stride('export', planFile, '--alarm', '1440000000000')).toEqual({
        code: 2, out: [], err: ['stride: a reminder is a whole number of minutes from 0 to 40320 (four weeks), not 1440000000000'],
    });
    expect(existsSync(join(folder, 'plan.ics'))).toBe(false);
    // Four weeks is 28 x 1440 minutes.
    expect((await stride('export', planFile, '--alarm', '40320')).code).toBe(0);
    expect(parseIcs(readFileSync(join(folder, 'plan.ics'), 'utf8')).events[0].alarms).toEqual(['-P28D']);
});

test('-o with a folder writes FILE.ics into it', async () => {
    const calendars = join(folder, 'calendars');
    mkdirSync(calendars);
    const target = join(calendars, 'plan.ics');
    expect(await stride('export', planFile, '-o', calendars)).toEqual({ code: 0, out: [`wrote 2 events to ${target}`], err: [] });
    expect(parseIcs(readFileSync(target, 'utf8')).events).toHaveLength(2);
});

test('-o under a file, or in a missing folder, says why in one line, exit 2', async () => {
    const underFile = join(planFile, 'plan.ics');
    expect(await stride('export', planFile, '-o', underFile)).toEqual({
        code: 2, out: [], err: [`stride: cannot write ${underFile}: a part of its path is a file, not a folder`],
    });
    const nowhere = join(folder, 'no-such-folder', 'plan.ics');
    expect(await stride('export', planFile, '-o', nowhere)).toEqual({
        code: 2, out: [], err: [`stride: cannot write ${nowhere}: its folder does not exist`],
    });
});

test("commander's own errors are one line with the stride: prefix", async () => {
    expect(await stride('exprot', planFile)).toEqual({ code: 2, out: [], err: ["stride: unknown command 'exprot' (Did you mean export?)"] });
    expect(await stride('export', planFile, '--alrm', '5')).toEqual({ code: 2, out: [], err: ["stride: unknown option '--alrm' (Did you mean --alarm?)"] });
});

test('--url names where the file is published; a removed session is written as a cancellation and counted', async () => {
    const target = join(folder, 'plan.ics');
    expect(await stride('export', planFile, '--url', 'https://coach.example/athletes/')).toEqual({ code: 0, out: [`wrote 2 events to ${target}`], err: [] });
    expect(readFileSync(target, 'utf8')).toContain('\r\nSOURCE;VALUE=URI:https://coach.example/athletes/plan.ics\r\n');
    writeFileSync(planFile, PLAN.replace('  sat run "Long" 12km @easy\n', ''));
    expect(await stride('export', planFile)).toEqual({ code: 0, out: [`wrote 1 event and 1 cancellation to ${target}`], err: [] });
    expect(parseIcs(readFileSync(target, 'utf8')).events.map(event => [event.summary, event.status])).toEqual([
        ['Easy (30 min, 5.0 km)', null],
        ['Cancelled: Long (1:12 h, 12.0 km)', 'CANCELLED'],
    ]);
    expect(await stride('export', planFile, '--url', 'ftp://coach.example/plan.ics')).toEqual({
        code: 2, out: [], err: ['stride: "ftp://coach.example/plan.ics" is not a web address: give the http, https or webcal address the file is published at'],
    });
});
