/**
 * The rules' thresholds: their defaults (from docs/rules.md and its sources), the editor's
 * `stride.rules.*` settings over them, and a plan's own `limit` lines over both.
 */
import { METRES_PER_UNIT, SECONDS_PER_UNIT } from '../plan/units.js';

/** What a threshold measures, which says how a plan's `limit` writes it: `15%`, `1.4`, `90`, `500m`, `45s`. */
export type ThresholdUnit = 'percent' | 'ratio' | 'count' | 'metres' | 'seconds';

interface NumberThreshold {
    readonly unit: ThresholdUnit;
    readonly default: number;
    readonly description: string;
}

interface ChoiceThreshold {
    readonly choices: readonly string[];
    readonly default: string;
    readonly description: string;
}

interface RuleSpec {
    /** The key under `stride.rules` in the editor's settings. */
    readonly settingsKey: string;
    /** What the rule checks, for the `enabled` setting's description. */
    readonly checks: string;
    readonly fields: Readonly<Record<string, NumberThreshold | ChoiceThreshold>>;
    /** A plan's `limit <rule> ...` line: the fields each value sets, in order; an example of the values, and what they are. */
    readonly limit: { readonly sets: ReadonlyArray<readonly string[]>; readonly example: string; readonly says: string };
}

export const RULE_SPECS = {
    'weekly-distance': {
        settingsKey: 'weeklyDistance',
        checks: 'weekly running distance up on the week before',
        fields: {
            note: { unit: 'percent', default: 10, description: 'A note when a week runs more than this many percent further than the week before (the 10% rule).' },
            warning: { unit: 'percent', default: 30, description: 'A warning when a week runs more than this many percent further than the week before (Nielsen et al. 2014).' },
        },
        limit: { sets: [['note'], ['warning']], example: '15% 40%', says: 'the note and warning percentages' },
    },
    acwr: {
        settingsKey: 'acwr',
        checks: 'the acute:chronic workload ratio (EWMA, 7 and 28 days) of daily session load',
        fields: {
            note: { unit: 'ratio', default: 1.3, description: 'A note when the acute:chronic workload ratio goes above this.' },
            warning: { unit: 'ratio', default: 1.5, description: 'A warning when the acute:chronic workload ratio goes above this (Gabbett 2016).' },
            form: {
                choices: ['coupled', 'uncoupled'], default: 'coupled',
                description: "'coupled': chronic load includes the last 7 days (Williams et al. 2017); 'uncoupled': chronic load as it stood before them (Lolli et al. 2019).",
            },
        },
        limit: { sets: [['note'], ['warning']], example: '1.4 1.6', says: 'the note and warning ratios' },
    },
    monotony: {
        settingsKey: 'monotony',
        checks: "training monotony, a week's mean daily load over its standard deviation, with its strain",
        fields: {
            warning: {
                unit: 'ratio', default: 2,
                description: "A note when a week's monotony goes above this, and a warning when its strain rises too (Foster 1998).",
            },
            strainRise: {
                unit: 'percent', default: 20,
                description: "A monotonous week is a warning when its strain is more than this many percent above the mean of the four weeks before it.",
            },
        },
        limit: { sets: [['warning'], ['strainRise']], example: '2.5 30%', says: 'the monotony and the rise in strain' },
    },
    'foot-contacts': {
        settingsKey: 'footContacts',
        checks: 'plyometric foot contacts in one session',
        fields: {
            beginner: { unit: 'count', default: 100, description: 'Most foot contacts in one session for a beginner (Chu: 80-100).' },
            intermediate: { unit: 'count', default: 120, description: 'Most foot contacts in one session for an intermediate athlete, and for a plan with no athlete level (Chu: 100-120).' },
            advanced: { unit: 'count', default: 140, description: 'Most foot contacts in one session for an advanced athlete (Chu: 120-140).' },
        },
        limit: { sets: [['beginner', 'intermediate', 'advanced']], example: '90', says: 'the most foot contacts in a session' },
    },
    'sprint-rest': {
        settingsKey: 'sprintRest',
        checks: 'rest between sprints at 90% of max speed or more',
        fields: {
            secondsPer10m: { unit: 'seconds', default: 60, description: 'Least rest between sprints at 90% or more, in seconds per 10 m sprinted.' },
        },
        limit: { sets: [['secondsPer10m']], example: '45s', says: 'the least rest per 10 m sprinted' },
    },
    'sprint-metres': {
        settingsKey: 'sprintMetres',
        checks: 'metres sprinted at 90% of max speed or more in one session',
        fields: {
            warning: { unit: 'metres', default: 600, description: 'A warning when a session sprints more metres than this at 90% of max speed or more.' },
        },
        limit: { sets: [['warning']], example: '500m', says: 'the most metres sprinted in a session' },
    },
    'hard-days-in-a-row': {
        settingsKey: 'hardDaysInARow',
        checks: 'hard days back to back',
        fields: {
            max: { unit: 'count', default: 1, description: 'Most hard days in a row (the hard/easy principle: 1).' },
        },
        limit: { sets: [['max']], example: '2', says: 'the most hard days in a row' },
    },
    'hard-days-per-week': {
        settingsKey: 'hardDaysPerWeek',
        checks: 'hard days in one week',
        fields: {
            max: { unit: 'count', default: 3, description: 'Most hard days in one week.' },
        },
        limit: { sets: [['max']], example: '4', says: 'the most hard days in a week' },
    },
    'days-without-rest': {
        settingsKey: 'daysWithoutRest',
        checks: 'days in a row with no rest day',
        fields: {
            max: { unit: 'count', default: 6, description: 'Most days in a row without a rest day; a note past it.' },
        },
        limit: { sets: [['max']], example: '9', says: 'the most days in a row without rest' },
    },
    'threshold-share': {
        settingsKey: 'thresholdShare',
        checks: "the share of a week's running time at or above threshold",
        fields: {
            note: { unit: 'percent', default: 20, description: "A note when more than this many percent of a week's running time is at or above threshold (the 80/20 distribution)." },
        },
        limit: { sets: [['note']], example: '25%', says: 'the note percentage' },
    },
    'circuit-rounds': {
        settingsKey: 'circuitRounds',
        checks: 'how fast a circuit adds rounds from one week to the next',
        fields: {
            maxIncrease: { unit: 'count', default: 1, description: 'Most rounds a circuit may add from one week to the next.' },
        },
        limit: { sets: [['maxIncrease']], example: '2', says: 'the most rounds added in a week' },
    },
} as const satisfies Readonly<Record<string, RuleSpec>>;

