import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Drill } from '../../drills/index.js';
import { formatSpeed } from '../../plan/format.js';
import { amountsOf, durationSeconds, rpeValue, speedOf, stepAmounts, stepEffort, stepTempos, writtenNumber, type StepAmounts } from '../ast-values.js';
import { drillOf, stepDrill } from '../drill-defs.js';
import {
    isLoadIntensity, isMaxIntensity, isMaxSpeedSetting, isPaceIntensity, isPaceRefIntensity, isPercentIntensity, isPlanFile, isRpeIntensity,
    isTempoIntensity, isUnitsSetting, isZoneIntensity,
    type Amount, type Intensity, type OneRepMaxSetting, type PlanFile, type Rest, type SessionUse, type Step, type TargetTime,
} from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { writtenText } from './written.js';

/** That each step can be done as written: an amount in the drill's measure, each modifier once, an intensity that fits. */
export class StepsValidator {
    /** The amount fits the drill: `3 x 8km back-squat` cannot be done, and a run needs a unit; a rep in phases is counted. */
    checkStepUnit(step: Step, accept: ValidationAcceptor): void {
        const drill = stepDrill(step);
        if (!drill) return;
        const name = stepDrillName(step, drill);
        if (step.phases.length > 0) {
            const last = step.factors[step.factors.length - 1];
            if (last && stepAmounts(step).measure !== 'reps') {
                accept('error', `the phases are the rep: write the count alone, like 3 x ${name} (20m @95%, 20m @80%)`, {
                    node: last, code: IssueCodes.UnitMismatch,
                });
            }
            return;
        }
        checkAmountFits(stepAmounts(step), step.factors, drill, name, accept, step);
    }

    /** Each of intensity, tempo, target time, rest and side is given once. */
    checkStepModifiers(step: Step, accept: ValidationAcceptor): void {
        const efforts = step.intensities.filter(intensity => !isTempoIntensity(intensity));
        const lists: ReadonlyArray<readonly [string, readonly AstNode[]]> = [
            ['intensity', efforts], ['tempo', stepTempos(step)], ['time', step.targets], ['rest', step.rests],
        ];
        for (const [what, list] of lists) {
            for (const extra of list.slice(1)) {
                accept('error', `the ${what} is given twice`, { node: extra, code: IssueCodes.RepeatedModifier });
            }
        }
        if (step.sides.length > 1) {
            accept('error', `'${step.sides[1]}' is given twice`, { node: step, property: 'sides', index: 1, code: IssueCodes.RepeatedModifier });
        }
    }

    /** An intensity refers to something the plan has: a pace for a run, a 1RM for a `%` lift; so does each phase's. */
    checkIntensity(step: Step, accept: ValidationAcceptor): void {
        const drill = stepDrill(step);
        if (!drill) return;
        const name = stepDrillName(step, drill);
        const intensities = [stepEffort(step), ...step.phases.map(phase => phase.intensity)];
        for (const intensity of intensities) {
            if (intensity) checkIntensityFits(step, intensity, drill, name, accept);
        }
    }

    /** `@tempo 3-1-1-0` times the counted reps of a lift; it means nothing for anything else. */
    checkTempo(step: Step, accept: ValidationAcceptor): void {
        const tempo = stepTempos(step)[0];
        const drill = stepDrill(step);
        if (!tempo || !drill) return;
        if (drill.kind !== 'strength') {
            accept('error', `a tempo times the reps of a lift: it means nothing for ${stepDrillName(step, drill)}`, {
                node: tempo, code: IssueCodes.IntensityMismatch,
            });
        } else if (stepAmounts(step).measure !== 'reps') {
            accept('error', 'a tempo times counted reps, like 3 x 8 back-squat @tempo 3-1-1-0', { node: tempo, code: IssueCodes.IntensityMismatch });
        }
    }

