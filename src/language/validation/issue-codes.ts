/**
 * Codes of the diagnostics of the language; quick fixes and `stride check` switch on them. A
 * rule's warnings take the rule's id as their code (RULE_IDS in src/rules/thresholds.ts).
 */
export namespace IssueCodes {
    export const MissingHeader = 'missing-header';
    export const DuplicateName = 'duplicate-name';
    export const DuplicateWeek = 'duplicate-week';
    export const DuplicateDay = 'duplicate-day';
    export const DerivedCycle = 'derived-cycle';
    export const BadWeekRange = 'bad-week-range';
    export const TooManySessions = 'too-many-sessions';
    export const ImpossibleDate = 'impossible-date';
    export const DateOutsideWeek = 'date-outside-week';
    export const StartAndRace = 'start-and-race';
    export const BadTime = 'bad-time';
    export const BadPace = 'bad-pace';
    export const BadNumber = 'bad-number';
    export const ZeroCount = 'zero-count';
    export const TooManyFactors = 'too-many-factors';
    export const UnitNotLast = 'unit-not-last';
    export const MissingUnit = 'missing-unit';
    export const MissingAmount = 'missing-amount';
    export const UnitMismatch = 'unit-mismatch';
    export const RepeatedModifier = 'repeated-modifier';
    export const IntensityMismatch = 'intensity-mismatch';
    export const MissingOneRepMax = 'missing-1rm';
    export const EmptySession = 'empty-session';
    export const ShadowsBuiltin = 'shadows-builtin';
    export const AssumedDefault = 'assumed-default';
    /** A named session's use, or a derived week, changes rounds or numbers the session or the week does not have. */
    export const NothingToChange = 'nothing-to-change';
    /** A word of the language where a name goes. */
    /** A string with an escape the language does not have, or a title over several lines. */
    export const BadString = 'bad-string';
    /** A time zone that is not an IANA zone. */
    export const UnknownTimeZone = 'unknown-time-zone';
    /** A drill the plan defines and never uses. */
    export const UnusedDrill = 'unused-drill';

    // ---- Notes for a plan that goes to a watch (`watch garmin`). ----
    /** A `watch` line names a watch Stride does not write for. */
    export const UnknownWatch = 'unknown-watch';
    /** A session's name is longer than a watch shows. */
    export const WatchName = 'watch-name';
    /** An intensity no watch target can express. */
    export const WatchTarget = 'watch-target';
    /** A workout of more steps than a watch is sure to take. */
    export const WatchSteps = 'watch-steps';
    /** More sessions than a watch's schedule loads at once. */
    export const WatchWindow = 'watch-window';

    // ---- About the rules' own lines. ----
    /** A `limit` line or a `stride-ignore` comment names no rule. */
    export const UnknownRule = 'unknown-rule';
    /** A `limit` line's values do not fit its rule. */
    export const BadLimit = 'bad-limit';
    /** A `stride-ignore` comment that names no rule or applies to nothing. */
    export const BadDirective = 'bad-directive';
}
