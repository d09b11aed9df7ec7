import type { References, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { isBuiltinDocument } from './builtin-drills.js';
import type { DrillDef } from './generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import type { StrideServices } from './stride-module.js';

export function registerUsageChecks(services: StrideServices): void {
    const validator = new UsageValidator(services);
    services.validation.ValidationRegistry.register({ DrillDef: validator.checkDrillUsed }, validator);
}

/** What a plan defines and never uses: shown faded, with a quick fix that removes it. */
export class UsageValidator {
    private readonly references: References;

    constructor(services: StrideServices) {
        this.references = services.references.References;
    }

    /** A drill the plan defines is used by a step or a 1RM, by its name or an alias. */
    checkDrillUsed(drill: DrillDef, accept: ValidationAcceptor): void {
        if (isBuiltinDocument(AstUtils.getDocument(drill).uri) || !this.references.findReferences(drill, {}).isEmpty()) {
            return;
        }
        accept('hint', `drill '${drill.name}' is not used in this plan`, { node: drill, code: IssueCodes.UnusedDrill, tags: [DiagnosticTag.Unnecessary] });
    }
}