export type RuleId = keyof typeof RULE_SPECS;

export const RULE_IDS = Object.keys(RULE_SPECS) as RuleId[];

export function isRuleId(name: string): name is RuleId {
    return Object.hasOwn(RULE_SPECS, name);
}

type FieldValue<F> = F extends { readonly choices: ReadonlyArray<infer C> } ? C : number;

type FieldsOf<R extends RuleId> = (typeof RULE_SPECS)[R]['fields'];

/** Every rule's thresholds, and whether it runs at all. */
export type RuleThresholds = {
    readonly [R in RuleId]: { readonly enabled: boolean } & { readonly [K in keyof FieldsOf<R>]: FieldValue<FieldsOf<R>[K]> };
};

type Values = Record<string, number | string | boolean>;

function specOf(rule: RuleId): RuleSpec {
    return RULE_SPECS[rule];
}

export const DEFAULT_THRESHOLDS: RuleThresholds = Object.fromEntries(RULE_IDS.map(rule => [
    rule,
    { enabled: true, ...Object.fromEntries(Object.entries(specOf(rule).fields).map(([key, field]) => [key, field.default])) },
])) as unknown as RuleThresholds;

function isChoice(field: NumberThreshold | ChoiceThreshold): field is ChoiceThreshold {
    return 'choices' in field;
}

function withValues(thresholds: RuleThresholds, rule: RuleId, values: Values): RuleThresholds {
    return { ...thresholds, [rule]: { ...thresholds[rule], ...values } };
}

/**
 * The editor's `stride.rules` settings over the given thresholds. A setting of the wrong
 * type or out of range is passed over, so a typo in settings.json never stops the rules.
 */
export function thresholdsFromSettings(settings: unknown, base: RuleThresholds = DEFAULT_THRESHOLDS): RuleThresholds {
    if (typeof settings !== 'object' || settings === null) {
        return base;
    }
    let thresholds = base;
    for (const rule of RULE_IDS) {
        const spec = specOf(rule);
        const given: unknown = (settings as Record<string, unknown>)[spec.settingsKey];
        if (typeof given !== 'object' || given === null) continue;
        const values: Values = {};
        for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
            const field: NumberThreshold | ChoiceThreshold | undefined = spec.fields[key];
            if (key === 'enabled' ? typeof value === 'boolean' : field !== undefined && fits(field, value)) {
                values[key] = value as Values[string];
            }
        }
        thresholds = withValues(thresholds, rule, values);
    }
    return thresholds;
}

function fits(field: NumberThreshold | ChoiceThreshold, value: unknown): boolean {
    return isChoice(field) ? typeof value === 'string' && field.choices.includes(value) : isValidNumber(value, field.unit);
}

function isValidNumber(value: unknown, unit: ThresholdUnit): value is number {
    return typeof value === 'number' && Number.isFinite(value) && (unit === 'count' ? Number.isInteger(value) && value >= 0 : value > 0);
}

/** A plan's `limit` line as plain data: `limit sprint-metres 500m` is sprint-metres, [500 m]. */
export interface PlanLimit {
    readonly rule: string;
    readonly values: ReadonlyArray<{ readonly value: number; readonly unit: string | null }>;
}

/** What is wrong with a `limit` line: `value` is the index of the value at fault, or null for the line as a whole. */
export interface LimitProblem {
    readonly value: number | null;
    readonly message: string;
}

