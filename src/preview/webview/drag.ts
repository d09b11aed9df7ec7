/**
 * Dragging a session card to another day, with the pointer: a press that moves a few pixels
 * lifts the card (a copy follows the pointer, the day under it is marked), and the release
 * over another day asks for the move. Pointer events rather than HTML drag and drop: the same
 * in any webview, and a drop that never reaches the editor's own drop handling.
 */
import type { CalendarDayRef } from '../model.js';
import type { Weekday } from '../../plan/model.js';

export interface DragOptions {
    /** Whether sessions can be moved now (not in a calendar shown while the plan has errors). */
    readonly canMove: () => boolean;
    readonly drop: (sessionKey: string, target: CalendarDayRef) => void;
}

/** How far the pointer must move before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD_PX = 5;
/** Near the top or bottom edge of the window, a drag scrolls it by this much per move. */
const EDGE_PX = 40;
const EDGE_SCROLL_PX = 24;

interface Drag {
    readonly card: HTMLElement;
    readonly from: HTMLElement;
    readonly pointerId: number;
    readonly startX: number;
    readonly startY: number;
    ghost: HTMLElement | null;
    over: HTMLElement | null;
    /** Escape put the card back; the release that follows does nothing. */
    cancelled: boolean;
}

/** The calendar day a `.day` element shows, from its data attributes. */
export function dayRef(day: HTMLElement): CalendarDayRef {
    return { week: Number(day.dataset.week), weekday: day.dataset.weekday as Weekday, date: day.dataset.date ?? null };
}

export function enableSessionDragging(root: HTMLElement, options: DragOptions): void {
    let drag: Drag | null = null;
    /** A drag ends with a click on the card it started on, which must not open the card. */
    let swallowClick = false;

    /** Puts the card back where it was; the drag itself lasts until the release. */
    const putBack = (current: Drag) => {
        current.ghost?.remove();
        current.card.classList.remove('dragging');
        current.over?.classList.remove('drop-target');
        document.body.classList.remove('dragging-session');
    };

    root.addEventListener('pointerdown', event => {
        const card = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-session-key]') : null;
        const from = card?.closest<HTMLElement>('.day');
        if (event.button !== 0 || !card || !from || !options.canMove()) return;
        drag = { card, from, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, ghost: null, over: null, cancelled: false };
    });

    root.addEventListener('pointermove', event => {
        if (!drag || drag.cancelled || event.pointerId !== drag.pointerId) return;
        if (!drag.ghost) {
            if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD_PX) return;
            drag.card.setPointerCapture(event.pointerId);
            drag.ghost = ghostOf(drag.card);
            drag.card.classList.add('dragging');
            document.body.classList.add('dragging-session');
        }
        drag.ghost.style.transform = `translate(${event.clientX + 8}px, ${event.clientY + 8}px)`;
        const over = document.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('.day') ?? null;
        if (over !== drag.over) {
            drag.over?.classList.remove('drop-target');
            over?.classList.toggle('drop-target', over !== drag.from);
            drag.over = over;
        }
        if (event.clientY < EDGE_PX) window.scrollBy(0, -EDGE_SCROLL_PX);
        else if (event.clientY > window.innerHeight - EDGE_PX) window.scrollBy(0, EDGE_SCROLL_PX);
    });

    root.addEventListener('pointerup', event => {
        if (!drag || event.pointerId !== drag.pointerId) return;
        const { card, from, over, ghost, cancelled } = drag;
        putBack(drag);
        drag = null;
        if (!ghost) return;
        // The click this release makes comes before any timer: only it is swallowed.
        swallowClick = true;
        setTimeout(() => swallowClick = false);
        if (!cancelled && over && over !== from) {
            options.drop(card.dataset.sessionKey!, dayRef(over));
        }
    });

    root.addEventListener('pointercancel', () => {
        if (drag) putBack(drag);
        drag = null;
    });
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && drag?.ghost && !drag.cancelled) {
            drag.cancelled = true;
            putBack(drag);
        }
    });
    root.addEventListener('click', event => {
        if (swallowClick) {
            event.stopPropagation();
            event.preventDefault();
        }
    }, true);
}

/** A copy of the card's face that follows the pointer, above everything and never under it. */
function ghostOf(card: HTMLElement): HTMLElement {
    const ghost = card.cloneNode(true) as HTMLElement;
    ghost.removeAttribute('data-session-key');
    ghost.classList.add('drag-ghost');
    ghost.setAttribute('aria-hidden', 'true');
    ghost.style.width = `${card.getBoundingClientRect().width}px`;
    document.body.append(ghost);
    return ghost;
}
