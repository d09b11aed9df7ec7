import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import { visitTree } from '../ast-walk.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { interruptionPoint } from '../interruption.js';
import type { StrideServices } from '../stride-module.js';
import type { StrideValidationRegistry } from './validation-registry.js';

export class StrideDocumentValidator extends DefaultDocumentValidator {
    private readonly registry: StrideValidationRegistry;

    constructor(services: StrideServices) {
        super(services);
        this.registry = services.validation.ValidationRegistry as StrideValidationRegistry;
    }

    /**
     * Langium's walk (ast-walk.ts), without its two awaits per node and check: the interruption
     * check every few dozen nodes, and a check awaited only when it returns a promise.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const interruption = interruptionPoint(cancelToken);
        const checksOf = this.registry.checksFor(options.categories);
        const nodes: AstNode[] = [];
        visitTree(rootNode, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) nodes.push(node);
            return nodeOptions.validateChildren;
        });
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
