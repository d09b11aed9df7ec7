/**
 * Optimal string alignment distance (edits, a swap of two neighbours counting as one), worked
 * out only as far as `limit`: any larger distance is limit + 1. Only the band of the table
 * within `limit` of its diagonal can hold a smaller one, and a row whose every cell is past
 * `limit` ends the work, so a pasted word of thousands of letters costs no more than a short one.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const beyond = limit + 1;
    let twoBack: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : beyond));
    for (let i = 1; i <= a.length; i++) {
        const current = new Array<number>(b.length + 1).fill(beyond);
        current[0] = i <= limit ? i : beyond;
        let best = current[0];
        for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let cell = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                cell = Math.min(cell, twoBack[j - 2] + 1);
            }
            current[j] = Math.min(cell, beyond);
            best = Math.min(best, current[j]);
        }
        if (best > limit) return beyond;
        twoBack = previous;
        previous = current;
    }
    return Math.min(previous[b.length], beyond);
}

/**
 * The candidates closest to `name`, best first: those that contain it or that it contains
 * rank before those that are merely a few edits away.
 */
export function nearestNames(name: string, candidates: Iterable<string>, count = 3): string[] {
    const wanted = name.toLowerCase();
    const scored: Array<{ candidate: string; score: number }> = [];
    for (const candidate of new Set(candidates)) {
        const lower = candidate.toLowerCase();
        const contains = lower.includes(wanted) || wanted.includes(lower);
        const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
        const distance = editDistance(wanted, lower, contains ? Math.max(wanted.length, lower.length) : limit);
        if (contains || distance <= limit) {
            scored.push({ candidate, score: (contains ? 0 : 100) + distance });
        }
    }
    return scored
        .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
        .slice(0, count)
        .map(entry => entry.candidate);
}

/** The longest name a message quotes whole; a longer one (a pasted paragraph) is cut, saying how long it was. */
const LONGEST_QUOTED = 40;

/** `'hill-sprnt'` as a message quotes it, or its start and its length when it runs long. */
export function quotedName(name: string): string {
    const characters = [...name];
    return characters.length > LONGEST_QUOTED ? `'${characters.slice(0, LONGEST_QUOTED).join('')}...' (${characters.length} characters)` : `'${name}'`;
}
