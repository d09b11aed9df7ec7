/**
 * The details of the session the reader opened, under its week: when and what it is, its
 * figures, every item as a styled structure (phases, rounds around what each round does, rests
 * apart from the work), why it is hard, the rules it set off, and how to move it.
 */
import type { OutlineItem, OutlineSection } from '../../plan/describe.js';
import { formatDistance, formatMinutes, SESSION_KIND_NAMES, type DistanceUnits } from '../../plan/format.js';
import type { PreviewDay, PreviewSession, PreviewWeek } from '../model.js';
import { derivedFromText, findingsList, sourceLink } from './calendar.js';
import { element } from './dom.js';
import { kindIcon } from './icons.js';
import { dayLabel } from './labels.js';
import { loadFigure } from './load.js';

export interface DetailsOptions {
    readonly units: DistanceUnits;
    /** Linked to an editor: the source can be shown, and the session moved. */
    readonly linked: boolean;
}

export function sessionDetails(week: PreviewWeek, day: PreviewDay, session: PreviewSession, options: DetailsOptions): HTMLElement[] {
    const when = [dayLabel(day), session.time, SESSION_KIND_NAMES[session.kind]].filter(part => part !== null).join(' · ');
    const figures: Array<readonly [string, Node]> = [
        ['Time', document.createTextNode(formatMinutes(session.minutes))],
        ['Load', loadFigure(session.load)],
    ];
    if (session.distanceM > 0) {
        figures.push(['Running', document.createTextNode(formatDistance(session.distanceM, options.units))]);
    }
    const findings = week.findings.filter(finding => finding.sessionKey === session.key);
    return [
        element('div', { className: 'details-head' }, [
            kindIcon(session.kind),
            element('h3', { className: 'details-title', text: session.title }),
            element('button', { className: 'details-close', text: '×', attributes: { type: 'button', title: 'Close the details', 'aria-label': 'Close the details' } }),
        ]),
        element('p', { className: 'details-when', text: when }),
        origin(week, session),
        element('dl', { className: 'details-figures' }, figures.map(([term, value]) => element('div', {}, [element('dt', { text: term }), element('dd', {}, [value])]))),
        ...session.outline.map(outlineSection),
        session.hardReasons.length > 0 ? element('p', { className: 'details-hard', text: `Hard: ${session.hardReasons.join(', ')}` }) : null,
        findings.length > 0 ? findingsList(findings, options.linked) : null,
        options.linked ? element('div', { className: 'details-actions' }, [
            sourceLink(true, session.startLine, 'details-source', [document.createTextNode('Show in the editor')]),
            element('span', { className: 'details-hint', text: 'Move it: drag it to another day, or Alt+Left / Alt+Right for a day, Alt+Up / Alt+Down for a week.' }),
        ]) : null,
    ].filter((part): part is HTMLElement => part !== null);
}

/** Where the session is written, when that is not on its own day: a named session, or the week a derived week copies. */
function origin(week: PreviewWeek, session: PreviewSession): HTMLElement | null {
    const parts: string[] = [];
    if (week.derivedFrom) {
        parts.push(`${derivedFromText(week.derivedFrom)}: move it in week ${week.derivedFrom.week}`);
    }
    if (session.template !== null) {
        parts.push(`Uses the named session ${session.template}`);
    }
    return parts.length === 0 ? null : element('p', { className: 'details-origin', text: parts.join('. ') });
}

function outlineSection(section: OutlineSection): HTMLElement {
    return element('section', { className: 'outline-section' }, [
        section.heading === null ? null : element('h4', { className: 'outline-phase', text: section.heading }),
        outlineList(section.items),
    ]);
}

function outlineList(items: readonly OutlineItem[]): HTMLElement {
    return element('ul', { className: 'outline' }, items.map(outlineEntry));
}

function outlineEntry(item: OutlineItem): HTMLElement {
    switch (item.type) {
        case 'step':
            return element('li', { className: 'outline-step' }, [
                element('span', { className: 'outline-work', text: item.work }),
                item.rest === null ? null : element('span', { className: 'outline-rest', text: `rest ${item.rest}` }),
                item.note === null ? null : element('span', { className: 'outline-note', text: item.note }),
            ]);
        case 'note':
            return element('li', { className: 'outline-note-line', text: item.text });
        case 'rounds':
            return element('li', { className: 'outline-rounds' }, [
                element('span', { className: 'outline-rounds-head', text: item.heading }),
                outlineList(item.items),
            ]);
    }
}
