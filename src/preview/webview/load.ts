/** A load figure with what its unit means as its tooltip: AU is explained wherever it appears. */
import { formatLoad, LOAD_UNIT_EXPLAINED } from '../../plan/format.js';
import { element } from './dom.js';

export function loadFigure(load: number, className?: string): HTMLElement {
    return element('span', { className: className ? `load ${className}` : 'load', text: formatLoad(load), attributes: { title: LOAD_UNIT_EXPLAINED } });
}
