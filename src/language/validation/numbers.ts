import type { AstNode, ValidationAcceptor } from 'langium';
import { clockSeconds } from '../../plan/units.js';
import { LARGEST_NUMBER, SLOWEST_SPEED, durationSeconds, speedOf, writtenNumber } from '../ast-values.js';
import { drillOf } from '../drill-defs.js';
import type {
    Amount, Duration, Group, MaxSpeedSetting, OneRepMaxSetting, Pace, RepPhase, SessionArguments, SpeedProp, Step,
} from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { writtenText } from './written.js';

/** That every number a plan writes means something: in range, whole where it counts, above zero where it must be. */
export class NumbersValidator {
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

    /** A pace, named or written on a step, is minutes and seconds per km or per mile. */
    checkPace(pace: Pace, accept: ValidationAcceptor): void {
        if (!pace.time) return;
        if (pace.unit && pace.unit !== 'km' && pace.unit !== 'mi') {
            accept('error', `a pace is per km or per mi, not per ${pace.unit}`, { node: pace, property: 'unit', code: IssueCodes.BadPace });
        }
        const seconds = clockSeconds(pace.time);
        if (seconds === null || seconds === 0) {
            accept('error', `${pace.time} is not a pace: minutes and seconds run from 0 to 59`, { node: pace, property: 'time', code: IssueCodes.BadPace });
        }
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

    /** Sets and reps are whole numbers from 1; only the last number takes a unit; at most sets x reps x amount (of a step, or of a named session's use). */
    checkStepNumbers(step: Step | SessionArguments, accept: ValidationAcceptor): void {
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

    /** A phase of a rep covers some ground or takes some time. */
    checkPhase(phase: RepPhase, accept: ValidationAcceptor): void {
        if (phase.amount?.value === 0) {
            accept('error', `a phase of 0${phase.amount.unit ?? ''} is nothing to do`, { node: phase.amount, code: IssueCodes.ZeroCount });
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

/** A speed above zero that is still too slow to time anything: a typo for a larger number, or a speed in the wrong unit. */
function checkSlowSpeed(node: MaxSpeedSetting | SpeedProp, accept: ValidationAcceptor): void {
    if (node.unit !== undefined && writtenNumber(node.value) !== null && speedOf(node.value, node.unit) === null) {
        accept('error', `${node.value} ${node.unit} is slower than a crawl: a speed is at least ${SLOWEST_SPEED} m/s`, {
            node, property: 'value', code: IssueCodes.BadNumber,
        });
    }
}
