/**
 * A plan as FIT files for a watch: one workout per session, named so that a folder lists them
 * by date (`2027-01-05-speed-day.fit`), and `schedule.fit`, which puts the sessions from the
 * export's day on the watch's calendar (as many as a watch loads). Pure: writing them is
 * export-folder.ts's.
 */
import { hash } from 'node:crypto';
import { dayNumber } from '../../plan/dates.js';
import type { Plan, PlanSession } from '../../plan/model.js';
import { ExportError } from '../errors.js';
import { sessionUids } from '../uid.js';
import { encodeSchedule, encodeWorkout } from './encode.js';
import { WATCH_SCHEDULE_WINDOW } from './watch-limits.js';
import { sessionWorkout } from './workout-steps.js';

export interface FitFile {
    readonly name: string;
    readonly bytes: Uint8Array;
}

export interface FitExport {
    /** The workouts, by date, then the schedule (when any session is on or after `today`). */
    readonly files: readonly FitFile[];
    readonly workouts: number;
    /** Sessions on the schedule, and the dates of the first and last. */
    readonly scheduled: { readonly sessions: number; readonly from: string; readonly to: string } | null;
}

export interface FitOptions {
    /** The moment of the export: every file's time of creation. */
    readonly now: Date;
    /** The export's day, `YYYY-MM-DD`: the schedule starts on it. */
    readonly today: string;
    /** Called after each workout is encoded, with how many are done of how many: for progress in the editor. */
    readonly progress?: (done: number, total: number) => void;
}

export const SCHEDULE_FILE = 'schedule.fit';


/** FIT's epoch, 1989-12-31, as a day number (days since 1970-01-01). */
const FIT_EPOCH_DAY = 7304;
const SECONDS_PER_DAY = 86_400;

/** The plan's sessions as FIT files; throws ExportError when they have no dates. */
export function planToFit(plan: Plan, options: FitOptions): FitExport {
    const sessions = datedSessions(plan);
    const serials = serialNumbers(plan, sessions.map(({ session }) => session));
    const names = fileNames(sessions);
    const files: FitFile[] = [];
    const scheduled = [];
    for (const [index, { session, date }] of sessions.entries()) {
        const identity = { serialNumber: serials[index], timeCreated: options.now };
        files.push({ name: names[index], bytes: encodeWorkout(sessionWorkout(session, plan).workout, identity) });
        if (date >= options.today && scheduled.length < WATCH_SCHEDULE_WINDOW) {
            scheduled.push({ ...identity, date, scheduledTime: localSeconds(date, session.time) });
        }
        options.progress?.(index + 1, sessions.length);
    }
    if (scheduled.length > 0) {
        files.push({ name: SCHEDULE_FILE, bytes: encodeSchedule(scheduled, { serialNumber: 1, timeCreated: options.now }) });
    }
    return {
        files,
        workouts: sessions.length,
        scheduled: scheduled.length === 0 ? null : { sessions: scheduled.length, from: scheduled[0].date, to: scheduled[scheduled.length - 1].date },
    };
}

interface DatedSession {
    readonly session: PlanSession;
    readonly date: string;
}

function datedSessions(plan: Plan): DatedSession[] {
    return plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions.map(session => {
        if (session.date === null) {
            throw new ExportError('the plan has no start date, so its sessions have no dates: add `start YYYY-MM-DD` or `race YYYY-MM-DD` to its header');
        }
        return { session, date: session.date };
    })));
}

/**
 * A serial number for each session's workout, from its calendar UID (docs/ical.md), so that a
 * session keeps it from one export to the next; the schedule refers to workouts by it. FIT's
 * uint32z has no zero, and no two workouts of a plan share one.
 */
function serialNumbers(plan: Plan, sessions: readonly PlanSession[]): number[] {
    const uids = sessionUids(plan);
    const taken = new Set<number>();
    return sessions.map(session => {
        let serial = Number.parseInt(hash('sha256', uids.get(session.key)!, 'hex').slice(0, 8), 16);
        while (serial === 0 || taken.has(serial)) {
            serial = (serial + 1) % 0x1_0000_0000;
        }
        taken.add(serial);
        return serial;
    });
}

/** `2027-01-05-speed-day.fit`; a second session of that name on that day `2027-01-05-speed-day-2.fit`. */
function fileNames(sessions: readonly DatedSession[]): string[] {
    const used = new Set<string>();
    return sessions.map(({ session, date }) => {
        const base = `${date}-${slug(session.name) || session.kind}`;
        let name = `${base}.fit`;
        for (let ordinal = 2; used.has(name); ordinal++) {
            name = `${base}-${ordinal}.fit`;
        }
        used.add(name);
        return name;
    });
}

/** `Speed day (Tue)` as `speed-day-tue`: letters and digits of any script, lower case, hyphens between, at most 40. */
function slug(text: string): string {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40).replace(/^-+|-+$/g, '');
}

/** A date and time of day (`07:00`, or midnight) as FIT's local_date_time. */
function localSeconds(date: string, time: string | null): number {
    const [hours, minutes] = (time ?? '00:00').split(':').map(Number);
    return (dayNumber(date)! - FIT_EPOCH_DAY) * SECONDS_PER_DAY + hours * 3600 + minutes * 60;
}
