import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { BUILTIN_DRILLS } from '../../drills/index.js';
import { weekNumbersOf } from '../ast-values.js';
import { isBuiltinDocument } from '../builtin-drills.js';
import { isAliasProp, type Day, type DrillDef, type PaceDef, type PlanFile, type Week, type WeekBlock } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import { weekHeaderRange } from '../source-map.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';
import { lineOf, writtenText } from './written.js';

/** `the built-in drill 'flying-sprint' (Flying sprint)`, or `'fly', an alias of the built-in drill ...`: what a name hides, if anything. */
function hiddenBuiltin(name: string): string | undefined {
    const builtin = BUILTIN_DRILLS.get(name);
    if (!builtin) {
        return undefined;
    }
    const drill = `the built-in drill '${builtin.id}' (${builtin.title})`;
    return builtin.id === name ? drill : `'${name}', an alias of ${drill}`;
}

/** That each thing a plan names is named once: the plan itself, drills, sessions, paces, weeks and the days of a week. */
export class NamesValidator {
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
        const declarations = [...file.weeks, ...file.blocks].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
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

    /** A plan's own drill, or one of its aliases, does not hide a built-in drill or alias by accident. */
    checkDrillDef(drill: DrillDef, accept: ValidationAcceptor): void {
        if (isBuiltinDocument(AstUtils.getDocument(drill).uri)) return;
        const hidden = hiddenBuiltin(drill.name);
        if (hidden) {
            accept('warning', `this drill hides ${hidden}`, { node: drill, property: 'name', code: IssueCodes.ShadowsBuiltin });
        }
        for (const prop of drill.props.filter(isAliasProp)) {
            prop.names.forEach((name, index) => {
                const hiddenByAlias = hiddenBuiltin(name);
                if (hiddenByAlias) {
                    accept('warning', `this alias hides ${hiddenByAlias}`, { node: prop, property: 'names', index, code: IssueCodes.ShadowsBuiltin });
                }
            });
        }
    }

    /** A day appears once in a week; two sessions on a day are joined with `and`. */
    checkUniqueDays(week: Week, accept: ValidationAcceptor): void {
        // In a dated week `mon` and the Monday's date are the same day.
        const source = this.plans.sourceOf(AstUtils.getDocument(week));
        const seen = new Map<string, Day>();
        for (const day of week.days) {
            const written = day.weekday ?? day.date;
            const key = source.dayOf(day)?.date ?? written;
            if (!key || !written) continue;
            const first = seen.get(key);
            if (first) {
                const where = week.name === undefined ? 'this week' : `week ${writtenText(week, 'name')}`;
                accept('error', `${written} appears twice in ${where} (first on line ${lineOf(first)}); put two sessions on one day with 'and'`, {
                    node: day, property: day.weekday ? 'weekday' : 'date', code: IssueCodes.DuplicateDay, data: { firstDay: week.days.indexOf(first) },
                });
            } else {
                seen.set(key, day);
            }
        }
    }
}
