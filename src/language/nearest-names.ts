/** Optimal string alignment distance: edits, counting a swap of two neighbours as one. */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
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
        const distance = editDistance(wanted, lower);
        const contains = lower.includes(wanted) || wanted.includes(lower);
        const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
        if (contains || distance <= limit) {
            scored.push({ candidate, score: (contains ? 0 : 100) + distance });
        }
    }
    return scored
        .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
        .slice(0, count)
        .map(entry => entry.candidate);
}
