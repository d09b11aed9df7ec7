import type { SourceRange } from '../plan/model.js';
import type { RuleId } from './thresholds.js';

/** What a rule found: a message with the figures and the limit, on what crossed the line. */
export interface Finding {
    /** The rule's id; also the diagnostic's issue code and the name `limit` and `stride-ignore` use. */
    readonly rule: RuleId;
    readonly severity: 'warning' | 'note';
    readonly message: string;
    /** The week header for weekly rules, the session for session rules, the item for item rules. */
    readonly range: SourceRange;
    readonly week: number;
    /** The session it is about, for session and item rules. */
    readonly sessionKey: string | null;
    /** The figures behind the message, for quick fixes and reports: `{ distanceM, previousM, change, limit }`. */
    readonly figures: Readonly<Record<string, number>>;
}
