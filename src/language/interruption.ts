import { interruptAndCheck, type Cancellation, type MaybePromise } from 'langium';

/**
 * How many syntax-tree nodes a walk visits between two of Langium's interruption checks.
 * Langium awaits one per node, which allocates promises for every node of every keystroke;
 * a few dozen nodes take microseconds, so a newer edit still cancels the walk at once.
 */
const NODES_PER_CHECK = 64;

/**
 * A check to call at each node of a walk: every NODES_PER_CHECK calls it gives way to the
 * event loop as Langium's interruptAndCheck does and throws if the walk was cancelled; else it
 * returns nothing, and the caller need not await.
 */
export function interruptionPoint(cancelToken: Cancellation.CancellationToken): () => MaybePromise<void> {
    let calls = 0;
    return () => (calls++ % NODES_PER_CHECK === 0 ? interruptAndCheck(cancelToken) : undefined);
}
