/**
 * The preview page: the plan's header, its calendar and its charts, drawn again for every
 * model it is given, keeping what the reader opened and what the editor highlighted.
 */
import type { Chart } from 'chart.js';
import { formatDistance, SESSION_KIND_NAMES } from '../../plan/format.js';
import type { SessionKind } from '../../plan/model.js';
import type { PreviewModel } from '../model.js';
import { calendarView } from './calendar.js';
import { drawCharts } from './charts.js';
import { element } from './dom.js';
import { kindIcon } from './icons.js';
import { dateRange } from './labels.js';

export interface PreviewAppOptions {
    /** Shows a zero-based source line in the editor; null in a standalone file, where nothing links to a source. */
    readonly reveal: ((line: number) => void) | null;
    /** Today's date, `YYYY-MM-DD`, to mark it in the calendar. */
    readonly today: () => string;
}

export class PreviewApp {
    private model: PreviewModel | null = null;
    private charts: Chart[] = [];
    private highlighted: ReadonlySet<string> = new Set();

    constructor(private readonly root: HTMLElement, private readonly options: PreviewAppOptions) {
        root.addEventListener('click', event => {
            const link = event.target instanceof Element ? event.target.closest('[data-line]') : null;
            if (link && options.reveal) {
                options.reveal(Number(link.getAttribute('data-line')));
            }
        });
        // The charts read the theme's colours once: VS Code changes the body's theme class and the variables on <html>.
        const redraw = new MutationObserver(() => this.redrawCharts());
        redraw.observe(document.body, { attributes: true, attributeFilter: ['class'] });
        redraw.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
        // Outside VS Code the palette follows the reader's light or dark setting.
        matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.redrawCharts());
    }

    show(model: PreviewModel): void {
        const open = new Set([...this.root.querySelectorAll('details[open]')].map(details => details.closest('[data-session-key]')?.getAttribute('data-session-key')));
        this.model = model;
        this.destroyCharts();
        this.root.replaceChildren(...this.page(model));
        this.root.removeAttribute('aria-busy');
        for (const session of this.root.querySelectorAll('[data-session-key]')) {
            const details = session.querySelector('details');
            if (details && open.has(session.getAttribute('data-session-key'))) {
                details.open = true;
            }
        }
        this.redrawCharts();
        this.highlight([...this.highlighted], false);
    }

    /** Marks the sessions under the editor's cursor and scrolls the first into view. */
    highlight(sessionKeys: readonly string[], scroll = true): void {
        this.highlighted = new Set(sessionKeys);
        let first: Element | null = null;
        for (const session of this.root.querySelectorAll('[data-session-key]')) {
            const on = this.highlighted.has(session.getAttribute('data-session-key') ?? '');
            session.classList.toggle('highlighted', on);
            first ??= on ? session : null;
        }
        if (scroll && first) {
            first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    }

    private page(model: PreviewModel): HTMLElement[] {
        if (model.weeks.length === 0) {
            return [header(model), element('p', { className: 'placeholder', text: 'This plan has no weeks yet.' })];
        }
        return [
            header(model),
            calendarView(model, { today: this.options.today(), linked: this.options.reveal !== null }),
            chartsView(model),
        ];
    }

    private redrawCharts(): void {
        this.destroyCharts();
        const load = this.root.querySelector<HTMLCanvasElement>('canvas.load-chart');
        const distance = this.root.querySelector<HTMLCanvasElement>('canvas.distance-chart');
        if (this.model && load && distance) {
            this.charts = drawCharts(this.model, load, distance);
        }
    }

    private destroyCharts(): void {
        this.charts.forEach(chart => chart.destroy());
        this.charts = [];
    }
}

function header(model: PreviewModel): HTMLElement {
    const first = model.weeks[0];
    const last = model.weeks[model.weeks.length - 1];
    const facts = [`${model.weeks.length} week${model.weeks.length === 1 ? '' : 's'}`];
    if (first?.startDate && last?.endDate) {
        facts.unshift(dateRange(first.startDate, last.endDate));
    }
    if (model.totals.distanceM > 0) {
        facts.push(`${formatDistance(model.totals.distanceM, model.units)} running`);
    }
    const kinds = [...new Set(model.weeks.flatMap(week => week.days.flatMap(day => day.sessions.map(session => session.kind))))];
    return element('header', { className: 'plan-head' }, [
        element('h1', { text: model.name || 'Untitled plan' }),
        element('p', { className: 'plan-facts', text: facts.join(' · ') }),
        kinds.length > 0 ? kindLegend(kinds) : null,
        model.assumptions.length > 0
            ? element('ul', { className: 'assumptions', attributes: { 'aria-label': 'Assumed' } },
                model.assumptions.map(assumption => element('li', { text: assumption })))
            : null,
    ]);
}

function kindLegend(kinds: readonly SessionKind[]): HTMLElement {
    return element('ul', { className: 'legend', attributes: { 'aria-label': 'Session kinds' } }, kinds.map(kind =>
        element('li', { className: `kind-${kind}` }, [kindIcon(kind), element('span', { text: SESSION_KIND_NAMES[kind] })])));
}

function chartsView(model: PreviewModel): HTMLElement {
    const { bandLow, bandHigh, warning } = model.acwr;
    return element('section', { className: 'charts', attributes: { 'aria-label': 'Load chart' } }, [
        element('h2', { text: 'Load' }),
        element('div', { className: 'chart-box load-box' }, [
            element('canvas', {
                className: 'load-chart',
                attributes: {
                    role: 'img',
                    'aria-label': `Daily load with the acute (7-day) and chronic (28-day) load, and the ACWR against its ${bandLow}–${bandHigh} band and ${warning} line`,
                },
            }),
        ]),
        element('p', { className: 'chart-note', text: 'The ACWR starts on day 28, once there are four weeks of load to compare with.' }),
        element('h2', { text: 'Weekly distance' }),
        element('div', { className: 'chart-box distance-box' }, [
            element('canvas', { className: 'distance-chart', attributes: { role: 'img', 'aria-label': `Running distance week by week, in ${model.units}` } }),
        ]),
    ]);
}
