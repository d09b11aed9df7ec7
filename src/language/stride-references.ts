import type { AstNode, FindReferencesOptions, LangiumDocument, Reference, ReferenceDescription, Stream } from 'langium';
import { AstUtils, DefaultReferenceDescriptionProvider, DefaultReferences, isReference, stream } from 'langium';
import { isBuiltinDocument } from './builtin-drills.js';
import type { StrideServices } from './stride-module.js';

/**
 * Langium indexes every reference of every document after each parse, so that a name's uses
 * can be found across the workspace. Plans never refer into each other (StrideScopeComputation),
 * so Stride keeps no such index: a keystroke would pay for it, and nothing needs it.
 */
export class StrideReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }

    /** One use of a name, as the index would have described it. */
    describeUse(reference: Reference): ReferenceDescription[] {
        return reference.$refNode ? this.createInfoDescriptions({ reference, container: reference.$refNode.astNode, property: '' }) : [];
    }
}

/**
 * A name's uses, found when asked for: in its own plan, or for a built-in drill in the plan
 * asked about (every plan, if none is named).
 */
export class StrideReferences extends DefaultReferences {
    private readonly descriptions: StrideReferenceDescriptionProvider;

    constructor(services: StrideServices) {
        super(services);
        this.descriptions = services.workspace.ReferenceDescriptionProvider as StrideReferenceDescriptionProvider;
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const declaration = options.includeDeclaration ? this.getSelfReferences(targetNode) : [];
        const uses = this.documentsToSearch(targetNode, options).flatMap(document => document.references
            .filter((reference): reference is Reference => isReference(reference) && reference.ref === targetNode)
            .flatMap(reference => this.descriptions.describeUse(reference)));
        return stream([...declaration, ...uses]);
    }

    private documentsToSearch(targetNode: AstNode, options: FindReferencesOptions): LangiumDocument[] {
        if (options.documentUri) {
            const document = this.documents.getDocument(options.documentUri);
            return document ? [document] : [];
        }
        const home = AstUtils.getDocument(targetNode);
        return isBuiltinDocument(home.uri) ? this.documents.all.toArray() : [home];
    }
}
