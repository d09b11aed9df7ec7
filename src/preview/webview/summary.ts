/**
 * The plan's shape, before its weeks: its name and dates, a legend of what the calendar's
 * colours, icons and figures mean, and a summary the reader can fold away (weeks, distance,
 * time, load, sessions, the weeks with warnings) with the load and weekly distance charts.
 */
import { formatDistance, formatMinutes, LOAD_UNIT_EXPLAINED, SESSION_KIND_NAMES } from '../../plan/format.js';
import type { SessionKind } from '../../plan/model.js';
import type { PreviewModel } from '../model.js';
import { weekId } from './calendar.js';
import { element } from './dom.js';
import { kindIcon, severityIcon } from './icons.js';
import { dateRange } from './labels.js';
import { loadFigure } from './load.js';

export function planHead(model: PreviewModel): HTMLElement {
    const kinds = [...new Set(model.weeks.flatMap(week => week.days.flatMap(day => day.sessions.map(session => session.kind))))];
    const dates = planDates(model);
    return element('header', { className: 'plan-head' }, [
        element('h1', { text: model.name || 'Untitled plan' }),
        dates === null ? null : element('p', { className: 'plan-facts', text: dates }),
        legend(kinds),
        model.assumptions.length > 0
            ? element('ul', { className: 'assumptions', attributes: { 'aria-label': 'Assumed' } },
                model.assumptions.map(assumption => element('li', { text: assumption })))
            : null,
    ]);
}

function planDates(model: PreviewModel): string | null {
    const first = model.weeks[0];
    const last = model.weeks[model.weeks.length - 1];
    return first?.startDate && last?.endDate ? dateRange(first.startDate, last.endDate) : null;
}

/** The kinds the plan has, each with its colour and icon; what AU means; what the marks on a card say. */
function legend(kinds: readonly SessionKind[]): HTMLElement {
    return element('ul', { className: 'legend', attributes: { 'aria-label': 'Legend' } }, [
        ...kinds.map(kind => element('li', { className: `legend-kind kind-${kind}` }, [kindIcon(kind), element('span', { text: SESSION_KIND_NAMES[kind] })])),
        element('li', { className: 'legend-mark' }, [element('span', { className: 'flag hard-flag' }), element('span', { text: 'Hard session' })]),
        element('li', { className: 'legend-mark' }, [severityIcon('warning'), element('span', { text: 'Warning' })]),
        element('li', { className: 'legend-au' }, [element('span', {}, [
            element('abbr', { text: 'AU', attributes: { title: LOAD_UNIT_EXPLAINED } }),
            ': load, effort (RPE 1-10) × minutes',
        ])]),
    ]);
}

/** The summary, open or folded as the reader left it; the charts' canvases are drawn into afterwards. */
export function planSummary(model: PreviewModel, open: boolean): HTMLDetailsElement {
    const { totals } = model;
    const hardSessions = model.weeks.reduce((sum, week) => sum + week.totals.hardSessions, 0);
    const warned = model.weeks.filter(week => week.findings.some(finding => finding.severity === 'warning'));
    const facts: Array<readonly [string, Node | string]> = [
        ['Weeks', `${model.weeks.length}`],
    ];
    if (totals.distanceM > 0) {
        facts.push(['Running', formatDistance(totals.distanceM, model.units)]);
    }
    facts.push(
        ['Time', formatMinutes(totals.minutes)],
        ['Load', loadFigure(totals.load)],
        ['Sessions', `${totals.sessions}${hardSessions > 0 ? ` (${hardSessions} hard)` : ''}`],
        ['Warnings', warned.length === 0 ? 'none' : element('span', { className: 'warned-weeks' }, warned.map(week =>
            element('a', { className: 'warned-week', text: `Week ${week.number}`, attributes: { href: `#${weekId(week.number)}` } })))],
    );
    const summary = element('details', { className: 'summary' }, [
        element('summary', { text: 'Summary' }),
        element('dl', { className: 'summary-facts' }, facts.map(([term, value]) => element('div', {}, [
            element('dt', { text: term }),
            element('dd', {}, [value]),
        ]))),
        element('div', { className: 'charts' }, [
            chartBox('Load', 'load', `Daily load with the acute (7-day) and chronic (28-day) load, and the ACWR against its ${model.acwr.bandLow}–${model.acwr.bandHigh} band and ${model.acwr.warning} line`,
                'The ACWR starts on day 28, once there are four weeks of load to compare with.'),
            chartBox('Weekly distance', 'distance', `Running distance week by week, in ${model.units}; weeks with a warning in the warning colour`,
                warned.length > 0 ? 'Weeks with a warning are drawn in the warning colour.' : null),
        ]),
    ]);
    summary.open = open;
    return summary;
}

function chartBox(title: string, name: string, label: string, note: string | null): HTMLElement {
    return element('figure', { className: `chart ${name}-chart-figure` }, [
        element('figcaption', { text: title }),
        element('div', { className: `chart-box ${name}-box` }, [
            element('canvas', { className: `${name}-chart`, attributes: { role: 'img', 'aria-label': label } }),
        ]),
        note === null ? null : element('p', { className: 'chart-note', text: note }),
    ]);
}
