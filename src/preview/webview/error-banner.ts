/**
 * The errors of the plan, above everything: how many, the first in full (a click shows it in
 * the editor), the others on demand; and what the calendar under it shows meanwhile.
 */
import type { PreviewError, PreviewErrors } from '../model.js';
import { sourceLink } from './calendar.js';
import { element } from './dom.js';
import { severityIcon } from './icons.js';

/** `showing`: whether the calendar below is the last one without errors, or what could be read of this text. */
export function errorBanner(errors: PreviewErrors, showing: 'last good' | 'as read', linked: boolean): HTMLElement {
    const [first, ...others] = errors.listed;
    const count = `${errors.count} error${errors.count === 1 ? '' : 's'}`;
    const unlisted = errors.count - errors.listed.length;
    return element('section', { className: 'error-banner', attributes: { role: 'alert', 'aria-label': 'Errors in the plan' } }, [
        element('div', { className: 'error-first' }, [
            severityIcon('error'),
            element('strong', { className: 'error-count', text: count }),
            first ? errorLink(first, linked) : null,
        ]),
        others.length > 0 ? element('details', { className: 'error-list' }, [
            element('summary', { text: `The other ${errors.count - 1}` }),
            element('ul', {}, [
                ...others.map(error => element('li', {}, [errorLink(error, linked)])),
                unlisted > 0 ? element('li', { className: 'error-unlisted', text: `and ${unlisted} more` }) : null,
            ]),
        ]) : null,
        element('p', { className: 'error-note', text: showing === 'last good'
            ? 'The calendar below is the plan as it was before the errors; it comes back to life once they are mended.'
            : 'The calendar below is what could be read of the plan; it may be missing what the errors are in.' }),
    ]);
}

function errorLink(error: PreviewError, linked: boolean): HTMLElement {
    return sourceLink(linked, error.line, 'error-message', [
        element('span', { className: 'error-line', text: `Line ${error.line + 1}: ` }),
        element('span', { text: error.message }),
    ]);
}
