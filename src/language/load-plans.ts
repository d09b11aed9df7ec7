import type { Diagnostic } from 'vscode-languageserver-types';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Plan } from '../plan/model.js';
import type { Finding } from '../rules/finding.js';
import type { RuleThresholds } from '../rules/thresholds.js';
import { createStrideServices } from './stride-module.js';
import type { StrideWorkspaceLock } from './stride-workspace-lock.js';

export interface CheckedPlan {
    readonly uri: string;
    readonly text: string;
    readonly diagnostics: readonly Diagnostic[];
    readonly plan: Plan;
    /** The rules' findings as the diagnostics report them: the plan's `limit` lines and ignore comments applied. */
    readonly findings: readonly Finding[];
    readonly thresholds: RuleThresholds;
}

type Services = ReturnType<typeof createStrideServices>;

/**
 * Parses, links and validates plan texts with the built-in drills loaded, as the language
 * server would, and returns each one's diagnostics, Plan and rule findings as plain data. The
 * CLI and the tests use it.
 */
export async function checkPlanTexts(services: Services, files: ReadonlyArray<{ uri: string; text: string }>): Promise<CheckedPlan[]> {
    const { shared, Stride } = services;
    await ensureWorkspace(services);
    let documents: LangiumDocument[] = [];
    // Under the workspace lock, as the language server builds: never beside the build that checks
    // the plans not open, nor beside another check's build, and cut short by neither.
    await (shared.workspace.WorkspaceLock as StrideWorkspaceLock).writeToTheEnd(async () => {
        documents = files.map(file => {
            const uri = URI.parse(file.uri);
            if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
                shared.workspace.LangiumDocuments.deleteDocument(uri);
            }
            const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    });
    return Promise.all(documents.map(async document => ({
        uri: document.uri.toString(),
        text: document.textDocument.getText(),
        diagnostics: document.diagnostics ?? [],
        plan: Stride.plan.PlanProvider.planOf(document),
        ...await Stride.validation.RuleValidator.documentFindings(document),
    })));
}

/** Plan files read from disk (`path` absolute), checked by services of their own: what the CLI runs. */
export function checkPlanFiles(files: ReadonlyArray<{ path: string; text: string }>): Promise<CheckedPlan[]> {
    return checkPlanTexts(createStrideServices(NodeFileSystem), files.map(({ path, text }) => ({ uri: URI.file(path).toString(), text })));
}

const initialised = new WeakSet<object>();

async function ensureWorkspace(services: Services): Promise<void> {
    if (!initialised.has(services.shared)) {
        initialised.add(services.shared);
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    }
}
