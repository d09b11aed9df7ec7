/**
 * Reads a parsed plan file into a PlanSpec: the one place where the AST becomes plain data.
 * It never throws: whatever the parser could not read is left out, and the validator says why.
 */
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { BUILTIN_DRILLS, KIND_DEFAULTS, defaultDrillFor, type Drill, type DrillKind, type Measure } from '../drills/index.js';
import { isValidDate } from '../plan/dates.js';
import { MAX_WEEKS } from '../plan/model.js';
import type {
    DaySpec, Intensity as PlanIntensity, ItemSpec, PaceSpec, Phase, PlanSpec, SessionKind, SessionSpec, SourceRange,
    WeekSpec, Weekday,
} from '../plan/model.js';
import { KG_PER_UNIT, METRES_PER_SECOND_PER_UNIT, METRES_PER_UNIT, SECONDS_PER_UNIT, clockSeconds, timeOfDay } from '../plan/units.js';
import {
    isAboutProp, isAliasProp, isAthleteSetting, isBuildUpProp, isContactsProp, isGroup, isLoadIntensity, isMaxIntensity,
    isMaxSpeedSetting, isMeasuresProp, isNote, isOneRepMaxSetting, isPaceDef, isPaceIntensity, isPaceRefIntensity,
    isPercentIntensity, isRaceSetting, isRepTimeProp, isRestProp, isRpeIntensity, isSpeedProp, isStartSetting, isStep,
    isSessionDef, isSessionUse, isTierProp, isTimezoneSetting, isUnilateralProp, isUnitsSetting, isZoneIntensity,
    type Amount, type Day, type DrillDef, type Duration, type Intensity, type Item, type Pace, type PlanFile,
    type SessionDef, type SessionUse, type Step, type Week, type WeekBlock,
} from './generated/ast.js';
import { isBuiltinDocument } from './builtin-drills.js';

/** The plan as plain data; `reader` keeps the weeks read from the previous parse of the same document. */
export function planSpecOf(file: PlanFile, reader = new WeekSpecReader()): PlanSpec {
    const settings = file.header?.settings ?? [];
    const paces: PaceSpec[] = [];
    const oneRepMaxKg: Record<string, number> = {};
    let start: string | null = null;
    let race: string | null = null;
    let units: PlanSpec['units'] = 'km';
    let athlete: PlanSpec['athlete'] = null;
    let maxSpeed: number | null = null;
    let timezone: string | null = null;
    for (const setting of settings) {
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
        weeks: reader.weekSpecs(file),
        source: file.header ? rangeOf(file.header) : null,
    };
}

/**
 * Reads weeks and blocks of weeks, and hands out the very WeekSpecs of the previous parse for a
 * declaration whose text and place did not change, so that the Plan reuses what it built from
 * them (WeekCache). What a week reads also depends on the header, the drills and the named
 * sessions, and on where they are (ranges point into them): when any of that changes, every
 * week is read again. Meant for linked parses only: before linking, a named session reads as nothing.
 */
export class WeekSpecReader {
    private context = '';
    /** The specs of each declaration of the last parse, by its placed text. */
    private byDeclaration = new Map<string, readonly WeekSpec[]>();

    weekSpecs(file: PlanFile): WeekSpec[] {
        const context = [file.header, ...file.drills, ...file.templates].map(placedText).join('\n');
        const previous = context === this.context ? this.byDeclaration : new Map<string, readonly WeekSpec[]>();
        const current = new Map<string, readonly WeekSpec[]>();
        const specsOf = <T extends Week | WeekBlock>(declaration: T, read: (declaration: T) => WeekSpec[]): readonly WeekSpec[] => {
            const key = placedText(declaration);
            const specs = previous.get(key) ?? read(declaration);
            current.set(key, specs);
            return specs;
        };
        const weeks = [...file.weeks.flatMap(week => specsOf(week, weekSpecOf)), ...file.blocks.flatMap(block => specsOf(block, blockWeekSpecs))];
        this.context = context;
        this.byDeclaration = current;
        return weeks;
    }
}

