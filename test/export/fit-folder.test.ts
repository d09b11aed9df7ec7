import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { MANIFEST_FILE, writeFitFolder } from '../../src/export/fit/export-folder.js';
import { Profile } from '@garmin/fitsdk';
import { GARMIN_EXERCISES, exerciseNumber } from '../../src/export/fit/exercises.js';
import { DRILL_CATALOGUE } from '../../src/drills/catalogue.js';
import { runStride as stride } from '../helpers.js';
import { readWorkout } from './read-fit.js';

const PLAN = `plan "Watch"
  start 2027-01-04
  pace easy 6:00/km
week 1 {
  tue run "Easy" 5km @easy
  sat run "Long" 12km @easy
}`;

let folder: string;
let planFile: string;
let out: string;

beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'stride-fit-'));
    planFile = join(folder, 'plan.stride');
    out = join(folder, 'plan-fit');
    writeFileSync(planFile, PLAN);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

test('stride export --format fit writes a folder beside the plan, each workout readable', async () => {
    const result = await stride('export', planFile, '--format', 'fit');
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(result.out[0]).toMatch(new RegExp(`^wrote 2 workouts (and a schedule of 2 sessions \\(2027-01-05 to 2027-01-09\\) )?to ${out}$`));
    const names = readdirSync(out).filter(name => name.endsWith('.fit') && name !== 'schedule.fit');
    expect(names).toEqual(['2027-01-05-easy.fit', '2027-01-09-long.fit']);
    const easy = await readWorkout(readFileSync(join(out, names[0])));
    expect(easy.name).toBe('Easy');
    // Its own files, untouched, are replaced without asking.
    expect((await stride('export', planFile, '--format', 'fit')).code).toBe(0);
});

test('a foreign or changed file in the folder is refused in one line, nothing written, until --force', async () => {
    expect((await stride('export', planFile, '--format', 'fit', '-o', out)).code).toBe(0);
    const easy = join(out, '2027-01-05-easy.fit');
    writeFileSync(easy, 'edited');
    writeFileSync(join(out, '2027-01-09-long.fit'), 'mine');
    rmSync(join(out, MANIFEST_FILE));
    // With its list gone, none of the folder's files is known to be Stride's (schedule.fit is, again, when the clock has not moved on a second).
    const refused = await stride('export', planFile, '--format', 'fit', '-o', out);
    expect([refused.code, refused.out, refused.err.length]).toEqual([2, [], 1]);
    expect(refused.err[0]).toMatch(new RegExp(`^stride: ${easy} exists and was not written by Stride \\(and [12] more files? Stride did not write or that changed since\\); use --force to replace it$`));
    expect(readFileSync(easy, 'utf8')).toBe('edited');
    expect((await stride('export', planFile, '--format', 'fit', '-o', out, '--force')).code).toBe(0);
    expect((await readWorkout(readFileSync(easy))).name).toBe('Easy');
});

test('only calendars take times and alarms', async () => {
    expect(await stride('export', planFile, '--format', 'fit', '--alarm', '10')).toEqual({
        code: 2, out: [], err: ['stride: --alarm is for calendars (--format ics); a watch\'s workouts have no times of their own'],
    });
});

test('a plan with errors is refused', async () => {
    writeFileSync(planFile, `${PLAN}\nweek 1 { mon rest }`);
    const result = await stride('export', planFile, '--format', 'fit');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/has \d+ errors?; run stride check/);
    expect(existsSync(out)).toBe(false);
});

test('the folder\'s list: unchanged files are not written again; files the plan dropped go, unless changed since', async () => {
    expect(await writeFitFolder([file('a.fit', 'A'), file('b.fit', 'B'), file('c.fit', 'C')], out, false))
        .toEqual({ written: 3, unchanged: 0, removed: 0, kept: [] });
    writeFileSync(join(out, 'c.fit'), 'C, edited');
    expect(await writeFitFolder([file('a.fit', 'A2')], out, false)).toEqual({ written: 1, unchanged: 0, removed: 1, kept: ['c.fit'] });
    expect(readdirSync(out).sort()).toEqual([MANIFEST_FILE, 'a.fit', 'c.fit']);
    expect(await writeFitFolder([file('a.fit', 'A2')], out, false)).toEqual({ written: 0, unchanged: 1, removed: 0, kept: [] });
    expect(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')).files).toEqual({ 'a.fit': [expect.any(String)] });
});

test('a changed file is told apart from a stranger\'s', async () => {
    await writeFitFolder([file('a.fit', 'A')], out, false);
    writeFileSync(join(out, 'a.fit'), 'A, edited');
    await expect(writeFitFolder([file('a.fit', 'A2')], out, false)).rejects.toThrow(`${join(out, 'a.fit')} was changed since Stride wrote it`);
});

test('every Garmin exercise the export names is in the SDK\'s profile, for a drill of the catalogue', () => {
    const drills = new Map(DRILL_CATALOGUE.map(drill => [drill.id, drill.kind]));
    for (const [drill, [category, name]] of Object.entries(GARMIN_EXERCISES)) {
        expect(['strength', 'plyometric'], drill).toContain(drills.get(drill));
        expect(Object.values(Profile.types.exerciseCategory), drill).toContain(category);
        expect(exerciseNumber(category, name), `${drill}: ${category}/${name}`).toBeTypeOf('number');
    }
});
