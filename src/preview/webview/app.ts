/**
 * The preview page: the errors of the plan if it has any, its header and summary, its calendar,
 * drawn again for every model it is given, keeping what the reader opened, what the editor
 * highlighted and where the page was. While the plan has errors it keeps showing the last
 * calendar that had none, greyed. In an editor, a session can be dragged to another day, or
 * moved with Alt+Arrow; the move is asked of the extension, which edits the text.
 */
import type { Chart } from 'chart.js';
import type { CalendarDayRef, DocumentPreview, PreviewDay, PreviewModel, PreviewSession, PreviewWeek } from '../model.js';
import type { SessionMove } from '../protocol.js';
import { calendarView, detailsId } from './calendar.js';
import { drawCharts } from './charts.js';
import { element } from './dom.js';
import { dayRef, enableSessionDragging } from './drag.js';
import { errorBanner } from './error-banner.js';
import { dayLabel } from './labels.js';
import { scrollToLine } from './scroll-sync.js';
import { sessionDetails } from './session-details.js';
import { planHead, planSummary } from './summary.js';

export interface PreviewAppOptions {
    /** Shows a zero-based source line in the editor; null in a standalone file, where nothing links to a source. */
    readonly reveal: ((line: number, preserveFocus: boolean) => void) | null;
    /** Asks the editor to move a session; null in a standalone file. */
    readonly moveSession: ((move: SessionMove) => void) | null;
    /** Today's date, `YYYY-MM-DD`, to mark it in the calendar. */
    readonly today: () => string;
    /** Whether the summary starts open, and who to tell when the reader opens or folds it. */
    readonly summaryOpen: boolean;
    readonly summaryToggled?: (open: boolean) => void;
}

/** A document's preview as the webview got it; a standalone file has neither errors nor a version to edit. */
type Shown = Omit<DocumentPreview, 'uri'> & { readonly uri: string | null };

const NO_ERRORS: DocumentPreview['errors'] = { count: 0, listed: [] };

/** How long a message about a move stays on the page. */
const STATUS_MS = 10_000;