    /**
     * `60m in 7.7s` sets the speed of a run or a sprint of a distance: it goes with an RPE but not with
     * another speed, and a speed past max speed is a warning, as `@105%` is.
     */
    checkTargetTime(step: Step, accept: ValidationAcceptor): void {
        const drill = stepDrill(step);
        if (!drill) return;
        const name = stepDrillName(step, drill);
        const target = step.targets[0];
        if (target && step.phases.length > 0) {
            accept('error', 'a rep in phases is timed phase by phase: put the time on a phase, like (20m in 2.4s, 20m @80%)', {
                node: target, code: IssueCodes.IntensityMismatch,
            });
            return;
        }
        if (target) {
            checkTarget(target, stepAmounts(step), stepEffort(step), drill, name, accept);
        }
        step.phases.forEach(phase => {
            if (phase.target && phase.amount) checkTarget(phase.target, amountsOf([phase.amount]), phase.intensity, drill, name, accept);
        });
    }

    /** A rep in phases is a run's or a sprint's, each phase a distance or a time. */
    checkPhases(step: Step, accept: ValidationAcceptor): void {
        const drill = stepDrill(step);
        if (!drill || step.phases.length === 0) return;
        if (drill.kind !== 'run' && drill.kind !== 'sprint') {
            accept('error', `only runs and sprints are done in phases, not ${stepDrillName(step, drill)}`, { node: step.phases[0], code: IssueCodes.UnitMismatch });
            return;
        }
        for (const phase of step.phases) {
            if (phase.amount && amountsOf([phase.amount]).measure === 'reps') {
                accept('error', `a phase is a distance or a time: ${writtenText(phase.amount, 'value')} needs a unit, like 20m`, {
                    node: phase.amount, code: IssueCodes.MissingUnit,
                });
            }
        }
    }

    /** A rest spent running is spent as a run: `jog` or `walk`, or a plan's own run drill of that name. */
    checkRecovery(rest: Rest, accept: ValidationAcceptor): void {
        const activity = rest.activity?.ref;
        if (activity && drillOf(activity).kind !== 'run') {
            accept('error', `a rest is run or walked: ${activity.name} is not a run drill`, { node: rest, property: 'activity', code: IssueCodes.UnitMismatch });
        }
    }

    /** A session written out has something in it. */
    checkSessionNotEmpty(session: SessionUse, accept: ValidationAcceptor): void {
        if (session.kind && session.items.length === 0) {
            accept('warning', `this ${session.kind} session has nothing in it`, { node: session, property: 'kind', code: IssueCodes.EmptySession });
        }
    }
}

/**
 * The numbers fit the drill: a unit in its measure, a unit where it has no counted reps, an
 * amount unless it is a mobility drill. For a step, and for the numbers a named session's use gives its main step.
 */
export function checkAmountFits(
    amounts: StepAmounts, factors: readonly Amount[], drill: Drill, name: string, accept: ValidationAcceptor, owner: AstNode,
): void {
    const { measure } = amounts;
    const last = factors[factors.length - 1];
    const measures = drill.measures;
    if (measure === 'reps' && !measures.includes('reps')) {
        accept('error', `${writtenText(last, 'value')} needs a unit: ${name} is measured in ${unitsFor(measures).join(', ')}`, {
            node: last, code: IssueCodes.MissingUnit, data: { units: likelyUnitsFirst(unitsFor(measures), drill, last), value: last.value },
        });
    } else if (measure !== null && measure !== 'reps' && !measures.includes(measure)) {
        accept('error', `${name} is measured in ${measures.join(' or ')}, not ${measure}`, {
            node: last, code: IssueCodes.UnitMismatch,
        });
    } else if (measure === null && drill.kind !== 'mobility') {
        accept('error', `how much ${drill.id}? Give ${measures.join(' or ')}, like ${example(drill.id, measures)}`, {
            node: owner, property: 'drill', code: IssueCodes.MissingAmount,
        });
    }
}

function checkIntensityFits(step: Step, intensity: Intensity, drill: Drill, name: string, accept: ValidationAcceptor): void {
    const kind = drill.kind;
    const mismatch = (what: string) => accept('error', `${what} means nothing for ${name}`, { node: intensity, code: IssueCodes.IntensityMismatch });
    if (isPaceRefIntensity(intensity) || isPaceIntensity(intensity)) {
        if (kind !== 'run' && kind !== 'sprint') mismatch('a pace');
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
        checkPercent(step, intensity.value, kind, name, intensity, accept);
    } else if (isTempoIntensity(intensity)) {
        accept('error', 'a phase of a rep has a speed, not a tempo', { node: intensity, code: IssueCodes.IntensityMismatch });
    }
}

