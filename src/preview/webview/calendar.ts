/**
 * The plan as a calendar: a row a week, a column a day, each session on its date with its
 * kind, minutes and load; the week's totals beside it and the rules that fired under it.
 * Anything that can be shown in the editor carries the line to reveal as `data-line`.
 */
import { formatChange, formatDistance, formatLoad, formatMinutes, SESSION_KIND_NAMES, type DistanceUnits } from '../../plan/format.js';
import type { PreviewDay, PreviewFinding, PreviewModel, PreviewSession, PreviewWeek } from '../model.js';
import { element } from './dom.js';
import { kindIcon, severityIcon } from './icons.js';
import { dateRange, dayMonth, WEEKDAY_LABELS } from './labels.js';

/** How the calendar is shown: on what date, and whether its parts reveal their source lines (not in a standalone file). */
export interface CalendarOptions {
    readonly today: string;
    readonly linked: boolean;
}

/** What every part of the calendar needs to know. */
interface Context extends CalendarOptions {
    readonly units: DistanceUnits;
    /** Whether the plan runs at all: a plan of lifts and jumps shows no distances. */
    readonly running: boolean;
}

export function calendarView(model: PreviewModel, options: CalendarOptions): HTMLElement {
    const context: Context = { ...options, units: model.units, running: model.totals.distanceM > 0 };
    const head = element('div', { className: 'calendar-head', attributes: { 'aria-hidden': 'true' } }, [
        element('div', { text: 'Week' }),
        ...model.weekdays.map(weekday => element('div', { text: WEEKDAY_LABELS[weekday] })),
        element('div', { text: 'Totals' }),
    ]);
    return element('section', { className: 'calendar', attributes: { 'aria-label': 'Plan calendar' } }, [
        head,
        ...model.weeks.map(week => weekView(week, context)),
    ]);
}

/** What shows a source line: a button carrying the line when the preview is linked to an editor, else plain text. */
function sourceLink(context: Context, line: number, className: string, children: ReadonlyArray<Node | null>, id?: string): HTMLElement {
    const attributes: Record<string, string> = id === undefined ? {} : { id };
    if (!context.linked) {
        return element('div', { className, attributes }, children);
    }
    return element('button', {
        className: `${className} source-link`,
        attributes: { ...attributes, type: 'button', 'data-line': String(line), title: 'Show in the editor' },
    }, children);
}

function weekView(week: PreviewWeek, context: Context): HTMLElement {
    const titleId = `week-${week.number}`;
    const classes = ['week', week.deload ? 'deload' : '', week.derivedFrom ? 'derived' : ''].filter(Boolean).join(' ');
    return element('section', { className: classes, attributes: { 'aria-labelledby': titleId } }, [
        weekHead(week, titleId, context),
        ...week.days.map(day => dayView(day, week.findings, context)),
        weekTotals(week, context),
        week.findings.length > 0 ? findingsList(week.findings, context) : null,
    ]);
}

function weekHead(week: PreviewWeek, titleId: string, context: Context): HTMLElement {
    const tags: HTMLElement[] = [];
    if (week.derivedFrom) {
        const { week: base, changePercent, times } = week.derivedFrom;
        const change = `${formatChange(changePercent / 100)}${times > 1 ? ` × ${times}` : ''}`;
        tags.push(element('span', { className: 'tag derived-tag', text: `From week ${base}, ${change}` }));
    }
    if (week.deload) {
        tags.push(element('span', { className: 'tag deload-tag', text: 'Deload' }));
    }
    return element('div', { className: 'week-head' }, [
        sourceLink(context, week.line, 'week-title', [document.createTextNode(`Week ${week.number}`)], titleId),
        week.title === null ? null : element('div', { className: 'week-name', text: week.title }),
        week.startDate && week.endDate ? element('div', { className: 'week-dates', text: dateRange(week.startDate, week.endDate) }) : null,
        tags.length > 0 ? element('div', { className: 'tags' }, tags) : null,
    ]);
}

