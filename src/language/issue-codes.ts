/** Codes of the diagnostics Stride reports; quick fixes and `stride check` switch on them. */
export namespace IssueCodes {
    export const MissingHeader = 'missing-header';
    export const DuplicateName = 'duplicate-name';
    export const DuplicateWeek = 'duplicate-week';
    export const DuplicateDay = 'duplicate-day';
    export const DerivedCycle = 'derived-cycle';
    export const BadWeekRange = 'bad-week-range';
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
}
