import { DefaultDocumentBuilder, DocumentState, type LangiumDocument } from 'langium';
import { BUILTIN_DRILLS_URI } from './builtin-drills.js';
import type { StrideLinker } from './stride-linker.js';

export class StrideDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * A plan sees its own declarations and the built-in drills, never another plan's
     * (StrideScopeComputation). On every change Langium asks each other document of the workspace
     * whether it refers into the changed one, which in a folder of many plans costs each keystroke
     * the size of all of them; here only a change of the built-in drills, which any plan may use,
     * makes other plans link again.
     */
    protected override shouldRelink(_document: LangiumDocument, changedUris: Set<string>): boolean {
        return changedUris.has(BUILTIN_DRILLS_URI.toString());
    }

    /** A document parsed again keeps its links until the link after the parse, which keeps those the edit left alone (StrideLinker). */
    override resetToState<T extends LangiumDocument>(document: T, state: DocumentState): void {
        if (state <= DocumentState.Parsed) {
            (this.serviceRegistry.getServices(document.uri).references.Linker as StrideLinker).keepLinksThroughReparse(document);
        }
        super.resetToState(document, state);
    }
}
