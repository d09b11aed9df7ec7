import type { Diagnostic } from 'vscode-languageserver-types';
import { URI, type LangiumDocument } from 'langium';
import type { Plan } from '../plan/model.js';
import type { createStrideServices } from './stride-module.js';

export interface CheckedPlan {
    readonly uri: string;
    readonly text: string;
    readonly diagnostics: readonly Diagnostic[];
    readonly plan: Plan;
}

type Services = ReturnType<typeof createStrideServices>;

/**
 * Parses, links and validates plan texts with the built-in drills loaded, as the language
 * server would, and returns each one's diagnostics and Plan. The CLI and the tests use it.
 */
export async function checkPlanTexts(services: Services, files: ReadonlyArray<{ uri: string; text: string }>): Promise<CheckedPlan[]> {
    const { shared, Stride } = services;
    await ensureWorkspace(services);
    const documents: LangiumDocument[] = files.map(file => {
        const uri = URI.parse(file.uri);
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.map(document => ({
        uri: document.uri.toString(),
        text: document.textDocument.getText(),
        diagnostics: document.diagnostics ?? [],
        plan: Stride.plan.PlanProvider.planOf(document),
    }));
}

const initialised = new WeakSet<object>();

async function ensureWorkspace(services: Services): Promise<void> {
    if (!initialised.has(services.shared)) {
        initialised.add(services.shared);
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    }
}
