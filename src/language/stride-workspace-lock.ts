import { Cancellation, DefaultWorkspaceLock, startCancelableOperation, type MaybePromise } from 'langium';

/** What DefaultWorkspaceLock keeps of its writes (langium 4.4.0): the source of the last write's token, and the queue. */
interface LockInternals {
    previousTokenSource: ReturnType<typeof startCancelableOperation>;
    writeQueue: unknown[];
    enqueue(queue: unknown[], action: (token: Cancellation.CancellationToken) => MaybePromise<void>, token: Cancellation.CancellationToken): Promise<void>;
}

/**
 * Langium's lock, with writes that cancel no other. Every write Langium queues cancels the write
 * queued before it (DefaultWorkspaceLock.write, langium 4.4.0): right for edits, each of which
 * makes the last one's build pointless, but a build queued in the background cancelled the edit
 * queued just before it, which was then never built (its plan showed no diagnostics and its
 * requests failed); and plans checked at once outside an editor (load-plans.ts) must not cut
 * each other's builds short.
 */
export class StrideWorkspaceLock extends DefaultWorkspaceLock {
    /** A write that cancels nothing, and that the next write cancels. */
    writeInBackground(action: (token: Cancellation.CancellationToken) => MaybePromise<void>): Promise<void> {
        const lock = this as unknown as LockInternals;
        const tokenSource = startCancelableOperation();
        lock.previousTokenSource = tokenSource;
        return lock.enqueue(lock.writeQueue, action, tokenSource.token);
    }

    /** A write that cancels nothing, and that nothing cancels: it runs in its turn, to its end. */
    writeToTheEnd(action: () => MaybePromise<void>): Promise<void> {
        const lock = this as unknown as LockInternals;
        return lock.enqueue(lock.writeQueue, action, Cancellation.CancellationToken.None);
    }
}