const UNIT_WORDS: Readonly<Record<ThresholdUnit, string>> = {
    percent: 'a percentage above zero',
    ratio: 'a plain number above zero',
    count: 'a whole number',
    metres: 'a distance above zero',
    seconds: 'a time above zero',
};

/** The value in the threshold's own unit (percent, ratio, count, metres, seconds), or null when written in the wrong one. */
function limitValue(unit: ThresholdUnit, written: PlanLimit['values'][number]): number | null {
    const { value, unit: writtenUnit } = written;
    let converted: number | null;
    switch (unit) {
        case 'percent': converted = writtenUnit === '%' ? value : null; break;
        case 'ratio':
        case 'count': converted = writtenUnit === null ? value : null; break;
        case 'metres': converted = writtenUnit !== null && writtenUnit in METRES_PER_UNIT ? value * METRES_PER_UNIT[writtenUnit] : null; break;
        case 'seconds': converted = writtenUnit !== null && writtenUnit in SECONDS_PER_UNIT ? value * SECONDS_PER_UNIT[writtenUnit] : null; break;
    }
    return converted !== null && isValidNumber(converted, unit) ? converted : null;
}

function limitFieldOf(rule: RuleId, index: number): NumberThreshold {
    return specOf(rule).fields[specOf(rule).limit.sets[index][0]] as NumberThreshold;
}

/** How a rule's `limit` line is written, with what its values are: `limit acwr 1.4 1.6 (the note and warning ratios)`. */
export function limitUsage(rule: RuleId): string {
    const { example, says } = specOf(rule).limit;
    return `limit ${rule} ${example} (${says})`;
}

/** Whatever keeps a known rule's `limit` line from meaning a threshold: too many values, a value in the wrong unit, a note above a warning. */
export function limitProblems(rule: RuleId, values: PlanLimit['values']): LimitProblem[] {
    const count = specOf(rule).limit.sets.length;
    const problems: LimitProblem[] = values.flatMap((written, index) => {
        if (index >= count) {
            return [{ value: index, message: `${rule} takes ${count === 1 ? 'one value' : `${count} values`}: ${limitUsage(rule)}` }];
        }
        const { unit } = limitFieldOf(rule, index);
        return limitValue(unit, written) === null
            ? [{ value: index, message: `${rule} takes ${UNIT_WORDS[unit]}: ${limitUsage(rule)}` }]
            : [];
    });
    if (problems.length === 0) {
        const merged = applyPlanLimits(DEFAULT_THRESHOLDS, [{ rule, values }])[rule] as unknown as Values;
        if (typeof merged.note === 'number' && typeof merged.warning === 'number' && merged.note > merged.warning) {
            const percent = limitFieldOf(rule, 0).unit === 'percent' ? '%' : '';
            problems.push({
                value: null,
                message: `the note limit of ${rule} is above its warning limit (${merged.note}${percent} over ${merged.warning}${percent}): ${limitUsage(rule)}`,
            });
        }
    }
    return problems;
}

/** The plan's own `limit` lines over the given thresholds; a later line for the same rule wins, and wrong values are passed over. */
export function applyPlanLimits(base: RuleThresholds, limits: readonly PlanLimit[]): RuleThresholds {
    let thresholds = base;
    for (const limit of limits) {
        if (!isRuleId(limit.rule)) continue;
        const rule = limit.rule;
        const values: Values = {};
        limit.values.forEach((written, index) => {
            const keys = specOf(rule).limit.sets[index];
            const value = keys ? limitValue(limitFieldOf(rule, index).unit, written) : null;
            if (keys && value !== null) {
                for (const key of keys) values[key] = value;
            }
        });
        thresholds = withValues(thresholds, rule, values);
    }
    return thresholds;
}

/** One editor setting, as the extension's package.json contributes it and docs/rules.md lists it. */
export interface SettingDescriptor {
    readonly key: string;
    readonly type: 'boolean' | 'number' | 'integer' | 'string';
    readonly default: number | string | boolean;
    readonly description: string;
    readonly enum?: readonly string[];
}

/** Every `stride.rules.*` setting. */
export function ruleSettings(): SettingDescriptor[] {
    return RULE_IDS.flatMap(rule => {
        const spec = specOf(rule);
        const prefix = `stride.rules.${spec.settingsKey}`;
        const enabled: SettingDescriptor = {
            key: `${prefix}.enabled`, type: 'boolean', default: true, description: `Check ${spec.checks} (rule ${rule}).`,
        };
        const fields = Object.entries(spec.fields).map(([key, field]): SettingDescriptor => isChoice(field)
            ? { key: `${prefix}.${key}`, type: 'string', default: field.default, description: field.description, enum: field.choices }
            : { key: `${prefix}.${key}`, type: field.unit === 'count' ? 'integer' : 'number', default: field.default, description: field.description });
        return [enabled, ...fields];
    });
}
