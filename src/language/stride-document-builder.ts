import { Cancellation, DefaultDocumentBuilder, DocumentState, isOperationCancelled, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { BUILTIN_DRILLS_URI } from './builtin-drills.js';
import type { StrideLinker } from './stride-linker.js';
import type { StrideWorkspaceLock } from './stride-workspace-lock.js';

export class StrideDocumentBuilder extends DefaultDocumentBuilder {
    private readonly workspaceLock: StrideWorkspaceLock;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.workspaceLock = services.workspace.WorkspaceLock as StrideWorkspaceLock;
    }

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

    /**
     * After an edit Langium validates every document not validated yet, which in a folder of
     * many plans makes the first keystroke wait for all of them. Here an edit validates the plans
     * open in the editor, and the others are validated after it, in a build the next edit cuts
     * short and the one after it resumes (validateClosedPlans).
     */
    protected override shouldValidate(document: LangiumDocument): boolean {
        return super.shouldValidate(document) && (this.building !== this.updateBuildOptions || this.textDocuments?.get(document.uri) !== undefined);
    }

    /**
     * The options of the build under way. Not a document's own (getBuildOptions): Langium 4.4
     * keeps the options of a build a newer one cut short for the documents it left, so the plans
     * the background build had yet to validate would be validated by the edit that cut it short.
     */
    private building: BuildOptions | undefined;

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        this.building = options;
        await super.buildDocuments(documents, options, cancelToken);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.update(changed, deleted, cancelToken);
        this.validateClosedPlans();
    }

    /**
     * Validates, once nothing else waits for the workspace, the plans no edit has validated: their
     * diagnostics come after the open plan's. Queued from a read, which waits for the writes
     * queued before it, as a write that cancels none of them (StrideWorkspaceLock) and that the
     * next edit cancels.
     */
    validateClosedPlans(): void {
        const pending = () => this.langiumDocuments.all.filter(document => document.state < DocumentState.Validated).toArray();
        void this.workspaceLock.read(() => {
            if (pending().length === 0) return;
            void this.workspaceLock.writeInBackground(async cancelToken => {
                try {
                    await this.build(pending(), { validation: true }, cancelToken);
                } catch (error) {
                    // Nobody awaits this build: what it could not do, the next edit's build does.
                    if (isOperationCancelled(error)) throw error;
                    console.error(`Stride could not check the plans not open in the editor: ${error instanceof Error ? error.message : String(error)}`);
                }
            });
        });
    }
}
