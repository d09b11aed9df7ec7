/**
 * Reads a parsed plan file into a PlanSpec: the one place where the AST becomes plain data.
 * It never throws: whatever the parser could not read is left out, and the validator says why.
 * Every spec's `source` comes from `locate`, which registers it in the source map.
 */
import type { AstNode } from 'langium';
import { isValidDate } from '../plan/dates.js';
import type {
    DaySpec, Intensity as PlanIntensity, ItemSpec, PaceSpec, Phase, PlanSpec, RepPhaseSpec, SessionKind, SessionSpec, SourceRange,
    StepSpec, WeekSpec, Weekday,
} from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';
import { BUILTIN_DRILLS } from '../drills/index.js';
import {
    amountsOf, distanceMetres, durationSeconds, isReadableAmount, mainSteps, massKg, paceSecondsPerKm, positiveWhole, rpeValue, speedOf,
    stepAmounts, stepEffort, stepTempos, tempoSeconds, weekNumber, writtenNumber, type StepAmounts,
} from './ast-values.js';
import { drillOf, stepDrill } from './drill-defs.js';
import {
    isAthleteSetting, isGroup, isLoadIntensity, isMaxIntensity, isMaxSpeedSetting, isNote, isOneRepMaxSetting, isPaceDef,
    isPaceIntensity, isPaceRefIntensity, isPercentIntensity, isRaceSetting, isRpeIntensity, isStartSetting, isStep,
    isTimezoneSetting, isUnitsSetting, isZoneIntensity,
    type Day, type Intensity, type Item, type PlanFile, type RepPhase, type Rest, type SessionArguments, type SessionDef, type SessionUse,
    type Step, type Week, type WeekBlock,
} from './generated/ast.js';
import { weekHeaderRange } from './source-map.js';

/** The range of a node (or a part of it) as a spec's `source`, registered in the source map. */
export type Locate = (node: AstNode, range?: SourceRange) => SourceRange;

/** The plan header's settings as plain data. */
export function headerSpec(file: PlanFile, locate: Locate): Omit<PlanSpec, 'weeks'> {
    const paces: PaceSpec[] = [];
    const oneRepMaxKg: Record<string, number> = {};
    let start: string | null = null;
    let race: string | null = null;
    let units: PlanSpec['units'] = 'km';
    let athlete: PlanSpec['athlete'] = null;
    let maxSpeed: number | null = null;
    let timezone: string | null = null;
    for (const setting of file.header?.settings ?? []) {
        if (isStartSetting(setting) && setting.date) start = setting.date;
        else if (isRaceSetting(setting) && setting.date) race = setting.date;
        else if (isUnitsSetting(setting) && setting.units) units = setting.units;
        else if (isAthleteSetting(setting) && setting.level) athlete = setting.level;
        else if (isTimezoneSetting(setting) && setting.zone) timezone = setting.zone;
        else if (isMaxSpeedSetting(setting)) maxSpeed = speedOf(setting.value, setting.unit);
        else if (isPaceDef(setting)) {
            const secondsPerKm = paceSecondsPerKm(setting.value);
            if (setting.name && secondsPerKm !== null) paces.push({ name: setting.name, secondsPerKm });
        } else if (isOneRepMaxSetting(setting)) {
            const drill = setting.drill?.ref;
            const kg = massKg(setting.value, setting.unit);
            if (drill && kg !== null) oneRepMaxKg[drillOf(drill).id] = kg;
        }
    }
    return {
        name: file.header?.name ?? '',
        start: start !== null && isValidDate(start) ? start : null,
        race: race !== null && isValidDate(race) ? race : null,
        units,
        athlete,
        paces,
        maxSpeed,
        oneRepMaxKg,
        timezone,
        source: file.header ? locate(file.header) : null,
    };
}

/** `week 3 { ... }` or `week 3 = week 2 +5%`: one week, or none when its number is not one a plan may use. */
export function weekSpecsOf(week: Week, locate: Locate): WeekSpec[] {
    const number = weekNumber(week.name);
    if (number === null) {
        return [];
    }
    const base = week.base ? weekNumber(week.base.$refText) : null;
    return [{
        number,
        title: week.title ?? null,
        days: week.base ? null : week.days.map(day => daySpecOf(day, locate)),
        derivedFrom: base === null ? null : { week: base, changePercent: volumeChange(week.change), roundChange: roundChange(week.roundChange), times: 1 },
        source: locate(week, weekHeaderRange(week)),
    }];
}

