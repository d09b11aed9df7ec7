/**
 * The plan as a calendar: a row a week, a column a day, each session a card on its date named
 * by what it is, its kind as colour and icon; the week's totals beside it (above it, where the
 * page is narrower) and the rules that fired under it, then the details of the session the
 * reader opened. Below about 500 px, where seven columns cannot fit, the days of a week stand
 * one under another. Anything that can be shown in the editor carries the line to reveal as
 * `data-line`; every day carries the calendar day a session can be moved to.
 */
import { formatChange, formatDistance, formatLoad, formatMinutes, SESSION_KIND_NAMES, type DistanceUnits } from '../../plan/format.js';
import type { PreviewDay, PreviewFinding, PreviewModel, PreviewSession, PreviewWeek } from '../model.js';
import { element } from './dom.js';
import { kindIcon, severityIcon } from './icons.js';
import { dateRange, dayMonth, WEEKDAY_LABELS } from './labels.js';
import { loadFigure } from './load.js';

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
export function sourceLink(linked: boolean, line: number, className: string, children: ReadonlyArray<Node | null>, id?: string): HTMLElement {
    const attributes: Record<string, string> = id === undefined ? {} : { id };
    if (!linked) {
        return element('div', { className, attributes }, children);
    }
    return element('button', {
        className: `${className} source-link`,
        attributes: { ...attributes, type: 'button', 'data-line': String(line), title: 'Show in the editor' },
    }, children);
}

/** The id of a week's section, which the summary's links and the scroll sync find it by. */
export function weekId(week: number): string {
    return `week-${week}`;
}

/** The id of the place under a week where the details of one of its sessions open. */
export function detailsId(week: number): string {
    return `details-${week}`;
}

function weekView(week: PreviewWeek, context: Context): HTMLElement {
    const titleId = `${weekId(week.number)}-title`;
    const classes = ['week', week.deload ? 'deload' : '', week.derivedFrom ? 'derived' : ''].filter(Boolean).join(' ');
    return element('section', {
        className: classes,
        attributes: { id: weekId(week.number), 'aria-labelledby': titleId, 'data-week': String(week.number), 'data-week-line': String(week.line) },
    }, [
        weekHead(week, titleId, context),
        ...week.days.map(day => dayView(week, day, context)),
        weekTotals(week, context),
        week.findings.length > 0 ? findingsList(week.findings, context.linked) : null,
        element('div', { className: 'session-details', attributes: { id: detailsId(week.number), hidden: '' } }),
    ]);
}

function weekHead(week: PreviewWeek, titleId: string, context: Context): HTMLElement {
    const tags: HTMLElement[] = [];
    if (week.derivedFrom) {
        tags.push(element('span', { className: 'tag derived-tag', text: derivedFromText(week.derivedFrom) }));
    }
    if (week.deload) {
        tags.push(element('span', { className: 'tag deload-tag', text: 'Deload' }));
    }
    return element('div', { className: 'week-head' }, [
        sourceLink(context.linked, week.line, 'week-title', [document.createTextNode(`Week ${week.number}`)], titleId),
        week.title === null ? null : element('div', { className: 'week-name', text: week.title }),
        week.startDate && week.endDate ? element('div', { className: 'week-dates', text: dateRange(week.startDate, week.endDate) }) : null,
        tags.length > 0 ? element('div', { className: 'tags' }, tags) : null,
    ]);
}

/** `From week 1, +5%`, `From week 1, +5% × 2`. */
export function derivedFromText(derivedFrom: NonNullable<PreviewWeek['derivedFrom']>): string {
    const { week: base, changePercent, times } = derivedFrom;
    return `From week ${base}, ${formatChange(changePercent / 100)}${times > 1 ? ` × ${times}` : ''}`;
}

function dayView(week: PreviewWeek, day: PreviewDay, context: Context): HTMLElement {
    const isToday = day.date === context.today;
    const classes = ['day', day.rest ? 'rest' : '', isToday ? 'today' : '', day.sessions.length === 0 ? 'empty' : ''].filter(Boolean).join(' ');
    const label = element('div', { className: 'day-label' }, [
        element('span', { className: 'day-weekday', text: WEEKDAY_LABELS[day.weekday] }),
        day.date === null ? null : element('span', { className: 'day-date', text: dayMonth(day.date) }),
        isToday ? element('span', { className: 'tag today-tag', text: 'Today' }) : null,
    ]);
    const attributes: Record<string, string> = { 'data-week': String(week.number), 'data-weekday': day.weekday };
    if (day.date !== null) {
        attributes['data-date'] = day.date;
    }
    if (isToday) {
        attributes['aria-current'] = 'date';
    }
    return element('div', { className: classes, attributes }, [
        label,
        day.rest ? element('div', { className: 'rest-label', text: 'Rest' }) : null,
        day.note === null ? null : element('div', { className: 'day-note', text: day.note }),
        ...day.sessions.map(session => sessionCard(week, session, week.findings.filter(finding => finding.sessionKey === session.key), context)),
    ]);
}

