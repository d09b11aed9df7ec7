/**
 * Drills as the Plan sees them: a built-in's catalogue entry, or a plan's own `drill` line
 * read with its kind's defaults; and the drill a step does.
 */
import { AstUtils } from 'langium';
import { BUILTIN_DRILLS, KIND_DEFAULTS, defaultDrillFor, type Drill, type DrillKind, type Measure } from '../drills/index.js';
import { distanceMetres, durationSeconds, speedOf, writtenNumber } from './ast-values.js';
import { isBuiltinDocument } from './builtin-drills.js';
import {
    isAboutProp, isAliasProp, isBuildUpProp, isContactsProp, isMeasuresProp, isRepTimeProp, isResistedProp, isRestProp, isSessionDef,
    isSessionUse, isSpeedProp, isTierProp, isUnilateralProp, type DrillDef, type SessionDef, type SessionUse, type Step,
} from './generated/ast.js';

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

/** The drill a step does: the one it names, or what its session implies when it names none. */
export function stepDrill(step: Step): Drill | undefined {
    if (step.drill) {
        return step.drill.ref ? drillOf(step.drill.ref) : undefined;
    }
    const session = AstUtils.getContainerOfType(step, (node): node is SessionUse | SessionDef => isSessionUse(node) || isSessionDef(node));
    return defaultDrillFor(session?.kind ?? null);
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
        else if (isBuildUpProp(prop) && prop.value) drill = { ...drill, buildUpMetres: distanceMetres(prop.value) ?? 0 };
        else if (isResistedProp(prop)) drill = { ...drill, resisted: true };
        else if (isAboutProp(prop)) drill = { ...drill, description: prop.text };
    }
    return drill;
}