export class PreviewApp {
    /** The calendar on the page: the newest without errors, or what could be read when there was never one. */
    private shown: Shown | null = null;
    /** The newest preview of the document without errors: shown, greyed, while the text has errors. */
    private lastGood: Shown | null = null;
    private stale = false;
    private charts: Chart[] = [];
    private highlighted: ReadonlySet<string> = new Set();
    /** The session whose details are open. */
    private selected: string | null = null;
    private summaryOpen: boolean;
    /** A move asked for and not yet answered: no other until it is. */
    private pendingMove: { readonly session: PreviewSession; readonly target: CalendarDayRef; readonly focused: boolean } | null = null;
    /** A session moved with the keyboard, to give the focus back to where it went once a later version of the plan is drawn. */
    private focusAfterUpdate: { readonly sessionKey: string; readonly after: number } | null = null;
    private readonly status: HTMLElement;
    private statusTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly root: HTMLElement, private readonly options: PreviewAppOptions) {
        this.summaryOpen = options.summaryOpen;
        this.status = element('div', { className: 'status', attributes: { role: 'status', 'aria-live': 'polite', hidden: '' } });
        root.after(this.status);
        root.addEventListener('click', event => this.click(event));
        root.addEventListener('keydown', event => {
            // Alt+Arrow moves a session through the extension's keybindings; here it must not also go back in the browser's history.
            if (event.altKey && event.key.startsWith('Arrow') && event.target instanceof Element && event.target.closest('[data-session-key]')) {
                event.preventDefault();
            }
        });
        root.addEventListener('toggle', event => {
            if (event.target instanceof HTMLDetailsElement && event.target.classList.contains('summary')) {
                this.summaryOpen = event.target.open;
                options.summaryToggled?.(this.summaryOpen);
            }
        }, true);
        enableSessionDragging(root, {
            canMove: () => this.movable(),
            drop: (sessionKey, target) => this.requestMove(sessionKey, target),
        });
        // The charts read the theme's colours once: VS Code changes the body's theme class and the variables on <html>.
        const redraw = new MutationObserver(() => this.redrawCharts());
        redraw.observe(document.body, { attributes: true, attributeFilter: ['class'] });
        redraw.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
        // Outside VS Code the palette follows the reader's light or dark setting.
        matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.redrawCharts());
    }

    /** Shows a document's preview; a standalone file's model comes without a document. */
    show(model: PreviewModel, document?: Omit<DocumentPreview, 'model'>): void {
        const shown: Shown = { uri: document?.uri ?? null, version: document?.version ?? -1, errors: document?.errors ?? NO_ERRORS, model };
        if (this.pendingMove && shown.version > (this.shown?.version ?? -1)) {
            this.pendingMove = null;
        }
        if (shown.errors.count === 0) {
            this.lastGood = shown;
        }
        const good = shown.errors.count === 0 ? shown : this.lastGood?.uri === shown.uri ? this.lastGood : null;
        this.stale = shown.errors.count > 0;
        this.shown = good ?? shown;
        this.render(shown.errors, good === null ? 'as read' : 'last good');
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

    /** Brings the week that holds the editor's first visible line to the top, as far into it as the line is. */
    scrollToLine(line: number): void {
        scrollToLine(this.root, line);
    }

    /** Moves the session that has the keyboard focus by this many days (seven: a week). */
    moveFocusedSession(days: number): void {
        const card = document.activeElement?.closest<HTMLElement>('[data-session-key]');
        const from = card?.closest<HTMLElement>('.day');
        if (!card || !from || !this.shown) {
            return;
        }
        if (!this.movable()) {
            this.say(this.stale ? 'Mend the errors in the plan first: the calendar shown is not the text as it is.' : 'A move is being made; one at a time.');
            return;
        }
        const { weekdays } = this.shown.model;
        const { week, weekday } = dayRef(from);
        const position = (week - 1) * 7 + weekdays.indexOf(weekday) + days;
        const targetWeek = Math.floor(position / 7) + 1;
        const target = this.root.querySelector<HTMLElement>(`.day[data-week="${targetWeek}"][data-weekday="${weekdays[((position % 7) + 7) % 7]}"]`);
        if (!target) {
            this.say(targetWeek < 1 ? 'The plan starts with this week.' : `The plan has no week ${targetWeek}.`);
            return;
        }
        this.requestMove(card.dataset.sessionKey!, dayRef(target), true);
    }

    /** The extension applied a move: say so, and keep the session open and focused where it went. */
    moved(sessionKey: string, movedTo: string): void {
        const pending = this.pendingMove;
        if (!pending || pending.session.key !== sessionKey) {
            return;
        }
        if (this.selected === sessionKey) {
            this.selected = movedTo;
        }
        this.focusAfterUpdate = pending.focused && this.shown ? { sessionKey: movedTo, after: this.shown.version } : null;
        this.say(`Moved “${pending.session.title}” to ${dayLabel(pending.target)}. Undo in the editor puts it back.`);
    }

    /** A move was not made: say why, and put the card back. */
    moveRefused(sessionKey: string, reason: string): void {
        this.pendingMove = null;
        this.root.querySelector(`[data-session-key="${CSS.escape(sessionKey)}"]`)?.classList.remove('moving');
        this.say(reason, 'refused');
    }

    private movable(): boolean {
        return this.options.moveSession !== null && !this.stale && this.pendingMove === null && this.shown !== null;
    }

    private requestMove(sessionKey: string, target: CalendarDayRef, focused = false): void {
        const found = this.shown && findSession(this.shown.model, sessionKey);
        if (!this.movable() || !found || !this.shown) {
            return;
        }
        this.pendingMove = { session: found.session, target, focused };
        this.root.querySelector(`[data-session-key="${CSS.escape(sessionKey)}"]`)?.classList.add('moving');
        this.options.moveSession!({ version: this.shown.version, sessionKey, target });
    }

    private render(errors: DocumentPreview['errors'], showing: 'last good' | 'as read'): void {
        const { model } = this.shown!;
        const scroll = window.scrollY;
        this.destroyCharts();
        const banner = errors.count > 0 ? errorBanner(errors, showing, this.options.reveal !== null) : null;
        if (model.weeks.length === 0) {
            this.root.replaceChildren(...[banner, planHead(model), element('p', { className: 'placeholder', text: 'This plan has no weeks yet.' })].filter(part => part !== null));
        } else {
            const summary = planSummary(model, this.summaryOpen);
            const calendar = calendarView(model, { today: this.options.today(), linked: this.options.reveal !== null });
            for (const part of [summary, calendar]) {
                part.classList.toggle('stale', this.stale);
            }
            calendar.classList.toggle('movable', this.options.moveSession !== null && !this.stale);
            this.root.replaceChildren(...[banner, planHead(model), summary, calendar].filter(part => part !== null));
        }
        this.root.removeAttribute('aria-busy');
        this.redrawCharts();
        this.showSelected();
        this.highlight([...this.highlighted], false);
        window.scrollTo({ top: scroll });
        if (this.focusAfterUpdate && this.shown!.version > this.focusAfterUpdate.after) {
            // Only while the preview has the keyboard: never taken back from the editor the reader went to.
            if (document.hasFocus()) {
                this.root.querySelector<HTMLElement>(`[data-session-key="${CSS.escape(this.focusAfterUpdate.sessionKey)}"] .session-open`)?.focus();
            }
            this.focusAfterUpdate = null;
        }
    }

    private click(event: MouseEvent): void {
        const target = event.target instanceof Element ? event.target : null;
        const card = target?.closest<HTMLElement>('.session-open');
        if (card) {
            const key = card.closest<HTMLElement>('[data-session-key]')!.dataset.sessionKey!;
            this.selected = this.selected === key ? null : key;
            this.showSelected();
            const found = this.shown && findSession(this.shown.model, key);
            if (this.selected !== null && found) {
                // The source comes into view in the editor; the keyboard stays here, where the session can be moved.
                this.options.reveal?.(found.session.startLine, true);
            }
            return;
        }
        if (target?.closest('.details-close')) {
            this.selected = null;
            this.showSelected();
            return;
        }
        const link = target?.closest<HTMLElement>('button[data-line]');
        if (link) {
            this.options.reveal?.(Number(link.dataset.line), false);
        }
    }

    /** Opens the selected session's details under its week, and closes any other. */
    private showSelected(): void {
        for (const details of this.root.querySelectorAll<HTMLElement>('.session-details:not([hidden])')) {
            details.hidden = true;
            details.replaceChildren();
        }
        for (const card of this.root.querySelectorAll('.session.selected')) {
            card.classList.remove('selected');
            card.querySelector('.session-open')?.setAttribute('aria-expanded', 'false');
        }
        const found = this.selected === null || !this.shown ? null : findSession(this.shown.model, this.selected);
        const details = found && this.root.querySelector<HTMLElement>(`#${detailsId(found.week.number)}`);
        if (!found || !details) {
            this.selected = null;
            return;
        }
        details.replaceChildren(...sessionDetails(found.week, found.day, found.session, { units: this.shown!.model.units, linked: this.options.reveal !== null }));
        details.setAttribute('aria-label', `${found.session.title}, ${dayLabel(found.day)}`);
        details.hidden = false;
        const card = this.root.querySelector(`[data-session-key="${CSS.escape(found.session.key)}"]`);
        card?.classList.add('selected');
        card?.querySelector('.session-open')?.setAttribute('aria-expanded', 'true');
    }

    private say(text: string, kind: 'done' | 'refused' = 'done'): void {
        clearTimeout(this.statusTimer);
        this.status.className = `status ${kind}`;
        this.status.textContent = text;
        this.status.hidden = false;
        this.statusTimer = setTimeout(() => this.status.hidden = true, STATUS_MS);
    }

    private redrawCharts(): void {
        this.destroyCharts();
        const load = this.root.querySelector<HTMLCanvasElement>('canvas.load-chart');
        const distance = this.root.querySelector<HTMLCanvasElement>('canvas.distance-chart');
        if (this.shown && load && distance) {
            this.charts = drawCharts(this.shown.model, load, distance);
        }
    }

    private destroyCharts(): void {
        this.charts.forEach(chart => chart.destroy());
        this.charts = [];
    }
}

/** A session of the model with its week and day. */
function findSession(model: PreviewModel, key: string): { week: PreviewWeek; day: PreviewDay; session: PreviewSession } | null {
    for (const week of model.weeks) {
        for (const day of week.days) {
            const session = day.sessions.find(candidate => candidate.key === key);
            if (session) {
                return { week, day, session };
            }
        }
    }
    return null;
}

