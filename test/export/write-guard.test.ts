import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ExportError } from '../../src/export/errors.js';
import { exportPlanToFile } from '../../src/export/export-file.js';
import { planToIcs } from '../../src/export/ical.js';
import { provenanceOf } from '../../src/export/stride-marks.js';
import { OverwriteRefused, writeAtomically } from '../../src/export/write-guard.js';
import type { Plan } from '../../src/plan/model.js';
import { checkPlan } from '../helpers.js';

const NOW = new Date('2027-01-01T12:00:00Z');
const PLAN = `plan "Guarded"
  start 2027-01-04
week 1 {
  tue run "Easy" 5km
  thu run "Tempo" 8km
}`;

let folder: string;
let target: string;
let plan: Plan;

beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'stride-guard-'));
    target = join(folder, 'plan.ics');
    plan = (await checkPlan(PLAN)).plan;
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function refusal(action: Promise<unknown>): Promise<ExportError> {
    try {
        await action;
    } catch (error) {
        expect(error).toBeInstanceOf(ExportError);
        return error as ExportError;
    }
    throw new Error('the export was not refused');
}

describe('the overwrite guard', () => {
    test('writes a new file, and replaces its own untouched export, leaving no temporary file', async () => {
        expect(await exportPlanToFile(plan, target, { now: NOW, force: false })).toEqual({ events: 2, cancelled: 0 });
        expect(readFileSync(target, 'utf8')).toBe(planToIcs(plan, { now: NOW }).ics);
        const changed = (await checkPlan(PLAN.replace('"Tempo" 8km', '"Tempo" 10km'))).plan;
        await exportPlanToFile(changed, target, { now: new Date('2027-01-02T12:00:00Z'), force: false });
        expect(readFileSync(target, 'utf8')).toContain('DTSTAMP:20270102T120000Z');
        expect(readdirSync(folder)).toEqual(['plan.ics']);
    });

    test('refuses a file Stride did not write, and leaves it as it was', async () => {
        writeFileSync(target, 'BEGIN:VCALENDAR\r\nX-MINE:keep me\r\nEND:VCALENDAR\r\n');
        const error = await refusal(exportPlanToFile(plan, target, { now: NOW, force: false }));
        expect(error).toBeInstanceOf(OverwriteRefused);
        expect(error.message).toBe(`${target} exists and was not written by Stride`);
        expect(readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR\r\nX-MINE:keep me\r\nEND:VCALENDAR\r\n');
    });

    test("refuses Stride's own export once it was changed, by one byte or by its line ends", async () => {
        await exportPlanToFile(plan, target, { now: NOW, force: false });
        const written = readFileSync(target, 'utf8');
        for (const edited of [written.replace('SUMMARY:Easy', 'SUMMARY:Fast'), written.replace(/\r\n/g, '\n')]) {
            writeFileSync(target, edited);
            const error = await refusal(exportPlanToFile(plan, target, { now: NOW, force: false }));
            expect(error.message).toBe(`${target} was changed since Stride wrote it`);
            expect(readFileSync(target, 'utf8')).toBe(edited);
        }
    });

    test('replaces any file when forced', async () => {
        writeFileSync(target, 'not a calendar');
        await exportPlanToFile(plan, target, { now: NOW, force: true });
        expect(provenanceOf(readFileSync(target, 'utf8'))).toBe('stride');
    });

    test('tells why a plan cannot be exported before asking about the file', async () => {
        writeFileSync(target, 'not a calendar');
        const undated = (await checkPlan(PLAN.replace('  start 2027-01-04\n', ''))).plan;
        const error = await refusal(exportPlanToFile(undated, target, { now: NOW, force: false }));
        expect(error).not.toBeInstanceOf(OverwriteRefused);
        expect(error.message).toMatch(/^the plan has no start date/);
        expect(readFileSync(target, 'utf8')).toBe('not a calendar');
    });

    test('carries SEQUENCE on from the file it replaces', async () => {
        await exportPlanToFile(plan, target, { now: NOW, force: false });
        const changed = (await checkPlan(PLAN.replace('"Tempo" 8km', '"Tempo" 10km'))).plan;
        await exportPlanToFile(changed, target, { now: NOW, force: false });
        expect(readFileSync(target, 'utf8').match(/^SEQUENCE:\d+/gm)).toEqual(['SEQUENCE:0', 'SEQUENCE:1']);
    });
});

describe('provenance', () => {
    test('tells our untouched export from an edited one and from a foreign one', () => {
        const ours = planToIcs(plan, { now: NOW }).ics;
        expect(provenanceOf(ours)).toBe('stride');
        expect(provenanceOf(ours.replace('Tempo', 'Tampo'))).toBe('changed');
        expect(provenanceOf(`${ours} `)).toBe('changed');
        expect(provenanceOf('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('foreign');
    });
});

describe('the atomic write', () => {
    test('fails with one line and leaves no temporary file when the target cannot be replaced', async () => {
        mkdirSync(target);
        const error = await refusal(writeAtomically(target, 'text'));
        expect(error.message).toBe(`cannot write ${target}: it is a folder`);
        expect(readdirSync(folder)).toEqual(['plan.ics']);
    });

    test('names a missing folder', async () => {
        const missing = join(folder, 'no-such-folder', 'plan.ics');
        const error = await refusal(writeAtomically(missing, 'text'));
        expect(error.message).toBe(`cannot write ${missing}: its folder does not exist`);
    });
});

describe('what the write keeps and cleans', () => {
    test('a target that is a symbolic link stays one: the file it points to gets the calendar', async () => {
        const real = join(folder, 'calendars', 'real.ics');
        mkdirSync(join(folder, 'calendars'));
        await exportPlanToFile(plan, real, { now: NOW, force: false });
        symlinkSync(join('calendars', 'real.ics'), target);
        const changed = (await checkPlan(PLAN.replace('"Tempo" 8km', '"Tempo" 10km'))).plan;
        await exportPlanToFile(changed, target, { now: NOW, force: false });
        expect(lstatSync(target).isSymbolicLink()).toBe(true);
        expect(readlinkSync(target)).toBe(join('calendars', 'real.ics'));
        expect(readFileSync(real, 'utf8')).toContain('SUMMARY:Tempo (1:00 h\\, 10.0 km)');
        expect(readdirSync(join(folder, 'calendars'))).toEqual(['real.ics']);
    });

    test('a link to a file not there yet creates that file', async () => {
        symlinkSync('elsewhere.ics', target);
        await exportPlanToFile(plan, target, { now: NOW, force: false });
        expect(lstatSync(target).isSymbolicLink()).toBe(true);
        expect(provenanceOf(readFileSync(join(folder, 'elsewhere.ics'), 'utf8'))).toBe('stride');
    });

    test("the file's permissions stay as they were", async () => {
        await exportPlanToFile(plan, target, { now: NOW, force: false });
        chmodSync(target, 0o600);
        const changed = (await checkPlan(PLAN.replace('"Tempo" 8km', '"Tempo" 10km'))).plan;
        await exportPlanToFile(changed, target, { now: NOW, force: false });
        expect(statSync(target).mode & 0o777).toBe(0o600);
    });

    test('temporary files that a killed export left beside the target are removed; a running one\'s stays', async () => {
        // A process that has ended: its pid names no running export.
        const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
        const killed = [`.plan.ics.${ended}-0123456789ab.tmp`, '.plan.ics.0123456789ab.tmp'];
        const running = `.plan.ics.${process.pid}-ba9876543210.tmp`;
        const unrelated = ['.other.ics.0123456789ab.tmp', 'plan.ics.bak'];
        for (const name of [...killed, running, ...unrelated]) {
            writeFileSync(join(folder, name), 'half a calendar');
        }
        await exportPlanToFile(plan, target, { now: NOW, force: false });
        expect(readdirSync(folder).sort()).toEqual([running, ...unrelated, 'plan.ics'].sort());
    });
});
