/** Timing samples and what the tables report of them. */

export interface Timing {
    readonly runs: number;
    readonly median: number;
    readonly p95: number;
}

/** The value below which `share` of the sorted samples lie, by the nearest-rank method. */
function percentile(sorted: readonly number[], share: number): number {
    return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

export function summarise(samples: readonly number[]): Timing {
    const sorted = [...samples].sort((a, b) => a - b);
    return { runs: samples.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/**
 * Runs `action` `warmups` times unmeasured (so the JIT has compiled it), then once for each
 * of `inputs`, timing each run with performance.now().
 */
export async function timeEach<T>(inputs: readonly T[], action: (input: T, index: number) => unknown, warmups: number): Promise<Timing> {
    for (let index = 0; index < warmups; index++) {
        await action(inputs[index % inputs.length], index);
    }
    const samples: number[] = [];
    for (const [index, input] of inputs.entries()) {
        const start = performance.now();
        await action(input, index);
        samples.push(performance.now() - start);
    }
    return summarise(samples);
}

/** The same action `runs` times. */
export function timeRuns(runs: number, action: (index: number) => unknown, warmups: number): Promise<Timing> {
    return timeEach(Array.from({ length: runs }, (_, index) => index), (_, index) => action(index), warmups);
}

/** A full collection; the runner starts node with --expose-gc. */
export function collectGarbage(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
        throw new Error('run node with --expose-gc to measure memory');
    }
    gc();
}

/** The heap in use after a full collection, in bytes. */
export function heapAfterGc(): number {
    collectGarbage();
    collectGarbage();
    return process.memoryUsage().heapUsed;
}
