import type { AstNode, AstNodeDescription, LangiumDocument, LinkingError, Reference, ReferenceInfo } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { forEachReference, treeNodes } from './ast-walk.js';
import { changedNames, declarationsOf, declaredNames, type DeclaredNames } from './declarations.js';
import { interruptionPoint } from './interruption.js';
import type { SessionKind } from '../plan/model.js';
import { nearestNames, quotedName } from './nearest-names.js';

/** The declarations of a parse and the names each declares: what a declaration's references were linked against. */
interface NamesLinkedAgainst {
    readonly present: ReadonlySet<AstNode>;
    readonly names: DeclaredNames;
}

/** A top-level declaration's references, and the declarations and names of the link that last linked them. */
interface LinkedDeclaration {
    readonly infos: readonly ReferenceInfo[];
    readonly against: NamesLinkedAgainst;
}

/** A reference's link, as Langium's DefaultReferenceImpl keeps it (langium 4.4.0). */
type LinkSlots = { _ref?: unknown; _nodeDescription?: unknown; _items?: unknown; _linkingError?: unknown };

/**
 * Links only what an edit changed, and says what an unresolved name should have been.
 *
 * Langium unlinks every reference of a document when it changes and links them all again after
 * the parse. A parse that keeps declarations (parsing/block-parser.ts) keeps their references
 * too: a kept reference links again only when a declaration of its name came or went, or, if it
 * found nothing, when any name did (its message lists the names nearest to it). A reference
 * resolves by its name alone, in the one scope of its plan (declarations.ts), so the rest find
 * what they found before.
 */
export class StrideLinker extends DefaultLinker {
    /**
     * Each document's declarations as they were last linked. A link cut short by a newer edit (in
     * a burst of keystrokes, every link but the last) leaves those it did not reach as they were,
     * so the next link keeps what every link before it did.
     */
    private readonly linked = new WeakMap<LangiumDocument, Map<AstNode, LinkedDeclaration>>();
    /** Documents about to be parsed again, whose links the next link may keep. */
    private readonly reparsing = new WeakSet<LangiumDocument>();

    /** The document is about to be parsed again: its next `unlink` keeps the links, for the link after the parse to reuse. */
    keepLinksThroughReparse(document: LangiumDocument): void {
        this.reparsing.add(document);
    }

    override unlink(document: LangiumDocument): void {
        if (this.reparsing.delete(document)) return;
        // Anything else (the built-in drills changed) changes what names mean: everything links again.
        this.linked.delete(document);
        super.unlink(document);
    }

    /** Langium's walk (ast-walk.ts), without its await per node, over the declarations an edit changed. */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const interruption = interruptionPoint(cancelToken);
        const root = document.parseResult.value;
        const declarations = declarationsOf(root);
        const now: NamesLinkedAgainst = { present: new Set(declarations), names: declaredNames(document) };
        const before = this.linked.get(document);
        const linked = new Map<AstNode, LinkedDeclaration>();
        for (const declaration of declarations) {
            const kept = before?.get(declaration);
            if (kept) linked.set(declaration, kept);
        }
        this.linked.set(document, linked);
        // The names that came or went since the link each kept declaration was last linked by (a few links at most).
        const changedSince = new Map<NamesLinkedAgainst, Set<string>>();
        const changed = (against: NamesLinkedAgainst) => changedSince.get(against)
            ?? changedSince.set(against, changedNames(against.present, against.names, declarations, now.names)).get(against)!;
        const references: Reference[] = [];
        for (const info of referencesIn([root])) {
            this.relink(info, document);
            references.push(info.reference as Reference);
        }
        for (const declaration of declarations) {
            const kept = linked.get(declaration);
            const infos = kept?.infos ?? referencesIn(treeNodes(declaration));
            const names = kept && changed(kept.against);
            for (const info of infos) {
                const yielding = interruption();
                if (yielding) await yielding;
                if (!names || names.has(info.reference.$refText) || (names.size > 0 && info.reference.error)) {
                    this.relink(info, document);
                }
                references.push(info.reference as Reference);
            }
            linked.set(declaration, { infos, against: now });
        }
        document.references = references;
    }

    /** Links a reference from scratch, whatever it found before. */
    private relink(info: ReferenceInfo, document: LangiumDocument): void {
        const slots = info.reference as unknown as LinkSlots;
        if ('_ref' in slots) {
            slots._ref = undefined;
            delete slots._nodeDescription;
        } else if ('_items' in slots) {
            slots._items = undefined;
            delete slots._linkingError;
        }
        this.doLink(info, document);
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

/** The references the nodes hold, in document order. */
function referencesIn(nodes: readonly AstNode[]): ReferenceInfo[] {
    const infos: ReferenceInfo[] = [];
    for (const node of nodes) {
        forEachReference(node, info => infos.push(info));
    }
    return infos;
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
    return `unknown drill ${quotedName(name)}` + didYouMean(nearestNames(name, known));
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
    return `no session named ${quotedName(name)}` + didYouMean(nearestNames(name, known));
}

function didYouMean(names: string[]): string {
    return names.length > 0 ? `; did you mean ${names.join(', ')}?` : '';
}
