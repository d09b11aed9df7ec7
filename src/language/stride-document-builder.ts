import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { BUILTIN_DRILLS_URI } from './builtin-drills.js';

/**
 * A plan sees its own declarations and the built-in drills, never another plan's
 * (StrideScopeComputation). On every change Langium asks each other document of the workspace
 * whether it refers into the changed one, which in a folder of many plans costs each keystroke
 * the size of all of them; here only a change of the built-in drills, which any plan may use,
 * makes other plans link again.
 */
export class StrideDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(_document: LangiumDocument, changedUris: Set<string>): boolean {
        return changedUris.has(BUILTIN_DRILLS_URI.toString());
    }
}
