import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { BUILTIN_DRILLS, type Drill } from '../drills/index.js';
import { FIRST_DATE, LAST_DATE, daysBetween, isValidDate } from '../plan/dates.js';
import { MAX_SESSIONS, MAX_WEEKS } from '../plan/model.js';
import { clockSeconds, timeOfDay } from '../plan/units.js';
import { planWeek } from '../plan/week-index.js';
import { isBuiltinDocument } from './builtin-drills.js';
import {
    isLoadIntensity, isPaceIntensity, isPaceRefIntensity, isPercentIntensity, isRpeIntensity, isWeekBlock, isZoneIntensity,
    type Amount, type Day, type DrillDef, type Duration, type Group, type MaxSpeedSetting, type OneRepMaxSetting,
    type Pace, type PaceDef, type PlanFile, type RaceSetting, type SessionUse, type SpeedProp, type StartSetting, type Step,
    type StrideAstType, type VolumeChange, type Week, type WeekBlock,
} from './generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import type { PlanProvider } from './plan-provider.js';
import {
    LARGEST_NUMBER, SLOWEST_SPEED, drillOf, durationSeconds, rangeOf, rpeValue, speedOf, stepAmounts, stepDrill,
    weekHeaderRange, writtenNumber,
} from './plan-spec.js';
import type { StrideServices } from './stride-module.js';

