import type { LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Langium keeps a linking error's code only in its data. Stride's own diagnostics carry their
 * code in `code`, and quick fixes are chosen by it: linking errors get theirs there too.
 */
export class StrideDocumentValidator extends DefaultDocumentValidator {
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linkingErrors: Diagnostic[] = [];
        super.processLinkingErrors(document, linkingErrors, options);
        diagnostics.push(...linkingErrors.map(diagnostic => ({ ...diagnostic, code: DocumentValidator.LinkingError })));
    }
}
