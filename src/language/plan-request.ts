/**
 * The language server's `stride/plan` request: a validated document's Plan, as the editor
 * sees it (unsaved changes included), with the number of errors it has. The extension's
 * export reads the Plan from here, so it never compiles a plan itself.
 */
import { DocumentState } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Plan } from '../plan/model.js';
import type { StrideServices } from './stride-module.js';

/** The method name; the extension imports it from here (esbuild keeps only the constant). */
export const PLAN_REQUEST = 'stride/plan';

export interface PlanParams {
    readonly textDocument: { readonly uri: string };
}

export interface DocumentPlan {
    readonly uri: string;
    readonly version: number;
    readonly plan: Plan;
    /** Diagnostics of severity error: a plan with any is not exported. */
    readonly errors: number;
}

/** Answers `stride/plan` once the document is validated, so its Plan and its error count agree. */
export function registerPlanRequest(shared: LangiumSharedServices): void {
    shared.lsp.Connection?.onRequest(PLAN_REQUEST, createRequestHandler<PlanParams, DocumentPlan>(
        (services, document) => ({
            uri: document.uri.toString(),
            version: document.textDocument.version,
            plan: (services as StrideServices).plan.PlanProvider.planOf(document),
            errors: (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error).length,
        }),
        shared,
        DocumentState.Validated,
    ));
}