/** A node's text and where it starts: two declarations never share both. */
function placedText(node: AstNode | undefined): string {
    const cst = node?.$cstNode;
    return cst ? `${cst.range.start.line}:${cst.range.start.character} ${cst.text}` : '';
}

export function rangeOf(node: AstNode): SourceRange {
    const range = node.$cstNode?.range;
    return range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** The week header: `week 3 "Build"` up to its `{` or `=`. */
export function weekHeaderRange(node: Week | WeekBlock): SourceRange {
    const full = rangeOf(node);
    const keyword = GrammarUtils.findNodeForKeyword(node.$cstNode, '{') ?? GrammarUtils.findNodeForKeyword(node.$cstNode, '=');
    return keyword ? { start: full.start, end: keyword.range.start } : full;
}

/** The largest number a plan may write: a million (1000 km in metres, eleven days in seconds). The validator reports a larger one. */
export const LARGEST_NUMBER = 1_000_000;

/** The slowest speed a plan may set, in m/s; a crawl is about 0.5. Slower speeds would time a 100 m rep in days. */
export const SLOWEST_SPEED = 0.1;

/** A number as written; null when it is larger than a plan may write, so that it never reaches the Plan. */
export function writtenNumber(value: number | undefined): number | null {
    return value !== undefined && Number.isFinite(value) && value <= LARGEST_NUMBER ? value : null;
}

function positiveWhole(value: string | number | undefined): number | null {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 && number <= LARGEST_NUMBER ? number : null;
}

/** A week number a plan may use: 1 to MAX_WEEKS. */
export function weekNumber(value: string | number | undefined): number | null {
    const number = positiveWhole(value);
    return number !== null && number <= MAX_WEEKS ? number : null;
}

function weekSpecOf(week: Week): WeekSpec[] {
    const number = weekNumber(week.name);
    if (number === null) {
        return [];
    }
    const base = week.base ? weekNumber(week.base.$refText) : null;
    return [{
        number,
        title: week.title ?? null,
        days: week.base ? null : week.days.map(daySpecOf),
        derivedFrom: base === null ? null : { week: base, changePercent: volumeChange(week.change), times: 1 },
        source: weekHeaderRange(week),
    }];
}

/** `weeks 5-8 = weeks 1-4 +5%`: week 5 from week 1 at +5%, ..., and a longer target repeats the source, once more changed each time. */
function blockWeekSpecs(block: WeekBlock): WeekSpec[] {
    const [first, last] = [weekNumber(block.first), weekNumber(block.last)];
    const [from, to] = [weekNumber(block.from?.$refText), weekNumber(block.to?.$refText)];
    if (first === null || last === null || from === null || to === null || last < first || to < from) {
        return [];
    }
    const length = to - from + 1;
    const weeks: WeekSpec[] = [];
    for (let index = 0; index <= last - first; index++) {
        weeks.push({
            number: first + index,
            title: block.title ?? null,
            days: null,
            derivedFrom: { week: from + (index % length), changePercent: volumeChange(block.change), times: Math.floor(index / length) + 1 },
            source: weekHeaderRange(block),
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

function daySpecOf(day: Day): DaySpec {
    return {
        weekday: (day.weekday as Weekday | undefined) ?? null,
        // An impossible date (`2027-02-30`) is the validator's error; the Plan holds real dates only.
        date: day.date !== undefined && isValidDate(day.date) ? day.date : null,
        rest: day.rest,
        note: day.note ?? null,
        sessions: day.sessions.map(sessionSpecOf).filter((session): session is SessionSpec => session !== null),
        source: rangeOf(day),
    };
}

function sessionSpecOf(use: SessionUse): SessionSpec | null {
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
            items: itemSpecs(template.items, 'main'),
            source: rangeOf(use),
        };
    }
    return {
        title: use.title ?? null,
        template: null,
        kind: (use.kind as SessionKind | undefined) ?? null,
        time,
        items: itemSpecs(use.items, 'main'),
        source: rangeOf(use),
    };
}

function itemSpecs(items: readonly Item[], phase: Phase): ItemSpec[] {
    return items.map(item => itemSpecOf(item, phase)).filter((item): item is ItemSpec => item !== null);
}

function itemSpecOf(item: Item, inherited: Phase): ItemSpec | null {
    const source = rangeOf(item);
    if (isNote(item)) {
        return { type: 'note', text: item.text ?? '', source };
    }
    const phase: Phase = item.phase ?? inherited;
    if (isGroup(item)) {
        return {
            type: 'group',
            phase,
            rounds: item.repeat === undefined ? 1 : positiveWhole(item.repeat) ?? 0,
            durationS: item.duration ? durationSeconds(item.duration) : null,
            restS: item.rest ? durationSeconds(item.rest) : null,
            items: itemSpecs(item.items, phase),
            note: item.note ?? null,
            source,
        };
    }
    return isStep(item) ? stepSpecOf(item, phase) : null;
}

/** The shape of a step's numbers: `3 x 4 x 30m`, `3 x 8`, `4 x 60m`, `10`, `8km`, or none. */
export interface StepAmounts {
    readonly sets: number;
    readonly reps: number;
    readonly repDistanceM: number | null;
    readonly repDurationS: number | null;
    /** What the last number measures: a distance, a time, a count, or nothing written. */
    readonly measure: Measure | null;
}

export function stepAmounts(step: Step): StepAmounts {
    const factors = step.factors;
    const last = factors[factors.length - 1] as Amount | undefined;
    const counts = factors.slice(0, -1).map(amount => positiveWhole(amount.value) ?? 0);
    const [sets, repsBefore] = counts.length >= 2 ? [counts[0], counts[1]] : counts.length === 1 ? [counts[0], 1] : [1, 1];
    if (!last) {
        return { sets: 1, reps: 1, repDistanceM: null, repDurationS: null, measure: null };
    }
    if (last.clock !== undefined) {
        return { sets, reps: repsBefore, repDistanceM: null, repDurationS: clockSeconds(last.clock), measure: 'time' };
    }
    const unit = last.unit;
    const value = last.value ?? Number.NaN;
    if (unit !== undefined && unit in METRES_PER_UNIT) {
        return { sets, reps: repsBefore, repDistanceM: value * METRES_PER_UNIT[unit], repDurationS: null, measure: 'distance' };
    }
    if (unit !== undefined && unit in SECONDS_PER_UNIT) {
        return { sets, reps: repsBefore, repDistanceM: null, repDurationS: value * SECONDS_PER_UNIT[unit], measure: 'time' };
    }
    // A bare last number counts reps: `3 x 8 lunge` is three sets of eight.
    const count = Number.isFinite(value) ? Math.max(0, value) : 0;
    return counts.length === 0
        ? { sets: 1, reps: count, repDistanceM: null, repDurationS: null, measure: 'reps' }
        : { sets, reps: counts.length >= 2 ? repsBefore * count : count, repDistanceM: null, repDurationS: null, measure: 'reps' };
}

function isReadable(amount: Amount): boolean {
    return amount.clock !== undefined ? clockSeconds(amount.clock) !== null : writtenNumber(amount.value) !== null;
}

/** The drill a step does: the one it names, or what its session implies when it names none. */
export function stepDrill(step: Step): Drill | undefined {
    if (step.drill) {
        return step.drill.ref ? drillOf(step.drill.ref) : undefined;
    }
    const session = AstUtils.getContainerOfType(step, (node): node is SessionUse | SessionDef => isSessionUse(node) || isSessionDef(node));
    return defaultDrillFor(session?.kind ?? null);
}

/** A step whose drill is unknown or whose numbers cannot be read is left out: its figures would be a guess, and the error says so. */
function stepSpecOf(step: Step, phase: Phase): ItemSpec | null {
    const drill = stepDrill(step);
    if (!drill || !step.factors.every(isReadable)) {
        return null;
    }
    const amounts = stepAmounts(step);
    const intensity = step.intensities[0];
    return {
        type: 'step',
        phase,
        drill,
        sets: amounts.sets,
        reps: amounts.reps,
        repDistanceM: amounts.repDistanceM,
        repDurationS: amounts.repDurationS,
        eachSide: step.sides.length > 0,
        intensity: intensity ? intensityOf(intensity) : null,
        restS: step.rests[0]?.value ? durationSeconds(step.rests[0].value) : null,
        note: step.note ?? null,
        source: rangeOf(step),
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

/** `RPE7`, `rpe 7.5`: the number on the CR-10 scale, or null when it is off the scale. */
export function rpeValue(text: string | undefined): number | null {
    const value = Number(/\d+(\.\d+)?/.exec(text ?? '')?.[0]);
    return Number.isFinite(value) && value >= 1 && value <= 10 ? value : null;
}

export function durationSeconds(duration: Duration): number | null {
    if (duration.clock !== undefined) {
        return clockSeconds(duration.clock);
    }
    const perUnit = SECONDS_PER_UNIT[duration.unit ?? ''];
    const value = writtenNumber(duration.value);
    return perUnit !== undefined && value !== null ? value * perUnit : null;
}

/** Seconds per kilometre, or null for an impossible pace (`99:99/km`) or a pace per metre. */
export function paceSecondsPerKm(pace: Pace | undefined): number | null {
    if (!pace?.time || (pace.unit !== 'km' && pace.unit !== 'mi')) {
        return null;
    }
    const seconds = clockSeconds(pace.time);
    if (seconds === null || seconds <= 0) {
        return null;
    }
    return seconds * 1000 / METRES_PER_UNIT[pace.unit];
}

/** A speed in m/s; null when it is not one a plan may set. */
export function speedOf(value: number, unit: string | undefined): number | null {
    const perUnit = METRES_PER_SECOND_PER_UNIT[unit ?? ''];
    const written = writtenNumber(value);
    if (perUnit === undefined || written === null) {
        return null;
    }
    const speed = written * perUnit;
    return speed >= SLOWEST_SPEED ? speed : null;
}

function massKg(value: number, unit: string | undefined): number | null {
    const perUnit = KG_PER_UNIT[unit ?? ''];
    const kg = writtenNumber(value);
    return perUnit !== undefined && kg !== null && kg > 0 ? kg * perUnit : null;
}

/** Each definition's drill, read once: every step that uses a drill asks for it, in the Plan and in several checks. */
const drills = new WeakMap<DrillDef, Drill>();

/** The drill a definition stands for: a built-in's catalogue entry, or a plan's own drill with its kind's defaults. */
export function drillOf(def: DrillDef): Drill {
    let drill = drills.get(def);
    if (!drill) {
        drill = readDrill(def);
        drills.set(def, drill);
    }
    return drill;
}

function readDrill(def: DrillDef): Drill {
    const document = AstUtils.getDocument(def);
    if (isBuiltinDocument(document.uri)) {
        const builtin = BUILTIN_DRILLS.get(def.name);
        if (builtin) {
            return builtin;
        }
    }
    const kind = (def.kind as DrillKind | undefined) ?? 'run';
    let drill: Drill = {
        ...KIND_DEFAULTS[kind],
        id: def.name,
        title: def.title ?? def.name,
        kind,
        description: '',
        aliases: def.props.filter(isAliasProp).flatMap(prop => prop.names),
    };
    for (const prop of def.props) {
        if (isMeasuresProp(prop)) drill = { ...drill, measures: prop.measures as Measure[] };
        else if (isRestProp(prop) && prop.value) drill = { ...drill, restSeconds: durationSeconds(prop.value) ?? drill.restSeconds };
        else if (isRepTimeProp(prop) && prop.value) drill = { ...drill, repSeconds: durationSeconds(prop.value) ?? drill.repSeconds };
        else if (isContactsProp(prop)) drill = { ...drill, contactsPerRep: writtenNumber(prop.value) ?? drill.contactsPerRep };
        else if (isTierProp(prop)) drill = { ...drill, tier: prop.tier };
        else if (isUnilateralProp(prop)) drill = { ...drill, unilateral: true };
        else if (isSpeedProp(prop)) drill = { ...drill, metresPerSecond: speedOf(prop.value, prop.unit) ?? drill.metresPerSecond };
        else if (isBuildUpProp(prop) && prop.value) drill = { ...drill, buildUpMetres: (writtenNumber(prop.value.value) ?? 0) * (METRES_PER_UNIT[prop.value.unit] ?? 1) };
        else if (isAboutProp(prop)) drill = { ...drill, description: prop.text };
    }
    return drill;
}
