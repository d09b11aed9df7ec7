import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { forEachReference, treeNodes } from './ast-walk.js';
import { interruptionPoint } from './interruption.js';
import type { SessionKind } from '../plan/model.js';
import { nearestNames } from './nearest-names.js';

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
                return { ...error, message: `no pace named '${name}': add \`pace ${name} M:SS/km\` to the plan header` };
            case 'SessionDef':
                return { ...error, message: unknownSessionMessage(name, this.namesInScope(refInfo)) };
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
    const kilometres = /^(\d+)k$/i.exec(name);
    if (kilometres) {
        // `run 10k`: a distance without its unit, read as a name that starts with digits.
        return `unknown drill '${name}'; for ${kilometres[1]} kilometres write ${kilometres[1]}km`;
    }
    if (name in WRITTEN_OUT_EXAMPLES) {
        // `tue run 8km strength 3 x 5 back-squat`: a second session on the day, without its `and`.
        return `unknown drill '${name}'; to start a ${name} session on the same day, write 'and ${name}'`;
    }
    return `unknown drill '${name}'` + didYouMean(nearestNames(name, known));
}

/** A session of each kind, written out. */
const WRITTEN_OUT_EXAMPLES: Readonly<Record<string, string>> = {
    run: 'run 8km @easy', speed: 'speed 4 x 60m sprint', strength: 'strength 3 x 5 back-squat', plyometrics: 'plyometrics 10 pogo-jump',
    mobility: 'mobility hip-flexors', circuit: 'circuit 2 rounds { 10 pogo-jump }', cross: 'cross 45min cycling',
} satisfies Readonly<Record<SessionKind, string>>;

/** A session kind alone (`tue run`) is a use of a named session, since a written-out session needs something in it. */
function unknownSessionMessage(name: string, known: Iterable<string>): string {
    const example = WRITTEN_OUT_EXAMPLES[name];
    if (example !== undefined) {
        return `no session named '${name}': a written-out ${name} session needs something in it, like ${example}`;
    }
    return `no session named '${name}'` + didYouMean(nearestNames(name, known));
}

function didYouMean(names: string[]): string {
    return names.length > 0 ? `; did you mean ${names.join(', ')}?` : '';
}