/** `in 7.7s` on a run or a sprint of a distance, with no other speed written; faster than max speed is a warning. */
function checkTarget(target: TargetTime, amounts: StepAmounts, effort: Intensity | undefined, drill: Drill, name: string, accept: ValidationAcceptor): void {
    const seconds = target.value ? durationSeconds(target.value) : null;
    if (drill.kind !== 'run' && drill.kind !== 'sprint') {
        accept('error', `a time to run in means nothing for ${name}: it times runs and sprints`, { node: target, code: IssueCodes.IntensityMismatch });
    } else if (amounts.repDistanceM === null) {
        accept('error', `a time to run in needs a distance to run, like 60m ${name} in 7.7s`, { node: target, code: IssueCodes.MissingAmount });
    } else if (effort && (isPercentIntensity(effort) || isMaxIntensity(effort) || isPaceIntensity(effort) || isPaceRefIntensity(effort))) {
        accept('error', 'the time sets the speed: give the time or the intensity, not both (an RPE may go with the time)', {
            node: effort, code: IssueCodes.IntensityMismatch,
        });
    } else if (seconds !== null && seconds > 0) {
        const maxSpeed = drill.kind === 'sprint' && !drill.resisted ? headerMaxSpeed(target) : null;
        const speed = amounts.repDistanceM / seconds;
        if (maxSpeed !== null && speed > maxSpeed) {
            accept('warning', `${Math.round(amounts.repDistanceM)} m in ${seconds} s is ${formatSpeed(speed)}, faster than max speed (${formatSpeed(maxSpeed)})`, {
                node: target, code: IssueCodes.BadNumber,
            });
        }
    } else if (seconds === 0) {
        accept('error', 'a rep takes some time: not 0', { node: target, code: IssueCodes.ZeroCount });
    }
}

/** The max speed the plan's header sets, m/s; null when it sets none. */
function headerMaxSpeed(node: AstNode): number | null {
    const file = AstUtils.getContainerOfType(node, isPlanFile);
    const setting = file?.header?.settings.find(isMaxSpeedSetting);
    return setting ? speedOf(setting.value, setting.unit) : null;
}

/** A `%` of 1RM needs the lift's 1RM; a `%` of max speed fits runs and sprints; nothing else takes one. */
function checkPercent(step: Step, percent: number, kind: Drill['kind'], name: string, node: AstNode, accept: ValidationAcceptor): void {
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

/** How a message names a step's drill: by its id, or as `a run` when the step names none. */
export function stepDrillName(step: Step, drill: Drill): string {
    return step.drill || drill.kind !== 'run' ? drill.id : 'a run';
}

const UNITS_BY_MEASURE = { distance: ['m', 'km', 'mi', 'yd'], time: ['s', 'min', 'h'], reps: [] } as const;

function unitsFor(measures: readonly string[]): string[] {
    return measures.flatMap(measure => [...(UNITS_BY_MEASURE[measure as keyof typeof UNITS_BY_MEASURE] ?? [])]);
}

/** A run of under a hundred is in the plan's units (`run 6` is 6 km), anything else in metres first: the quick fixes' order. */
function likelyUnitsFirst(units: readonly string[], drill: Drill, amount: Amount): string[] {
    const planUnits = AstUtils.getContainerOfType(amount, isPlanFile)?.header?.settings.find(isUnitsSetting)?.units ?? 'km';
    const likely = drill.kind === 'run' && (amount.value ?? 0) < 100 && units.includes(planUnits) ? planUnits : undefined;
    return likely === undefined ? [...units] : [likely, ...units.filter(unit => unit !== likely)];
}

function example(drill: string, measures: readonly string[]): string {
    const first = measures[0];
    return first === 'distance' ? `4 x 60m ${drill}` : first === 'time' ? `30s ${drill}` : `3 x 8 ${drill}`;
}
