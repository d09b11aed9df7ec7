import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Drill } from '../../drills/index.js';
import { rpeValue, stepAmounts, writtenNumber } from '../ast-values.js';
import { drillOf, stepDrill } from '../drill-defs.js';
import {
    isLoadIntensity, isPaceIntensity, isPaceRefIntensity, isPercentIntensity, isRpeIntensity, isZoneIntensity,
    type OneRepMaxSetting, type PlanFile, type SessionUse, type Step,
} from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { writtenText } from './written.js';

/** That each step can be done as written: an amount in the drill's measure, each modifier once, an intensity that fits. */
export class StepsValidator {
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
            accept('error', `${name} is measured in ${measures.join(' or ')}, not ${measure}`, {
                node: last, code: IssueCodes.UnitMismatch,
            });
        } else if (measure === null && drill.kind !== 'mobility') {
            accept('error', `how much ${drill.id}? Give ${measures.join(' or ')}, like ${example(drill.id, measures)}`, {
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
        }
    }

    /** A session written out has something in it. */
    checkSessionNotEmpty(session: SessionUse, accept: ValidationAcceptor): void {
        if (session.kind && session.items.length === 0) {
            accept('warning', `this ${session.kind} session has nothing in it`, { node: session, property: 'kind', code: IssueCodes.EmptySession });
        }
    }
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
function stepDrillName(step: Step, drill: Drill): string {
    return step.drill || drill.kind !== 'run' ? drill.id : 'a run';
}

const UNITS_BY_MEASURE = { distance: ['m', 'km', 'mi', 'yd'], time: ['s', 'min', 'h'], reps: [] } as const;

function unitsFor(measures: readonly string[]): string[] {
    return measures.flatMap(measure => [...(UNITS_BY_MEASURE[measure as keyof typeof UNITS_BY_MEASURE] ?? [])]);
}

function example(drill: string, measures: readonly string[]): string {
    const first = measures[0];
    return first === 'distance' ? `4 x 60m ${drill}` : first === 'time' ? `30s ${drill}` : `3 x 8 ${drill}`;
}