export function registerValidationChecks(services: StrideServices): void {
    const validator = services.validation.StrideValidator;
    const checks: ValidationChecks<StrideAstType> = {
        AstNode: validator.checkNumberSize,
        PlanFile: [
            validator.checkHeader, validator.checkUniqueNames, validator.checkUniqueWeeks, validator.checkDerivations, validator.checkWeeksDated,
            validator.checkPlanSize, validator.reportAssumptions,
        ],
        StartSetting: validator.checkSettingDate,
        RaceSetting: validator.checkSettingDate,
        PaceDef: validator.checkPaceDef,
        MaxSpeedSetting: validator.checkMaxSpeed,
        SpeedProp: validator.checkDrillSpeed,
        OneRepMaxSetting: validator.checkOneRepMax,
        DrillDef: validator.checkDrillDef,
        Week: [validator.checkWeekNumber, validator.checkUniqueDays, validator.checkDatesInWeek],
        WeekBlock: validator.checkWeekBlock,
        VolumeChange: validator.checkVolumeChange,
        Day: validator.checkDayDate,
        SessionUse: [validator.checkSessionTime, validator.checkSessionNotEmpty],
        Group: validator.checkGroup,
        Step: [validator.checkStepNumbers, validator.checkStepUnit, validator.checkStepModifiers, validator.checkIntensity],
        Amount: validator.checkAmount,
        Duration: validator.checkDuration,
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

/** The meaning errors of a plan: what cannot be a training plan however it is read. */
export class StrideValidator {
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** A plan file starts with `plan "Name"`; the built-in drill library has none. */
    checkHeader(file: PlanFile, accept: ValidationAcceptor): void {
        if (!file.header && !isBuiltinDocument(AstUtils.getDocument(file).uri)) {
            accept('error', 'a plan starts with its name: plan "My plan"', {
                node: file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code: IssueCodes.MissingHeader,
            });
        }
    }

    /** Drills, named sessions and paces are each named once. */
    checkUniqueNames(file: PlanFile, accept: ValidationAcceptor): void {
        const paces = (file.header?.settings ?? []).filter((setting): setting is PaceDef => setting.$type === 'PaceDef');
        for (const [what, nodes] of [['drill', file.drills], ['session', file.templates], ['pace', paces]] as const) {
            const seen = new Map<string, AstNode>();
            for (const node of nodes) {
                const first = seen.get(node.name);
                if (first) {
                    accept('error', `${what} '${node.name}' is defined twice (first on line ${lineOf(first)})`, {
                        node, property: 'name', code: IssueCodes.DuplicateName,
                    });
                } else if (node.name) {
                    seen.set(node.name, node);
                }
            }
        }
    }

    /** Each week number is used once, counting the weeks a `weeks A-B` block makes. */
    checkUniqueWeeks(file: PlanFile, accept: ValidationAcceptor): void {
        const seen = new Map<number, Week | WeekBlock>();
        const declarations = [...file.weeks, ...file.blocks].sort((a, b) => offsetOf(a) - offsetOf(b));
        for (const declaration of declarations) {
            for (const number of weekNumbersOf(declaration)) {
                const first = seen.get(number);
                if (first) {
                    accept('error', `week ${number} is defined twice (first on line ${lineOf(first)})`, {
                        node: declaration, range: weekHeaderRange(declaration), code: IssueCodes.DuplicateWeek,
                    });
                    break;
                }
                seen.set(number, declaration);
            }
        }
    }

    /** A derived week comes, through any chain of derivations, from a week written out in days. */
    checkDerivations(file: PlanFile, accept: ValidationAcceptor): void {
        const baseOf = new Map<number, number>();
        for (const week of file.weeks) {
            const base = Number(week.base?.$refText);
            if (week.base && Number.isInteger(base)) baseOf.set(Number(week.name), base);
        }
        for (const block of file.blocks) {
            const [from, to] = [Number(block.from?.$refText), Number(block.to?.$refText)];
            if (Number.isInteger(from) && Number.isInteger(to) && to >= from) {
                weekNumbersOf(block).forEach((week, index) => baseOf.set(week, from + (index % (to - from + 1))));
            }
        }
        const cycles = derivationCycles(baseOf);
        const report = (node: Week | WeekBlock, number: number) => {
            const place = cycles.get(number);
            if (!place) return;
            const { cycle, at } = place;
            const others = cycle.length - 1;
            const through = Array.from({ length: Math.min(others, LISTED_WEEKS) }, (_, step) => `week ${cycle[(at + 1 + step) % cycle.length]}`).join(', ')
                + (others > LISTED_WEEKS ? ` and ${others - LISTED_WEEKS} more weeks` : '');
            const message = others === 0 ? `week ${number} derives from itself` : `week ${number} derives from itself through ${through}`;
            accept('error', message, { node, range: weekHeaderRange(node), code: IssueCodes.DerivedCycle });
        };
        for (const week of file.weeks) {
            if (week.base) report(week, Number(week.name));
        }
        for (const block of file.blocks) {
            const looping = weekNumbersOf(block).find(number => cycles.has(number));
            if (looping !== undefined) report(block, looping);
        }
    }

    /** A number is at most LARGEST_NUMBER: anything larger means nothing in a training plan, and does not reach the Plan. */
    checkNumberSize(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of Object.keys(node)) {
            const value: unknown = (node as unknown as Record<string, unknown>)[property];
            if (typeof value === 'number' && !property.startsWith('$') && writtenNumber(value) === null) {
                accept('error', `${writtenText(node, property)} is too large: a number in a plan is at most ${LARGEST_NUMBER}`, {
                    node, property, code: IssueCodes.BadNumber,
                });
            }
        }
    }

    /** A dated plan's weeks fall between FIRST_DATE and LAST_DATE. */
    checkWeeksDated(file: PlanFile, accept: ValidationAcceptor): void {
        const plan = this.plans.planOf(AstUtils.getDocument(file));
        const undated = plan.weeks.find(week => week.endDate === null);
        if ((plan.start === null && plan.race === null) || !undated) return;
        // Weeks count forwards from a start date, and backwards from a race.
        const message = undated.startDate === null && plan.start === null
            ? `week ${undated.number} would start before ${FIRST_DATE}, the first date a plan can use`
            : `week ${undated.number} would end after ${LAST_DATE}, the last date a plan can use`;
        accept('error', message, { node: file, range: undated.source, code: IssueCodes.ImpossibleDate });
    }

    /** A plan holds at most MAX_SESSIONS sessions; the week that would pass that, and those after it, are left out of the Plan. */
    checkPlanSize(file: PlanFile, accept: ValidationAcceptor): void {
        const { leftOut } = this.plans.planOf(AstUtils.getDocument(file));
        if (!leftOut) return;
        accept('error', `week ${leftOut.week} would make the plan hold more than ${MAX_SESSIONS.toLocaleString('en-US')} sessions, the most a plan can: `
            + `it and the weeks after it are left out`, { node: file, range: leftOut.source, code: IssueCodes.TooManySessions });
    }

    /** Defaults the estimates had to assume are said on the plan header, so nothing is guessed silently. */
    reportAssumptions(file: PlanFile, accept: ValidationAcceptor): void {
        if (!file.header) return;
        for (const assumption of this.plans.planOf(AstUtils.getDocument(file)).assumptions) {
            accept('info', assumption.message, { node: file.header, keyword: 'plan', code: IssueCodes.AssumedDefault });
        }
    }

    /** `start` and `race` take a real calendar date, and only one of them counts. */
    checkSettingDate(setting: StartSetting | RaceSetting, accept: ValidationAcceptor): void {
        if (setting.date && !isValidDate(setting.date)) {
            accept('error', dateProblem(setting.date), { node: setting, property: 'date', code: IssueCodes.ImpossibleDate });
        }
        const settings = setting.$container.settings;
        if (setting.$type === 'RaceSetting' && settings.some(other => other.$type === 'StartSetting')) {
            accept('warning', 'the plan has a start date and a race date: weeks are dated from the start', {
                node: setting, keyword: 'race', code: IssueCodes.StartAndRace,
            });
        }
    }

    /** A named pace is minutes and seconds per km or per mile. */
    checkPaceDef(pace: PaceDef, accept: ValidationAcceptor): void {
        checkPace(pace.value, pace, accept);
    }

    /** Max speed is above zero and humanly possible. */
    checkMaxSpeed(setting: MaxSpeedSetting, accept: ValidationAcceptor): void {
        if (!(setting.value > 0)) {
            accept('error', 'max speed must be above zero', { node: setting, property: 'value', code: IssueCodes.BadNumber });
        } else if (setting.unit === 'm/s' && setting.value > 12.5 && writtenNumber(setting.value) !== null) {
            accept('warning', `${setting.value} m/s is faster than anyone has run`, { node: setting, property: 'value', code: IssueCodes.BadNumber });
        } else {
            checkSlowSpeed(setting, accept);
        }
    }

    /** A drill's own speed is above zero and fast enough to time a rep. */
    checkDrillSpeed(prop: SpeedProp, accept: ValidationAcceptor): void {
        if (!(prop.value > 0)) {
            accept('error', 'a speed must be above zero', { node: prop, property: 'value', code: IssueCodes.BadNumber });
        } else {
            checkSlowSpeed(prop, accept);
        }
    }

    /** A 1RM is a positive load for a lift. */
    checkOneRepMax(setting: OneRepMaxSetting, accept: ValidationAcceptor): void {
        if (!(setting.value > 0)) {
            accept('error', 'a 1RM must be above zero', { node: setting, property: 'value', code: IssueCodes.BadNumber });
        }
        const drill = setting.drill?.ref;
        if (drill && drillOf(drill).kind !== 'strength') {
            accept('error', `${drill.name} is not a lift: a 1RM belongs to a strength drill`, {
                node: setting, property: 'drill', code: IssueCodes.IntensityMismatch,
            });
        }
    }

    /** A plan's own drill does not hide a built-in one by accident. */
    checkDrillDef(drill: DrillDef, accept: ValidationAcceptor): void {
        if (isBuiltinDocument(AstUtils.getDocument(drill).uri)) return;
        const builtin = BUILTIN_DRILLS.get(drill.name);
        if (builtin) {
            accept('warning', `this drill hides the built-in drill '${builtin.id}' (${builtin.title})`, {
                node: drill, property: 'name', code: IssueCodes.ShadowsBuiltin,
            });
        }
    }

    /** Week numbers are whole numbers from 1 to MAX_WEEKS. */
    checkWeekNumber(week: Week, accept: ValidationAcceptor): void {
        if (week.name === undefined) {
            return; // the parser says what is missing
        }
        const number = Number(week.name);
        if (!Number.isInteger(number) || number < 1) {
            accept('error', `week numbers start at 1: '${writtenText(week, 'name')}' is not one`, { node: week, property: 'name', code: IssueCodes.BadNumber });
        } else if (number > MAX_WEEKS) {
            accept('error', `week numbers run from 1 to ${MAX_WEEKS}, fifty years: not ${writtenText(week, 'name')}`, { node: week, property: 'name', code: IssueCodes.BadNumber });
        }
    }

    /** A derived week keeps some of what it copies. */
    checkVolumeChange(change: VolumeChange, accept: ValidationAcceptor): void {
        if (change.sign === '-' && change.value >= 100 && writtenNumber(change.value) !== null) {
            accept('error', `a week cannot lose ${change.value}% of its volume`, { node: change, code: IssueCodes.BadNumber });
        }
    }

    /** A day appears once in a week; two sessions on a day are joined with `and`. */
    checkUniqueDays(week: Week, accept: ValidationAcceptor): void {
        // In a dated week `mon` and the Monday's date are the same day.
        const planDays = planWeek(this.plans.planOf(AstUtils.getDocument(week)), Number(week.name))?.days;
        const seen = new Map<string, Day>();
        week.days.forEach((day, index) => {
            const written = day.weekday ?? day.date;
            const key = planDays?.[index]?.date ?? written;
            if (!key || !written) return;
            const first = seen.get(key);
            if (first) {
                const where = week.name === undefined ? 'this week' : `week ${writtenText(week, 'name')}`;
                accept('error', `${written} appears twice in ${where} (first on line ${lineOf(first)}); put two sessions on one day with 'and'`, {
                    node: day, property: day.weekday ? 'weekday' : 'date', code: IssueCodes.DuplicateDay,
                });
            } else {
                seen.set(key, day);
            }
        });
    }

    /** A day given by its date falls within its week. */
    checkDatesInWeek(week: Week, accept: ValidationAcceptor): void {
        const dated = planWeek(this.plans.planOf(AstUtils.getDocument(week)), Number(week.name));
        if (!dated?.startDate || !dated.endDate) return;
        for (const day of week.days) {
            if (!day.date || !isValidDate(day.date)) continue;
            const offset = daysBetween(dated.startDate, day.date);
            if (offset !== null && (offset < 0 || offset > 6)) {
                accept('warning', `${day.date} is not in week ${week.name} (${dated.startDate} to ${dated.endDate})`, {
                    node: day, property: 'date', code: IssueCodes.DateOutsideWeek,
                });
            }
        }
    }

    /** `weeks A-B = weeks C-D` runs forwards, from week 1 up to week MAX_WEEKS. */
    checkWeekBlock(block: WeekBlock, accept: ValidationAcceptor): void {
        const [first, last] = [Number(block.first), Number(block.last)];
        const [from, to] = [Number(block.from?.$refText), Number(block.to?.$refText)];
        // A number the parser could not read is its error, not this check's.
        const written = block.first !== undefined && block.last !== undefined;
        if (written && (!Number.isInteger(first) || first < 1 || !Number.isInteger(last) || last < first)) {
            accept('error', `weeks ${writtenText(block, 'first')}-${writtenText(block, 'last')} is not a range of weeks`, {
                node: block, range: weekHeaderRange(block), code: IssueCodes.BadWeekRange,
            });
        } else if (written && last > MAX_WEEKS) {
            accept('error', `week numbers run from 1 to ${MAX_WEEKS}, fifty years: not ${writtenText(block, 'last')}`, {
                node: block, range: weekHeaderRange(block), code: IssueCodes.BadWeekRange,
            });
        }
        if (block.from && block.to && Number.isInteger(from) && Number.isInteger(to) && to < from) {
            accept('error', `weeks ${from}-${to} is not a range of weeks`, { node: block, property: 'to', code: IssueCodes.BadWeekRange });
        }
    }

    /** A day given by date has a real date. */
    checkDayDate(day: Day, accept: ValidationAcceptor): void {
        if (day.date && !isValidDate(day.date)) {
            accept('error', dateProblem(day.date), { node: day, property: 'date', code: IssueCodes.ImpossibleDate });
        }
    }

    /** A session's time of day is a real clock time. */
    checkSessionTime(session: SessionUse, accept: ValidationAcceptor): void {
        if (session.time && timeOfDay(session.time) === null) {
            accept('error', `${session.time} is not a time of day (00:00 to 23:59)`, { node: session, property: 'time', code: IssueCodes.BadTime });
        }
    }

    /** A session written out has something in it. */
    checkSessionNotEmpty(session: SessionUse, accept: ValidationAcceptor): void {
        if (session.kind && session.items.length === 0) {
            accept('warning', `this ${session.kind} session has nothing in it`, { node: session, property: 'kind', code: IssueCodes.EmptySession });
        }
    }

    /** A group repeats at least once, and a round of it takes some time. */
    checkGroup(group: Group, accept: ValidationAcceptor): void {
        if (group.duration?.value === 0) {
            accept('error', `a round of 0${group.duration.unit} is nothing to do`, { node: group.duration, code: IssueCodes.ZeroCount });
        }
        if (group.repeat !== undefined && writtenNumber(group.repeat) !== null && !(Number.isInteger(group.repeat) && group.repeat >= 1)) {
            accept('error', `a group repeats a whole number of times, at least once: not ${group.repeat}`, {
                node: group, property: 'repeat', code: group.repeat === 0 ? IssueCodes.ZeroCount : IssueCodes.BadNumber,
            });
        }
    }

    /** Sets and reps are whole numbers from 1; only the last number takes a unit; at most sets x reps x amount. */
    checkStepNumbers(step: Step, accept: ValidationAcceptor): void {
        if (step.factors.length > 3) {
            accept('error', 'a step is at most sets x reps x amount, like 3 x 4 x 30m', { node: step.factors[3], code: IssueCodes.TooManyFactors });
        }
        step.factors.forEach((amount, index) => {
            const last = index === step.factors.length - 1;
            if (!last && (amount.unit || amount.clock)) {
                accept('error', 'only the last number takes a unit: sets x reps x amount, like 3 x 4 x 30m', { node: amount, code: IssueCodes.UnitNotLast });
            } else if (amount.value === 0) {
                accept('error', last && amount.unit ? `an amount of 0${amount.unit} is nothing to do` : 'a count of 0 is nothing to do', {
                    node: amount, code: IssueCodes.ZeroCount,
                });
            } else if ((!last || !amount.unit) && writtenNumber(amount.value) !== null && !Number.isInteger(amount.value)) {
                accept('error', `sets and reps are whole numbers: not ${amount.value}`, { node: amount, code: IssueCodes.BadNumber });
            }
        });
    }

    /** The amount fits the drill: `3 x 8km back-squat` cannot be done, and a run needs a unit. */
    checkStepUnit(step: Step, accept: ValidationAcceptor): void {
        const { measure } = stepAmounts(step);
        const drill = stepDrill(step);
        if (!drill) return;
        const last = step.factors[step.factors.length - 1];
        const name = stepDrillName(step, drill);
        const measures = drill.measures;
        if (measure === 'reps' && !measures.includes('reps')) {
            accept('error', `${writtenText(last, 'value')} needs a unit: ${name} is measured in ${unitsFor(measures).join(', ')}`, {
                node: last, code: IssueCodes.MissingUnit, data: { units: unitsFor(measures), value: last.value },
            });
        } else if (measure !== null && measure !== 'reps' && !measures.includes(measure)) {
            accept('error', `${name} is measured in ${describeMeasures(measures)}, not ${measure === 'distance' ? 'distance' : 'time'}`, {
                node: last, code: IssueCodes.UnitMismatch,
            });
        } else if (measure === null && drill.kind !== 'mobility') {
            accept('error', `how much ${drill.id}? Give ${describeMeasures(measures)}, like ${example(drill.id, measures)}`, {
                node: step, property: 'drill', code: IssueCodes.MissingAmount,
            });
        }
    }

    /** Each of intensity, rest and side is given once. */
    checkStepModifiers(step: Step, accept: ValidationAcceptor): void {
        for (const [what, list] of [['intensity', step.intensities], ['rest', step.rests]] as const) {
            for (const extra of list.slice(1)) {
                accept('error', `the ${what} is given twice`, { node: extra, code: IssueCodes.RepeatedModifier });
            }
        }
        if (step.sides.length > 1) {
            accept('error', `'${step.sides[1]}' is given twice`, { node: step, property: 'sides', index: 1, code: IssueCodes.RepeatedModifier });
        }
    }

    /** An intensity refers to something the plan has: a pace for a run, a 1RM for a `%` lift. */
    checkIntensity(step: Step, accept: ValidationAcceptor): void {
        const intensity = step.intensities[0];
        const drill = stepDrill(step);
        if (!intensity || !drill) return;
        const kind = drill.kind;
        const name = stepDrillName(step, drill);
        const mismatch = (what: string) => accept('error', `${what} means nothing for ${name}`, { node: intensity, code: IssueCodes.IntensityMismatch });
        if (isPaceRefIntensity(intensity) || isPaceIntensity(intensity)) {
            if (kind !== 'run' && kind !== 'sprint') mismatch('a pace');
            if (isPaceIntensity(intensity)) checkPace(intensity.pace, intensity, accept);
        } else if (isZoneIntensity(intensity)) {
            if (kind !== 'run' && kind !== 'cross') mismatch('a heart-rate zone');
        } else if (isLoadIntensity(intensity)) {
            if (kind !== 'strength') mismatch('a load in kg');
            else if (!(intensity.value > 0)) accept('error', 'a load must be above zero', { node: intensity, code: IssueCodes.BadNumber });
        } else if (isRpeIntensity(intensity)) {
            if (rpeValue(intensity.rpe) === null) {
                accept('error', `RPE runs from 1 to 10: not ${intensity.rpe.replace(/^rpe\s*/i, '')}`, { node: intensity, code: IssueCodes.BadNumber });
            }
        } else if (isPercentIntensity(intensity)) {
            this.checkPercent(step, intensity.value, kind, name, intensity, accept);
        }
    }

    private checkPercent(step: Step, percent: number, kind: string, name: string, node: AstNode, accept: ValidationAcceptor): void {
        if (writtenNumber(percent) === null) return;
        if (!(percent > 0)) {
            accept('error', 'a percentage must be above zero', { node, code: IssueCodes.BadNumber });
        } else if (kind === 'strength') {
            const drill = step.drill?.ref;
            const file = AstUtils.getContainerOfType(step, (node): node is PlanFile => node.$type === 'PlanFile');
            const id = drill ? drillOf(drill).id : '';
            const hasOneRepMax = (file?.header?.settings ?? []).some(setting =>
                setting.$type === 'OneRepMaxSetting' && (setting as OneRepMaxSetting).drill?.ref && drillOf((setting as OneRepMaxSetting).drill.ref!).id === id);
            if (!hasOneRepMax) {
                accept('error', `${percent}% of what? The plan has no 1RM for ${name}: add \`1rm ${name} N kg\` to the header`, {
                    node, code: IssueCodes.MissingOneRepMax, data: { drill: name },
                });
            } else if (percent > 100) {
                accept('warning', `${percent}% is more than the 1RM of ${name}`, { node, code: IssueCodes.BadNumber });
            }
        } else if (kind === 'plyometric' || kind === 'mobility' || kind === 'cross') {
            accept('error', `a percentage means nothing for ${name}: it is neither run at a speed nor lifted`, { node, code: IssueCodes.IntensityMismatch });
        } else if (percent > 100) {
            accept('warning', `${percent}% is faster than max speed`, { node, code: IssueCodes.BadNumber });
        }
    }

    /** `1:30` has minutes and seconds under 60. */
    checkAmount(amount: Amount, accept: ValidationAcceptor): void {
        if (amount.clock !== undefined && clockSeconds(amount.clock) === null) {
            accept('error', `${amount.clock} is not a time: minutes and seconds run from 0 to 59`, { node: amount, code: IssueCodes.BadTime });
        }
    }

    /** A rest or a duration is a real length of time. */
    checkDuration(duration: Duration, accept: ValidationAcceptor): void {
        if (duration.clock !== undefined && durationSeconds(duration) === null) {
            accept('error', `${duration.clock} is not a time: minutes and seconds run from 0 to 59`, { node: duration, code: IssueCodes.BadTime });
        }
    }
}

/** Why a written date cannot be used: it is no date at all, or one before FIRST_DATE. */
function dateProblem(date: string): string {
    // `YYYY-MM-DD` strings sort as their dates do.
    return date < FIRST_DATE
        ? `${date} is before ${FIRST_DATE}, the first date a plan can use`
        : `${date} is not a date`;
}

/** A number as the plan writes it, shortened when it runs to hundreds of digits. */
function writtenText(node: AstNode, property: string): string {
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? String((node as unknown as Record<string, unknown>)[property]);
    return text.length > 20 ? `${text.slice(0, 12)}... (${text.length} digits)` : text;
}

/** A speed above zero that is still too slow to time anything: a typo for a larger number, or a speed in the wrong unit. */
function checkSlowSpeed(node: MaxSpeedSetting | SpeedProp, accept: ValidationAcceptor): void {
    if (node.unit !== undefined && writtenNumber(node.value) !== null && speedOf(node.value, node.unit) === null) {
        accept('error', `${node.value} ${node.unit} is slower than a crawl: a speed is at least ${SLOWEST_SPEED} m/s`, {
            node, property: 'value', code: IssueCodes.BadNumber,
        });
    }
}

function checkPace(pace: Pace | undefined, node: AstNode, accept: ValidationAcceptor): void {
    if (!pace?.time) return;
    if (pace.unit && pace.unit !== 'km' && pace.unit !== 'mi') {
        accept('error', `a pace is per km or per mi, not per ${pace.unit}`, { node: pace, property: 'unit', code: IssueCodes.BadPace });
    }
    const seconds = clockSeconds(pace.time);
    if (seconds === null || seconds === 0) {
        accept('error', `${pace.time} is not a pace: minutes and seconds run from 0 to 59`, { node: pace ?? node, property: 'time', code: IssueCodes.BadPace });
    }
}

/** Week numbers a declaration makes, in order. */
function weekNumbersOf(declaration: Week | WeekBlock): number[] {
    if (!isWeekBlock(declaration)) {
        const number = Number(declaration.name);
        return Number.isInteger(number) ? [number] : [];
    }
    const [first, last] = [Number(declaration.first), Number(declaration.last)];
    if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first >= MAX_WEEKS) return [];
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A cycle of derivations is named by its first few weeks: a long one would make a message per week as long as the cycle. */
const LISTED_WEEKS = 5;

/**
 * The weeks that derive from themselves through a cycle of derivations, each with its cycle
 * (a week, its base, its base's base, ...) and its place in it. Each week has one base, so
 * every walk either ends or enters one cycle, and each week is walked once.
 */
function derivationCycles(baseOf: ReadonlyMap<number, number>): Map<number, { readonly cycle: readonly number[]; readonly at: number }> {
    const cycles = new Map<number, { readonly cycle: readonly number[]; readonly at: number }>();
    const walked = new Set<number>();
    for (const start of baseOf.keys()) {
        const path: number[] = [];
        const onPath = new Set<number>();
        let week: number | undefined = start;
        while (week !== undefined && !walked.has(week)) {
            walked.add(week);
            onPath.add(week);
            path.push(week);
            week = baseOf.get(week);
        }
        if (week !== undefined && onPath.has(week)) {
            const cycle = path.slice(path.indexOf(week));
            cycle.forEach((member, at) => cycles.set(member, { cycle, at }));
        }
    }
    return cycles;
}

/** How a message names a step's drill: by its id, or as `a run` when the step names none. */
function stepDrillName(step: Step, drill: Drill): string {
    return step.drill || drill.kind !== 'run' ? drill.id : 'a run';
}

function lineOf(node: AstNode): number {
    return rangeOf(node).start.line + 1;
}

function offsetOf(node: AstNode): number {
    return node.$cstNode?.offset ?? 0;
}

const UNITS_BY_MEASURE = { distance: ['m', 'km', 'mi', 'yd'], time: ['s', 'min', 'h'], reps: [] } as const;

function unitsFor(measures: readonly string[]): string[] {
    return measures.flatMap(measure => [...(UNITS_BY_MEASURE[measure as keyof typeof UNITS_BY_MEASURE] ?? [])]);
}

function describeMeasures(measures: readonly string[]): string {
    return measures.map(measure => (measure === 'reps' ? 'reps' : measure)).join(' or ');
}

function example(drill: string, measures: readonly string[]): string {
    const first = measures[0];
    return first === 'distance' ? `4 x 60m ${drill}` : first === 'time' ? `30s ${drill}` : `3 x 8 ${drill}`;
}

