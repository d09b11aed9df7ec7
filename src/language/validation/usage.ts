import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { isBuiltinDocument } from '../builtin-drills.js';
import type { PlanFile } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/** What a plan defines and never uses: shown faded, with a quick fix that removes it. */
export class UsageValidator {
    /**
     * A drill the plan defines is used by a step or a 1RM, by its name or an alias. A plan's drills
     * are seen by that plan alone, so only its own references are looked at, not the workspace's
     * index: in a folder of many plans that search would cost every keystroke the size of all of them.
     * A check of the whole plan, as any reference may be a drill's use.
     */
    checkDrillsUsed(file: PlanFile, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(file);
        if (isBuiltinDocument(document.uri) || file.drills.length === 0) return;
        const used = new Set<AstNode | undefined>(document.references.map(reference => 'ref' in reference ? reference.ref : undefined));
        for (const drill of file.drills) {
            // A drill the parser could not read a name for is a parse error already.
            if (drill.name && !used.has(drill)) {
                accept('hint', `drill '${drill.name}' is not used in this plan`, { node: drill, code: IssueCodes.UnusedDrill, tags: [DiagnosticTag.Unnecessary] });
            }
        }
    }
}
