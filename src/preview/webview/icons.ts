/**
 * Line icons drawn in the text's own colour: each session kind has one, so a kind reads by its
 * shape as well as its colour, and findings by their severity.
 */
import type { SessionKind } from '../../plan/model.js';
import type { PreviewFinding } from '../model.js';

const SVG = 'http://www.w3.org/2000/svg';

/** 16 x 16 outlines as SVG path data. */
const KIND_PATHS: Readonly<Record<SessionKind, string>> = {
    run: 'M2 8h10M8.5 4.5 12 8l-3.5 3.5',
    speed: 'M9.5 1.5 4 9h4l-1.5 5.5L12 7H8z',
    strength: 'M1.5 6v4M4 4v8M12 4v8M14.5 6v4M4 8h8',
    plyometrics: 'M8 11V3M4.5 6.5 8 3l3.5 3.5M3 14h10',
    mobility: 'M2 10.5c1.5-5 4.5-5 6-1s4.5 4 6-1',
    circuit: 'M13 8a5 5 0 1 1-1.5-3.5M11.5 1.5v3h-3',
    cross: 'M4.5 13.5a2.5 2.5 0 1 0 0-.1M11.5 13.5a2.5 2.5 0 1 0 0-.1M4.5 11l2.5-5h4l.5 5M6 4h2',
};

/** The severities the preview marks: the rules' warnings and notes, and the plan's errors. */
export type Severity = PreviewFinding['severity'] | 'error';

const SEVERITY_PATHS: Readonly<Record<Severity, string>> = {
    error: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13M5.5 5.5l5 5M10.5 5.5l-5 5',
    warning: 'M8 1.5 15 14H1zM8 6v4M8 11.5v1',
    note: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13M8 7v4.5M8 4.5v1',
};

/** A decorative icon: the text beside it says the same, so screen readers skip it. */
function icon(path: string, className: string): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('class', `icon ${className}`);
    svg.setAttribute('aria-hidden', 'true');
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path);
    svg.append(shape);
    return svg;
}

export function kindIcon(kind: SessionKind): SVGSVGElement {
    return icon(KIND_PATHS[kind], `kind-icon kind-${kind}`);
}

export function severityIcon(severity: Severity): SVGSVGElement {
    return icon(SEVERITY_PATHS[severity], `severity-icon ${severity}`);
}
