/**
 * A preview as what changed since the one the client has: after a keystroke, the language
 * server sends the weeks that changed (the others by their place in the client's preview) and
 * the days of the load chart from the first that changed, instead of the whole model again.
 * The server makes a patch (build-model.ts keeps an unchanged week's preview as the very object)
 * and the extension applies it.
 */
import type { DocumentPreview, PreviewDayLoad, PreviewModel, PreviewWeek } from './model.js';

export interface PreviewPatch extends Omit<DocumentPreview, 'model'> {
    /** The version of the preview it applies to. */
    readonly since: number;
    readonly model: Omit<PreviewModel, 'weeks' | 'days'> & {
        /** Each week: a new one, or the index of the same week in the preview it applies to. */
        readonly weeks: ReadonlyArray<PreviewWeek | number>;
        /** How many days at the start are those of the preview it applies to; `days` follow them. */
        readonly keptDays: number;
        readonly days: readonly PreviewDayLoad[];
    };
}

export function isPreviewPatch(answer: DocumentPreview | PreviewPatch): answer is PreviewPatch {
    return 'since' in answer;
}

/** What changed from `before` to `after`, two previews of one document. */
export function previewPatch(before: DocumentPreview, after: DocumentPreview): PreviewPatch {
    const indexes = new Map(before.model.weeks.map((week, index) => [week, index]));
    const { weeks, days, ...rest } = after.model;
    const keptDays = sameDays(before.model.days, days);
    return {
        uri: after.uri,
        version: after.version,
        since: before.version,
        errors: after.errors,
        model: { ...rest, weeks: weeks.map(week => indexes.get(week) ?? week), keptDays, days: days.slice(keptDays) },
    };
}

/** The preview a patch makes of the one it applies to. */
export function applyPreviewPatch(before: DocumentPreview, patch: PreviewPatch): DocumentPreview {
    const { weeks, keptDays, days, ...rest } = patch.model;
    return {
        uri: patch.uri,
        version: patch.version,
        errors: patch.errors,
        model: {
            ...rest,
            weeks: weeks.map(week => typeof week === 'number' ? before.model.weeks[week] : week),
            days: [...before.model.days.slice(0, keptDays), ...days],
        },
    };
}

/** How many days at the start of two load series are the same. */
function sameDays(before: readonly PreviewDayLoad[], after: readonly PreviewDayLoad[]): number {
    let index = 0;
    while (index < before.length && index < after.length && sameDay(before[index], after[index])) index++;
    return index;
}

function sameDay(a: PreviewDayLoad, b: PreviewDayLoad): boolean {
    return a.week === b.week && a.weekday === b.weekday && a.date === b.date && a.load === b.load
        && a.acute === b.acute && a.chronic === b.chronic && a.ratio === b.ratio;
}
