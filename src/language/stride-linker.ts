import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { forEachReference, treeNodes } from './ast-walk.js';
import { interruptionPoint } from './interruption.js';
import { nearestNames, quotedName } from './nearest-names.js';

/** Says what an unresolved name should have been, in the plan's own terms. */
export class StrideLinker extends DefaultLinker {

    /** Langium's walk (ast-walk.ts), without its await per node: the interruption check every few dozen nodes. */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const interruption = interruptionPoint(cancelToken);
        for (const node of treeNodes(document.parseResult.value)) {
            const yielding = interruption();
            if (yielding) await yielding;
            forEachReference(node, reference => this.doLink(reference, document));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const name = refInfo.reference.$refText;
        switch (this.reflection.getReferenceType(refInfo)) {
            case 'DrillDef':
                return { ...error, message: unknownDrillMessage(name, this.namesInScope(refInfo)) };
            case 'PaceDef':
                return { ...error, message: `no pace named ${quotedName(name)}: add \`pace ${quotedName(name) === `'${name}'` ? name : 'NAME'} M:SS/km\` to the plan header` };
            case 'SessionDef':
                return { ...error, message: `no session named ${quotedName(name)}` + didYouMean(nearestNames(name, this.namesInScope(refInfo))) };
            case 'WeekSource':
                // As written: a week number reads as a number, and `99...9` as Infinity.
                return { ...error, message: `week ${refInfo.reference.$refNode?.text ?? name} does not exist` };
            default:
                return error;
        }
    }

    private namesInScope(refInfo: ReferenceInfo): string[] {
        return this.scopeProvider.getScope(refInfo).getAllElements().map(element => element.name).toArray();
    }
}

export function unknownDrillMessage(name: string, known: Iterable<string>): string {
    return `unknown drill ${quotedName(name)}` + didYouMean(nearestNames(name, known));
}

function didYouMean(names: string[]): string {
    return names.length > 0 ? `; did you mean ${names.join(', ')}?` : '';
}