/** `weeks 5-8 = weeks 1-4 +5%`: week 5 from week 1 at +5%, ..., and a longer target repeats the source, once more changed each time. */
export function blockWeekSpecs(block: WeekBlock, locate: Locate): WeekSpec[] {
    const [first, last] = [weekNumber(block.first), weekNumber(block.last)];
    const [from, to] = [weekNumber(block.from?.$refText), weekNumber(block.to?.$refText)];
    if (first === null || last === null || from === null || to === null || last < first || to < from) {
        return [];
    }
    const length = to - from + 1;
    const header = weekHeaderRange(block);
    const weeks: WeekSpec[] = [];
    for (let index = 0; index <= last - first; index++) {
        weeks.push({
            number: first + index,
            title: block.title ?? null,
            days: null,
            derivedFrom: {
                week: from + (index % length), changePercent: volumeChange(block.change), roundChange: roundChange(block.roundChange),
                times: Math.floor(index / length) + 1,
            },
            source: locate(block, header),
        });
    }
    return weeks;
}

/** `+5%` is 5; a change the validator rejects (losing all of the week or more) is no change. */
function volumeChange(change: Week['change']): number {
    const value = writtenNumber(change?.value);
    if (!change || value === null) {
        return 0;
    }
    const signed = change.sign === '-' ? -value : value;
    return signed > -100 ? signed : 0;
}

/** `+1 round` is 1, `-1 round` is -1. */
function roundChange(change: Week['roundChange']): number {
    const value = positiveWhole(change?.value);
    return !change || value === null ? 0 : change.sign === '-' ? -value : value;
}

function daySpecOf(day: Day, locate: Locate): DaySpec {
    return {
        weekday: (day.weekday as Weekday | undefined) ?? null,
        // An impossible date (`2027-02-30`) is the validator's error; the Plan holds real dates only.
        date: day.date !== undefined && isValidDate(day.date) ? day.date : null,
        rest: day.rest,
        note: day.note ?? null,
        sessions: day.sessions.map(use => sessionSpecOf(use, locate)).filter((session): session is SessionSpec => session !== null),
        source: locate(day),
    };
}

function sessionSpecOf(use: SessionUse, locate: Locate): SessionSpec | null {
    const time = use.time ? timeOfDay(use.time) : null;
    if (use.template) {
        const template = use.template.ref;
        if (!template) {
            return null;
        }
        return {
            title: template.title ?? template.name,
            template: template.name,
            kind: (template.kind as SessionKind | undefined) ?? null,
            time,
            items: itemSpecs(template.items, 'main', { locate, ...argumentsOf(use.arguments, template) }),
            source: locate(use),
        };
    }
    return {
        title: use.title ?? null,
        template: null,
        kind: (use.kind as SessionKind | undefined) ?? null,
        time,
        items: itemSpecs(use.items, 'main', { locate }),
        source: locate(use),
    };
}

/** How items are read: where their sources go, and what the use of a named session changes in them. */
interface ItemReading {
    readonly locate: Locate;
    /** `tue circuit 3 rounds`: the rounds of every circuit. */
    readonly rounds?: number;
    /** `tue strides 8 x 100m`: the numbers of the session's one main step. */
    readonly mainStep?: { readonly step: Step; readonly amounts: StepAmounts };
}

/** What a use gives its named session: rounds, or the numbers of its main step when it has exactly one (else the validator says why). */
function argumentsOf(args: SessionArguments | undefined, template: SessionDef): Omit<ItemReading, 'locate'> {
    if (!args) {
        return {};
    }
    if (args.rounds !== undefined) {
        const rounds = positiveWhole(args.rounds);
        return rounds === null ? {} : { rounds };
    }
    const main = mainSteps(template.items);
    return main.length === 1 && args.factors.every(isReadableAmount) ? { mainStep: { step: main[0], amounts: amountsOf(args.factors) } } : {};
}

function itemSpecs(items: readonly Item[], phase: Phase, reading: ItemReading): ItemSpec[] {
    return items.map(item => itemSpecOf(item, phase, reading)).filter((item): item is ItemSpec => item !== null);
}

function itemSpecOf(item: Item, inherited: Phase, reading: ItemReading): ItemSpec | null {
    const { locate } = reading;
    if (isNote(item)) {
        return { type: 'note', text: item.text ?? '', source: locate(item) };
    }
    const phase: Phase = item.phase ?? inherited;
    if (isGroup(item)) {
        const written = item.repeat === undefined ? 1 : positiveWhole(item.repeat) ?? 0;
        return {
            type: 'group',
            phase,
            rounds: item.rounds && reading.rounds !== undefined ? reading.rounds : written,
            circuit: item.rounds,
            durationS: item.duration ? durationSeconds(item.duration) : null,
            ...restOf(item.rest),
            items: itemSpecs(item.items, phase, reading),
            note: item.note ?? null,
            source: locate(item),
        };
    }
    return isStep(item) ? stepSpecOf(item, phase, reading) : null;
}

