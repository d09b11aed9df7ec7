import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { addDays } from '../../plan/dates.js';
import { forEachReference, visitTree } from '../ast-walk.js';
import { changedNames, declarationsOf, declaredNames, type DeclaredNames } from '../declarations.js';
import type { PlanFile } from '../generated/ast.js';
import { interruptionPoint } from '../interruption.js';
import type { PlanProvider } from '../plan-provider.js';
import type { StrideServices } from '../stride-module.js';
import type { StrideValidationRegistry } from './validation-registry.js';

/** What the checks of one top-level declaration found, and what they read outside it (checks.ts). */
interface Checked {
    readonly diagnostics: readonly Diagnostic[];
    /** The line the declaration started on: a message may name a line. */
    readonly line: number;
    readonly header: AstNode | undefined;
    /** The first day of week 1, from which every week's dates follow. */
    readonly dating: string | null;
    /** The names it declares and those its references use. */
    readonly names: readonly string[];
}

/** The last complete validation of a document. */
interface Validated {
    /** The categories of checks it ran. */
    readonly categories: string;
    readonly declarations: ReadonlyMap<AstNode, Checked>;
    readonly names: DeclaredNames;
}

export class StrideDocumentValidator extends DefaultDocumentValidator {
    private readonly registry: StrideValidationRegistry;
    private readonly plans: PlanProvider;
    private readonly validated = new WeakMap<LangiumDocument, Validated>();

    constructor(services: StrideServices) {
        super(services);
        this.registry = services.validation.ValidationRegistry as StrideValidationRegistry;
        this.plans = services.plan.PlanProvider;
    }

    /**
     * The checks of the plan file, then those of each top-level declaration, as Langium's walk
     * orders them. A declaration the edit kept is not checked again while what its checks may
     * read (checks.ts) is as it was: its header, the declarations of the names it declares and
     * uses, and the dates of the weeks. One that moved and had something to say is, as a message
     * may name a line.
     */
    override async validateAst(root: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const document = root.$document!;
        const categories = options.categories?.join() ?? '';
        const diagnostics: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => diagnostics.push(this.toDiagnostic(severity, message, info));
        await this.validateAstBefore(root, options, acceptor, cancelToken);
        await this.runChecks([root], options, acceptor, cancelToken);

        const last = this.validated.get(document);
        // Results of checks of other categories say nothing of these.
        const before = last?.categories === categories ? last : undefined;
        const declarations = declarationsOf(root);
        const names = declaredNames(document);
        const changed = before ? changedNames(new Set(before.declarations.keys()), before.names, declarations, names) : new Set<string>();
        const header = (root as PlanFile).header;
        const dating = datingOf(this.plans, document);
        const checked = new Map<AstNode, Checked>();
        for (const declaration of declarations) {
            const line = declaration.$cstNode?.range.start.line ?? 0;
            const kept = before?.declarations.get(declaration);
            if (kept && kept.header === header && kept.dating === dating && (kept.line === line || kept.diagnostics.length === 0)
                && !kept.names.some(name => changed.has(name))) {
                diagnostics.push(...kept.diagnostics);
                checked.set(declaration, { ...kept, line });
                continue;
            }
            const found: Diagnostic[] = [];
            const used = new Set(names.get(declaration));
            const nodes = this.nodesToCheck(declaration, options, node => forEachReference(node, ({ reference }) => used.add(reference.$refText)));
            await this.runChecks(nodes, options, (severity, message, info) => found.push(this.toDiagnostic(severity, message, info)), cancelToken);
            diagnostics.push(...found);
            checked.set(declaration, { diagnostics: found, line, header, dating, names: [...used] });
        }
        await this.validateAstAfter(root, options, acceptor, cancelToken);
        this.validated.set(document, { categories, declarations: checked, names });
        return diagnostics;
    }

    /** The nodes of a declaration's tree to check, in the order of Langium's walk; `visit` sees every node. */
    private nodesToCheck(declaration: AstNode, options: ValidationOptions, visit?: (node: AstNode) => void): AstNode[] {
        const nodes: AstNode[] = [];
        visitTree(declaration, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) nodes.push(node);
            visit?.(node);
            return nodeOptions.validateChildren;
        });
        return nodes;
    }

    /**
     * Langium's checks of each node, without its two awaits per node and check: the interruption
     * check every few dozen nodes, and a check awaited only when it returns a promise.
     */
    private async runChecks(nodes: readonly AstNode[], options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const interruption = interruptionPoint(cancelToken);
        const checksOf = this.registry.checksFor(options.categories);
        for (const node of nodes) {
            const yielding = interruption();
            if (yielding) await yielding;
            for (const check of checksOf(node.$type)) {
                const pending = check(node, acceptor, cancelToken);
                if (pending) await pending;
            }
        }
    }

    /**
     * Langium keeps a linking error's code only in its data. Stride's own diagnostics carry their
     * code in `code`, and quick fixes are chosen by it: linking errors get theirs there too.
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linkingErrors: Diagnostic[] = [];
        super.processLinkingErrors(document, linkingErrors, options);
        diagnostics.push(...linkingErrors.map(diagnostic => ({ ...diagnostic, code: DocumentValidator.LinkingError })));
    }
}

/** The first day of week 1 of a document's Plan, if it is dated. */
function datingOf(plans: PlanProvider, document: LangiumDocument): string | null {
    const week = plans.planOf(document).weeks.find(planWeek => planWeek.startDate !== null);
    return week ? addDays(week.startDate!, -7 * (week.number - 1)) : null;
}
