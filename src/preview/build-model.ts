/**
 * The preview's transfer object from a Plan and the findings the editor shows for it. The
 * daily load and the ACWR come from the rules' own series, so the chart draws the very
 * numbers the warnings are about.
 *
 * The preview is rebuilt after every keystroke, and a keystroke changes a week or two: the
 * preview of a week (and of a session) the Plan reused from its last compile (week-cache.ts) is
 * kept while what it shows is the same, as the very object, so that a client can be sent only
 * the weeks that changed (patch.ts).
 */
import { sessionOutline, sessionTitle } from '../plan/describe.js';
import { WEEKDAYS, type Plan, type PlanDay, type PlanSession, type PlanWeek } from '../plan/model.js';
import { dailyAcwr } from '../rules/acwr.js';
import { isWrittenFor, planCalendar, weekDays, type CalendarDay } from '../plan/calendar.js';
import type { Finding } from '../rules/finding.js';
import type { RuleThresholds } from '../rules/thresholds.js';
import type { PreviewDay, PreviewDayLoad, PreviewModel, PreviewSession, PreviewWeek } from './model.js';

/** Below this ACWR the athlete does less than they are used to: the low edge of Gabbett's (2016) band. */
export const ACWR_BAND_LOW = 0.8;

export function previewModel(plan: Plan, findings: readonly Finding[], acwr: RuleThresholds['acwr']): PreviewModel {
    const calendar = planCalendar(plan);
    const findingsByWeek = new Map<number, Finding[]>();
    for (const finding of findings) {
        const known = findingsByWeek.get(finding.week);
        if (known) known.push(finding); else findingsByWeek.set(finding.week, [finding]);
    }
    return {
        name: plan.name,
        units: plan.units,
        weekdays: calendar.length >= 7 ? calendar.slice(0, 7).map(day => day.weekday) : WEEKDAYS,
        weeks: plan.weeks.map(week => previewWeek(plan, week, findingsByWeek.get(week.number) ?? [])),
        totals: { sessions: plan.totals.sessions, minutes: plan.totals.minutes, load: plan.totals.load, distanceM: plan.totals.distanceM },
        days: dailyLoads(plan, calendar, acwr.form),
        acwr: { bandLow: ACWR_BAND_LOW, bandHigh: acwr.note, warning: acwr.warning },
        assumptions: plan.assumptions.map(assumption => assumption.message),
    };
}

/** A week's preview, with what it was built from beyond the week's days. */
interface BuiltWeek {
    readonly week: PreviewWeek;
    /** The units, the week's line, its change on the week before and its findings, as one string. */
    readonly key: string;
    /** The sessions of each day of the week's calendar (a day dated into it may come from another week). */
    readonly sessions: ReadonlyArray<readonly PlanSession[]>;
}

const builtWeeks = new WeakMap<readonly PlanDay[], BuiltWeek>();

function previewWeek(plan: Plan, week: PlanWeek, weekFindings: readonly Finding[]): PreviewWeek {
    const { sessions, hardSessions, minutes, load, distanceM, distanceChange } = week.totals;
    const calendar = weekDays(plan, week.number);
    const findings = weekFindings.map(finding => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        line: finding.range.start.line,
        sessionKey: finding.sessionKey,
    }));
    const key = JSON.stringify([plan.units, week.source.start.line, distanceChange, findings]);
    const known = builtWeeks.get(week.days);
    if (known && known.key === key && known.sessions.length === calendar.length
        && calendar.every((day, index) => day.sessions.length === known.sessions[index].length && day.sessions.every((session, at) => session === known.sessions[index][at]))) {
        return known.week;
    }
    const built: PreviewWeek = {
        number: week.number,
        title: week.title,
        startDate: week.startDate,
        endDate: week.endDate,
        derivedFrom: week.derivedFrom,
        deload: week.deload,
        line: week.source.start.line,
        days: calendar.map(day => previewDay(plan, week, day)),
        totals: { sessions, hardSessions, minutes, load, distanceM, distanceChange },
        findings,
    };
    builtWeeks.set(week.days, { week: built, key, sessions: calendar.map(day => day.sessions) });
    return built;
}

/** The calendar day with what the week writes for it: its sessions, and whether it is a rest day and with what note. */
function previewDay(plan: Plan, week: PlanWeek, day: CalendarDay): PreviewDay {
    const written = week.days.filter(planDay => isWrittenFor(planDay, day));
    const notes = written.map(planDay => planDay.note).filter(note => note !== null);
    return {
        weekday: day.weekday,
        date: day.date,
        rest: written.some(planDay => planDay.rest),
        note: notes.length > 0 ? notes.join('\n') : null,
        sessions: day.sessions.map(session => previewSession(plan, session)),
    };
}

const builtSessions = new WeakMap<PlanSession, { readonly units: Plan['units']; readonly session: PreviewSession }>();

function previewSession(plan: Plan, session: PlanSession): PreviewSession {
    const known = builtSessions.get(session);
    const [startLine, endLine] = [session.source.start.line, session.source.end.line];
    if (known?.units === plan.units && known.session.startLine === startLine) {
        return known.session;
    }
    if (known?.units === plan.units) {
        // Moved with its declaration (source-map.ts).
        const moved = { ...known.session, startLine, endLine };
        builtSessions.set(session, { units: plan.units, session: moved });
        return moved;
    }
    const built: PreviewSession = {
        key: session.key,
        ...sessionTitle(session, plan.units),
        template: session.template,
        kind: session.kind,
        time: session.time,
        minutes: session.minutes,
        load: session.load,
        distanceM: session.distanceM,
        hardReasons: session.hardReasons,
        outline: sessionOutline(session, plan.units),
        startLine,
        endLine,
    };
    builtSessions.set(session, { units: plan.units, session: built });
    return built;
}

function dailyLoads(plan: Plan, calendar: readonly CalendarDay[], form: RuleThresholds['acwr']['form']): PreviewDayLoad[] {
    const ratios = new Map(dailyAcwr(plan, form).map(daily => [daily.day.index, daily]));
    return calendar.map(day => {
        const daily = ratios.get(day.index);
        return {
            week: day.week,
            weekday: day.weekday,
            date: day.date,
            load: day.load,
            acute: daily?.acute ?? null,
            chronic: daily?.chronic ?? null,
            ratio: daily?.ratio ?? null,
        };
    });
}
