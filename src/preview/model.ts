/**
 * What the preview shows, as a compact transfer object: the language server (or the CLI)
 * builds it from the Plan and the rules' findings, and the webview renders it as it is,
 * never parsing anything. Plain JSON, so it crosses the LSP connection, the webview's
 * message channel and a standalone HTML file unchanged.
 */
import type { OutlineSection } from '../plan/describe.js';
import type { DistanceUnits } from '../plan/format.js';
import type { Plan, PlanDay, PlanSession, PlanWeek, WeekTotals, Weekday } from '../plan/model.js';
import type { CalendarDay } from '../plan/calendar.js';
import type { Finding } from '../rules/finding.js';

/** A document's preview model, the version of the document's text it was built from, and the errors in that text. */
export interface DocumentPreview {
    readonly uri: string;
    /** A client drops a preview of an older version than the one it shows. */
    readonly version: number;
    readonly model: PreviewModel;
    readonly errors: PreviewErrors;
}

/** The errors of a document: while there are any, the preview shows the last calendar that had none. */
export interface PreviewErrors {
    readonly count: number;
    /** The first few, in the order of the text. */
    readonly listed: readonly PreviewError[];
}

export interface PreviewError {
    readonly message: string;
    /** Zero-based. */
    readonly line: number;
}

/** A day of the calendar, as the preview names the day a session is moved to. */
export interface CalendarDayRef {
    readonly week: number;
    readonly weekday: Weekday;
    /** Null in a plan without dates. */
    readonly date: string | null;
}

export interface PreviewModel {
    readonly name: string;
    readonly units: DistanceUnits;
    /** The calendar's columns, from the weekday the plan starts on. */
    readonly weekdays: readonly Weekday[];
    readonly weeks: readonly PreviewWeek[];
    readonly totals: Pick<Plan['totals'], 'sessions' | 'minutes' | 'load' | 'distanceM'>;
    /** Every day of the plan, for the load chart. */
    readonly days: readonly PreviewDayLoad[];
    readonly acwr: AcwrGuides;
    /** Defaults the estimate had to assume, in words. */
    readonly assumptions: readonly string[];
}

/** The ACWR's guide lines: the band it should stay in and the line above which it warns. */
export interface AcwrGuides {
    readonly bandLow: number;
    readonly bandHigh: number;
    readonly warning: number;
}

export interface PreviewWeek extends Pick<PlanWeek, 'number' | 'title' | 'startDate' | 'endDate' | 'derivedFrom' | 'deload'> {
    /** The week header's line, zero-based. */
    readonly line: number;
    /** Seven days, in the order of the calendar's columns. */
    readonly days: readonly PreviewDay[];
    readonly totals: Pick<WeekTotals, 'sessions' | 'hardSessions' | 'minutes' | 'load' | 'distanceM' | 'distanceChange'>;
    readonly findings: readonly PreviewFinding[];
}

export interface PreviewDay extends Pick<CalendarDay, 'weekday' | 'date'>, Pick<PlanDay, 'rest' | 'note'> {
    readonly sessions: readonly PreviewSession[];
}

/** `key` is the Plan's session key, `w3-tue-1`: the webview's `data-session-key`. */
export interface PreviewSession extends Pick<PlanSession, 'key' | 'kind' | 'time' | 'minutes' | 'load' | 'distanceM' | 'hardReasons' | 'template'> {
    /** Its written name, else its main set (`8 km easy`); with the main set under a written name (src/plan/describe.ts). */
    readonly title: string;
    readonly mainSet: string | null;
    /** Every item, by phase, rounds and rests apart. */
    readonly outline: readonly OutlineSection[];
    /** The lines it spans in the source, zero-based; a derived week's sessions span its header. */
    readonly startLine: number;
    readonly endLine: number;
}

export interface PreviewFinding extends Pick<Finding, 'rule' | 'severity' | 'message' | 'sessionKey'> {
    /** The first line of what it is about, zero-based. */
    readonly line: number;
}

/** A day of the plan with its session load and, from the 28th day on, its ACWR. */
export interface PreviewDayLoad extends Pick<CalendarDay, 'week' | 'weekday' | 'date' | 'load'> {
    /** EWMA of daily load, AU a day; null before the ratio has its 28 days of history. */
    readonly acute: number | null;
    readonly chronic: number | null;
    readonly ratio: number | null;
}
