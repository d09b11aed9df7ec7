import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { interruptionPoint } from './interruption.js';
import type { StrideServices } from './stride-module.js';
import type { StrideValidationRegistry } from './stride-validation-registry.js';

export class StrideDocumentValidator extends DefaultDocumentValidator {
    private readonly registry: StrideValidationRegistry;

    constructor(services: StrideServices) {
        super(services);
        this.registry = services.validation.ValidationRegistry as StrideValidationRegistry;
    }

    /**
     * Langium's walk, without its two awaits per node and check: the interruption check every
     * few dozen nodes, and a check awaited only when it returns a promise.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const interruption = interruptionPoint(cancelToken);
        const nodes = AstUtils.streamAst(rootNode).iterator();
        for (const node of nodes) {
            const yielding = interruption();
            if (yielding) await yielding;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.registry.checksOf(node.$type, options.categories)) {
                    const pending = check(node, acceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            if (!nodeOptions.validateChildren) {
                nodes.prune();
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