/** The card's tooltip: everything the card has no room for at a narrow width. */
function cardTooltip(session: PreviewSession, context: Context): string {
    const parts = [session.mainSet === null ? session.title : `${session.title}: ${session.mainSet}`, SESSION_KIND_NAMES[session.kind]];
    if (session.time !== null) parts.push(session.time);
    parts.push(...sessionFigures(session, context.units));
    if (session.hardReasons.length > 0) parts.push(`Hard: ${session.hardReasons.join(', ')}`);
    return parts.join(' · ');
}

/** `1:11 h`, `180 AU`, `5.1 km`: the session's minutes, load and any running distance. */
export function sessionFigures(session: PreviewSession, units: DistanceUnits): string[] {
    const figures = [formatMinutes(session.minutes), formatLoad(session.load)];
    if (session.distanceM > 0) {
        figures.push(formatDistance(session.distanceM, units));
    }
    return figures;
}

function sessionCard(week: PreviewWeek, session: PreviewSession, findings: readonly PreviewFinding[], context: Context): HTMLElement {
    const flags: HTMLElement[] = [];
    if (session.hardReasons.length > 0) {
        flags.push(element('span', { className: 'flag hard-flag', attributes: { title: `Hard: ${session.hardReasons.join(', ')}` } }, [
            element('span', { className: 'flag-text', text: 'Hard' }),
        ]));
    }
    if (findings.length > 0) {
        const worst = findings.some(finding => finding.severity === 'warning') ? 'warning' : 'note';
        flags.push(element('span', { className: `flag finding-flag ${worst}`, attributes: { title: findings.map(finding => finding.message).join('\n') } }, [
            severityIcon(worst),
            element('span', { className: 'flag-text', text: `${findings.length} ${worst}${findings.length === 1 ? '' : 's'}` }),
        ]));
    }
    const classes = ['session', `kind-${session.kind}`, session.hardReasons.length > 0 ? 'hard' : ''].filter(Boolean).join(' ');
    return element('article', { className: classes, attributes: { 'data-session-key': session.key } }, [
        element('button', {
            className: 'session-open',
            attributes: { type: 'button', title: cardTooltip(session, context), 'aria-expanded': 'false', 'aria-controls': detailsId(week.number) },
        }, [
            element('span', { className: 'session-head' }, [
                kindIcon(session.kind),
                element('span', { className: 'visually-hidden', text: `${SESSION_KIND_NAMES[session.kind]}: ` }),
                element('span', { className: 'session-title', text: session.title }),
            ]),
            session.mainSet === null ? null : element('span', { className: 'session-main', text: session.mainSet }),
            element('span', { className: 'session-meta' }, [
                session.time === null ? null : element('span', { className: 'session-time', text: session.time }),
                element('span', { className: 'session-minutes', text: formatMinutes(session.minutes) }),
                loadFigure(session.load, 'session-load'),
                session.distanceM > 0 ? element('span', { className: 'session-distance', text: formatDistance(session.distanceM, context.units) }) : null,
            ]),
            flags.length > 0 ? element('span', { className: 'flags' }, flags) : null,
        ]),
    ]);
}

function weekTotals(week: PreviewWeek, context: Context): HTMLElement {
    const { totals } = week;
    const rows: Array<readonly [string, Node]> = [];
    if (context.running) {
        const change = totals.distanceChange === null ? '' : ` (${formatChange(totals.distanceChange)})`;
        rows.push(['Distance', document.createTextNode(`${formatDistance(totals.distanceM, context.units)}${change}`)]);
    }
    rows.push(
        ['Time', document.createTextNode(formatMinutes(totals.minutes))],
        ['Load', loadFigure(totals.load)],
        ['Sessions', document.createTextNode(`${totals.sessions}${totals.hardSessions > 0 ? ` (${totals.hardSessions} hard)` : ''}`)],
    );
    return element('dl', { className: 'week-totals', attributes: { 'aria-label': `Week ${week.number} totals` } },
        rows.map(([term, value]) => element('div', {}, [element('dt', { text: term }), element('dd', {}, [value])])));
}

export function findingsList(findings: readonly PreviewFinding[], linked: boolean): HTMLElement {
    return element('ul', { className: 'findings', attributes: { 'aria-label': 'Rules that fired' } }, findings.map(finding =>
        element('li', { className: `finding ${finding.severity}` }, [
            sourceLink(linked, finding.line, 'finding-text', [
                severityIcon(finding.severity),
                element('span', { className: 'visually-hidden', text: `${finding.severity}: ` }),
                element('span', { className: 'finding-rule', text: finding.rule }),
                element('span', { className: 'finding-message', text: finding.message }),
            ]),
        ])));
}
