import type { LangiumDocument, LangiumDocumentFactory } from 'langium';
import { Cancellation, DefaultWorkspaceManager, type LangiumSharedCoreServices } from 'langium';
import type { StrideDocumentBuilder } from './stride-document-builder.js';
import type { WorkspaceFolder } from 'vscode-languageserver-types';
import { BUILTIN_DRILLS_URI, builtinDrillsText } from './builtin-drills.js';

/** Loads the built-in drill library alongside the workspace's own plans, and has them all validated once they are read. */
export class StrideWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.initializeWorkspace(folders, cancelToken);
        (this.documentBuilder as StrideDocumentBuilder).validateClosedPlans();
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        collector(this.documentFactory.fromString(builtinDrillsText(), BUILTIN_DRILLS_URI));
    }
}
