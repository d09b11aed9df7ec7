/** Comparing places in the source: findings are matched to directives and quick fixes by their ranges. */
import type { SourceRange } from '../plan/model.js';

type Position = SourceRange['start'];

function isAtOrBefore(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function sameRange(a: SourceRange, b: SourceRange): boolean {
    return isAtOrBefore(a.start, b.start) && isAtOrBefore(b.start, a.start) && isAtOrBefore(a.end, b.end) && isAtOrBefore(b.end, a.end);
}

export function rangeContains(outer: SourceRange, inner: SourceRange): boolean {
    return isAtOrBefore(outer.start, inner.start) && isAtOrBefore(inner.end, outer.end);
}
