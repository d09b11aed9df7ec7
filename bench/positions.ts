/**
 * Where in a generated plan the benchmarks type, complete and hover: places of a few kinds,
 * found in the text and spread evenly from its first line to its last, so that a plan's end
 * costs as much in the results as its start.
 */

/** The offset of the first capture group of each match, plus `into` characters. */
function groupOffsets(text: string, pattern: RegExp, into = 0): number[] {
    return [...text.matchAll(pattern)].map(match => match.indices![1][0] + into);
}

/** `count` offsets, as many of each kind, each kind's picked at even steps through it; in text order. */
function spread(kinds: ReadonlyArray<readonly number[]>, count: number): number[] {
    const perKind = Math.ceil(count / kinds.length);
    const picked = kinds.flatMap(offsets => Array.from({ length: Math.min(perKind, offsets.length) },
        (_, index) => offsets[Math.floor((index + 0.5) * offsets.length / perKind)]));
    return picked.sort((a, b) => a - b).slice(0, count);
}

/** One-character edits: a digit of a distance (`8.0km`), a letter of a note, the digit of a week's change (`+5%`). */
export function editOffsets(text: string, count: number): number[] {
    return spread([
        groupOffsets(text, /\d\.(\d)km\b/dg),
        groupOffsets(text, /"(conversational|Travel|land softly|practise the pace)"/dg, 1),
        groupOffsets(text, /= weeks? [\d-]+ \+(\d)%/dg),
    ], count);
}

/** What replaces the character at `offset`: a digit by the next (1 to 9, so a change never becomes +0%), a letter by the next letter. */
export function editedCharacter(text: string, offset: number): string {
    const character = text[offset];
    if (/\d/.test(character)) {
        return String((Number(character) % 9) + 1);
    }
    return character === 'z' ? 'a' : String.fromCharCode(character.charCodeAt(0) + 1);
}

/** Completion: after `@` (intensities), two letters into a drill's name (drills), at the start of a day (weekdays). */
export function completionOffsets(text: string, count: number): number[] {
    return spread([
        groupOffsets(text, /@()[a-z]/dg),
        groupOffsets(text, / (pogo-jump|long-run|easy-run|strides|squat-jump|cycling)\b/dg, 2),
        groupOffsets(text, /\n {2}()(?:mon|wed|sat) /dg),
    ], count);
}

/** Hover: on a drill, on a named session where a day uses it, on a week's header, on a pace. */
export function hoverOffsets(text: string, count: number): number[] {
    return spread([
        groupOffsets(text, / (pogo-jump|long-run|easy-run|sprint|lunge|back-squat)\b/dg, 2),
        groupOffsets(text, /(?:mon|tue|wed|thu|fri|sat|sun|and)(?: \d\d:\d\d)? (speed-day|gym|threshold|mobility-routine)\b/dg, 2),
        groupOffsets(text, /\n(week) \d+/dg, 1),
        groupOffsets(text, /@(easy|threshold|10k|mile)\b/dg, 1),
    ], count);
}
