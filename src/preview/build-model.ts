/**
 * The preview's transfer object from a Plan and the findings the editor shows for it. The
 * daily load and the ACWR come from the rules' own series, so the chart draws the very
 * numbers the warnings are about.
 */
import { sessionOutline, sessionTitle } from '../plan/describe.js';
import { WEEKDAYS, type Plan, type PlanSession, type PlanWeek } from '../plan/model.js';
import { dailyAcwr } from '../rules/acwr.js';
import { isWrittenFor, planCalendar, weekDays, type CalendarDay } from '../plan/calendar.js';
import type { Finding } from '../rules/finding.js';
import type { RuleThresholds } from '../rules/thresholds.js';
import type { PreviewDay, PreviewDayLoad, PreviewModel, PreviewSession, PreviewWeek } from './model.js';

/** Below this ACWR the athlete does less than they are used to: the low edge of Gabbett's (2016) band. */
export const ACWR_BAND_LOW = 0.8;

export function previewModel(plan: Plan, findings: readonly Finding[], acwr: RuleThresholds['acwr']): PreviewModel {
    const calendar = planCalendar(plan);
    return {
        name: plan.name,
        units: plan.units,
        weekdays: calendar.length >= 7 ? calendar.slice(0, 7).map(day => day.weekday) : WEEKDAYS,
        weeks: plan.weeks.map(week => previewWeek(plan, week, findings)),
        totals: { sessions: plan.totals.sessions, minutes: plan.totals.minutes, load: plan.totals.load, distanceM: plan.totals.distanceM },
        days: dailyLoads(plan, calendar, acwr.form),
        acwr: { bandLow: ACWR_BAND_LOW, bandHigh: acwr.note, warning: acwr.warning },
        assumptions: plan.assumptions.map(assumption => assumption.message),
    };
}

function previewWeek(plan: Plan, week: PlanWeek, findings: readonly Finding[]): PreviewWeek {
    const { sessions, hardSessions, minutes, load, distanceM, distanceChange } = week.totals;
    return {
        number: week.number,
        title: week.title,
        startDate: week.startDate,
        endDate: week.endDate,
        derivedFrom: week.derivedFrom,
        deload: week.deload,
        line: week.source.start.line,
        days: weekDays(plan, week.number).map(day => previewDay(plan, week, day)),
        totals: { sessions, hardSessions, minutes, load, distanceM, distanceChange },
        findings: findings.filter(finding => finding.week === week.number).map(finding => ({
            rule: finding.rule,
            severity: finding.severity,
            message: finding.message,
            line: finding.range.start.line,
            sessionKey: finding.sessionKey,
        })),
    };
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

function previewSession(plan: Plan, session: PlanSession): PreviewSession {
    return {
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
        startLine: session.source.start.line,
        endLine: session.source.end.line,
    };
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