/** `rest 90s`, `rest 200m jog`, `rest 90s walk`: the time as written, and what the rest is run as. */
function restOf(rest: Rest | undefined): Pick<StepSpec, 'restS' | 'recovery'> {
    if (!rest) {
        return { restS: null, recovery: null };
    }
    const restS = rest.value ? durationSeconds(rest.value) : null;
    const activity = rest.activity?.ref ? drillOf(rest.activity.ref) : rest.distance ? BUILTIN_DRILLS.get('jog')! : null;
    if (!activity) {
        return { restS, recovery: null };
    }
    return { restS, recovery: { drill: activity, distanceM: rest.distance ? distanceMetres(rest.distance) : null } };
}

/** A step whose drill is unknown or whose numbers (or phases) cannot be read is left out: its figures would be a guess, and the error says so. */
function stepSpecOf(step: Step, phase: Phase, reading: ItemReading): ItemSpec | null {
    const drill = stepDrill(step);
    const effort = stepEffort(step);
    const intensity = effort ? intensityOf(effort) : null;
    const phases = step.phases.length > 0 ? step.phases.map(phase => repPhaseOf(phase, intensity)) : null;
    if (!drill || !step.factors.every(isReadableAmount) || phases?.includes(null)) {
        return null;
    }
    const amounts = reading.mainStep?.step === step ? reading.mainStep.amounts : stepAmounts(step);
    return {
        type: 'step',
        phase,
        drill,
        sets: amounts.sets,
        reps: amounts.reps,
        repDistanceM: phases ? null : amounts.repDistanceM,
        repDurationS: phases ? null : amounts.repDurationS,
        eachSide: step.sides.length > 0,
        intensity,
        ...restOf(step.rests[0]),
        targetS: step.targets[0]?.value ? durationSeconds(step.targets[0].value) : null,
        phases: phases?.filter(phase => phase !== null) ?? null,
        tempo: tempoSeconds(stepTempos(step)[0]?.tempo),
        note: step.note ?? null,
        source: reading.locate(step),
    };
}

/** `20m @95%`: a phase of a rep, at the step's intensity unless it has its own; null when its amount is not a distance or a time (the validator's error). */
function repPhaseOf(phase: RepPhase, stepIntensity: PlanIntensity | null): RepPhaseSpec | null {
    const amounts = phase.amount && isReadableAmount(phase.amount) ? amountsOf([phase.amount]) : null;
    if (!amounts || (amounts.repDistanceM === null && amounts.repDurationS === null)) {
        return null;
    }
    return {
        distanceM: amounts.repDistanceM,
        durationS: amounts.repDurationS,
        intensity: phase.intensity ? intensityOf(phase.intensity) : phase.target ? null : stepIntensity,
        targetS: phase.target?.value ? durationSeconds(phase.target.value) : null,
    };
}

function intensityOf(intensity: Intensity): PlanIntensity | null {
    if (isPaceRefIntensity(intensity)) {
        const pace = intensity.pace?.ref;
        const secondsPerKm = pace ? paceSecondsPerKm(pace.value) : null;
        return pace && secondsPerKm !== null ? { type: 'pace', name: pace.name, secondsPerKm } : null;
    }
    if (isPaceIntensity(intensity)) {
        const secondsPerKm = paceSecondsPerKm(intensity.pace);
        return secondsPerKm === null ? null : { type: 'pace', name: null, secondsPerKm };
    }
    if (isPercentIntensity(intensity)) return writtenNumber(intensity.value) !== null ? { type: 'percent', percent: intensity.value } : null;
    if (isLoadIntensity(intensity)) {
        const kg = massKg(intensity.value, intensity.unit);
        return kg === null ? null : { type: 'load', kg };
    }
    if (isRpeIntensity(intensity)) {
        const rpe = rpeValue(intensity.rpe);
        return rpe === null ? null : { type: 'rpe', rpe };
    }
    if (isZoneIntensity(intensity)) return { type: 'zone', zone: Number(intensity.zone.slice(1)) };
    if (isMaxIntensity(intensity)) return { type: 'max' };
    return null;
}