function dayView(day: PreviewDay, findings: readonly PreviewFinding[], context: Context): HTMLElement {
    const isToday = day.date === context.today;
    const classes = ['day', day.rest ? 'rest' : '', isToday ? 'today' : '', day.sessions.length === 0 ? 'empty' : ''].filter(Boolean).join(' ');
    const label = element('div', { className: 'day-label' }, [
        element('span', { className: 'day-weekday', text: WEEKDAY_LABELS[day.weekday] }),
        day.date === null ? null : element('span', { className: 'day-date', text: dayMonth(day.date) }),
        isToday ? element('span', { className: 'tag today-tag', text: 'Today' }) : null,
    ]);
    const attributes: Record<string, string> = day.date === null ? {} : { 'data-date': day.date };
    if (isToday) {
        attributes['aria-current'] = 'date';
    }
    return element('div', { className: classes, attributes }, [
        label,
        day.rest ? element('div', { className: 'rest-label', text: 'Rest' }) : null,
        day.note === null ? null : element('div', { className: 'day-note', text: day.note }),
        ...day.sessions.map(session => sessionView(session, findings.filter(finding => finding.sessionKey === session.key), context)),
    ]);
}

function sessionView(session: PreviewSession, findings: readonly PreviewFinding[], context: Context): HTMLElement {
    const figures = [formatMinutes(session.minutes), formatLoad(session.load)];
    if (session.distanceM > 0) {
        figures.push(formatDistance(session.distanceM, context.units));
    }
    const flags: HTMLElement[] = [];
    if (session.hardReasons.length > 0) {
        flags.push(element('span', { className: 'tag hard-tag', text: 'Hard', attributes: { title: session.hardReasons.join(', ') } }));
    }
    if (findings.length > 0) {
        const worst = findings.some(finding => finding.severity === 'warning') ? 'warning' : 'note';
        flags.push(element('span', { className: `tag finding-tag ${worst}`, attributes: { title: findings.map(finding => finding.message).join('\n') } }, [
            severityIcon(worst),
            element('span', { text: `${findings.length} ${worst}${findings.length === 1 ? '' : 's'}` }),
        ]));
    }
    return element('article', { className: `session kind-${session.kind}`, attributes: { 'data-session-key': session.key } }, [
        sourceLink(context, session.startLine, 'session-open', [
            element('span', { className: 'session-head' }, [
                kindIcon(session.kind),
                element('span', { className: 'session-name', text: session.name }),
            ]),
            element('span', { className: 'session-meta' }, [
                session.time === null ? null : element('span', { className: 'session-time', text: session.time }),
                element('span', { className: 'kind-label', text: SESSION_KIND_NAMES[session.kind] }),
                ...figures.map(figure => element('span', { text: figure })),
            ]),
        ]),
        flags.length > 0 ? element('div', { className: 'tags' }, flags) : null,
        element('details', { className: 'session-details' }, [
            element('summary', { text: 'Details' }),
            element('div', { className: 'session-description', text: session.description }),
        ]),
    ]);
}

function weekTotals(week: PreviewWeek, context: Context): HTMLElement {
    const { totals } = week;
    const rows: Array<readonly [string, string]> = [];
    if (context.running) {
        const change = totals.distanceChange === null ? '' : ` (${formatChange(totals.distanceChange)})`;
        rows.push(['Distance', `${formatDistance(totals.distanceM, context.units)}${change}`]);
    }
    rows.push(
        ['Time', formatMinutes(totals.minutes)],
        ['Load', formatLoad(totals.load)],
        ['Sessions', `${totals.sessions}${totals.hardSessions > 0 ? ` (${totals.hardSessions} hard)` : ''}`],
    );
    return element('dl', { className: 'week-totals', attributes: { 'aria-label': `Week ${week.number} totals` } },
        rows.flatMap(([term, value]) => [element('dt', { text: term }), element('dd', { text: value })]));
}

function findingsList(findings: readonly PreviewFinding[], context: Context): HTMLElement {
    return element('ul', { className: 'findings', attributes: { 'aria-label': 'Rules that fired' } }, findings.map(finding =>
        element('li', { className: `finding ${finding.severity}` }, [
            sourceLink(context, finding.line, 'finding-text', [
                severityIcon(finding.severity),
                element('span', { className: 'visually-hidden', text: `${finding.severity}: ` }),
                element('span', { className: 'finding-rule', text: finding.rule }),
                element('span', { className: 'finding-message', text: finding.message }),
            ]),
        ])));
}
