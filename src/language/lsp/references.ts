import type { LangiumDocument, LeafCstNode } from 'langium';
import { DefaultReferencesProvider } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';

/**
 * A plan is self-contained, so the references to a name are in the plan: a built-in drill's
 * uses in other plans, and its place in the built-in library, which no editor can open, are left out.
 */
export class StrideReferencesProvider extends DefaultReferencesProvider {
    protected override getReferences(selectedNode: LeafCstNode, params: ReferenceParams, document: LangiumDocument): Location[] {
        const uri = document.uri.toString();
        return super.getReferences(selectedNode, params, document).filter(location => location.uri === uri);
    }
}
