/**
 * Every check of Stride's validators, by the node type it runs on: the one list of what a plan
 * is checked for. A node's checks run in the order they are registered here.
 *
 * A check on the plan file sees the whole plan and runs after every change. A check on any other
 * node may read only the top-level declaration the node is in, the plan header, what the
 * declaration's references lead to, the other declarations of the names it declares, and the
 * dates of the plan's weeks: the document validator reuses its results for a declaration an edit
 * left alone while those stay the same (document-validator.ts). A check that reads anything else
 * (every reference of the plan, say) belongs on the plan file.
 */
import type { StrideAstType } from '../generated/ast.js';
import type { StrideServices } from '../stride-module.js';
import { TEXT_NODE_TYPES } from './strings.js';

export function registerValidationChecks(services: StrideServices): void {
    const {
        ValidationRegistry: registry, NamesValidator: names, WeeksValidator: weeks, DatesValidator: dates, NumbersValidator: numbers,
        StepsValidator: steps, PlanCompileValidator: compile, UsageValidator: usage, RuleValidator: rules, WatchValidator: watch,
        SessionChangesValidator: changes, StringsValidator: strings,
    } = services.validation;
    registry.register<StrideAstType>({ AstNode: numbers.checkNumberSize }, numbers);
    registry.register<StrideAstType>({ PlanFile: [names.checkHeader, names.checkUniqueNames, names.checkUniqueWeeks] }, names);
    registry.register<StrideAstType>({ PlanFile: weeks.checkDerivations }, weeks);
    registry.register<StrideAstType>({
        PlanFile: dates.checkWeeksDated, StartSetting: dates.checkSettingDate, RaceSetting: dates.checkSettingDate, TimezoneSetting: dates.checkTimeZone,
    }, dates);
    registry.register<StrideAstType>({ PlanFile: [compile.checkPlanSize, compile.reportAssumptions] }, compile);
    registry.register<StrideAstType>({ PlanFile: usage.checkDrillsUsed }, usage);
    registry.register<StrideAstType>({
        Pace: numbers.checkPace, MaxSpeedSetting: numbers.checkMaxSpeed, SpeedProp: numbers.checkDrillSpeed, OneRepMaxSetting: numbers.checkOneRepMax,
    }, numbers);
    registry.register<StrideAstType>({ DrillDef: names.checkDrillDef }, names);
    registry.register<StrideAstType>({ Week: weeks.checkWeekNumber }, weeks);
    registry.register<StrideAstType>({ Week: names.checkUniqueDays }, names);
    registry.register<StrideAstType>({ Week: dates.checkDatesInWeek, Day: dates.checkDayDate, SessionUse: dates.checkSessionTime }, dates);
    registry.register<StrideAstType>({ WeekBlock: weeks.checkWeekBlock, VolumeChange: weeks.checkVolumeChange }, weeks);
    registry.register<StrideAstType>({ SessionUse: steps.checkSessionNotEmpty }, steps);
    registry.register<StrideAstType>({
        Group: numbers.checkGroup, Step: numbers.checkStepNumbers, SessionArguments: numbers.checkStepNumbers, RepPhase: numbers.checkPhase,
    }, numbers);
    registry.register<StrideAstType>({
        Step: [steps.checkStepUnit, steps.checkStepModifiers, steps.checkIntensity, steps.checkTempo, steps.checkTargetTime, steps.checkPhases],
        Rest: steps.checkRecovery,
    }, steps);
    registry.register<StrideAstType>({ SessionArguments: changes.checkArguments, PlanFile: changes.checkRoundChanges }, changes);
    registry.register<StrideAstType>(Object.fromEntries(TEXT_NODE_TYPES.map(type => [type, strings.checkTexts])), strings);
    registry.register<StrideAstType>({ Amount: numbers.checkAmount, Duration: numbers.checkDuration }, numbers);
    registry.register<StrideAstType>({ WatchSetting: watch.checkWatchSetting, PlanFile: watch.checkWatchLosses }, watch);
    registry.register<StrideAstType>({ PlanFile: [rules.checkRules, rules.checkIgnoreDirectives], LimitSetting: rules.checkLimit }, rules);
}
