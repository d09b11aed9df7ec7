/**
 * The language server's answers to Stride's own requests (src/protocol/requests.ts), each
 * given once the document is validated, so that what it says agrees with the diagnostics.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { previewModel } from '../preview/build-model.js';
import { PlanRequest, PreviewModelRequest, type DocumentParams, type DocumentPlan, type DocumentPreview } from '../protocol/requests.js';
import type { StrideServices } from './stride-module.js';

/** A validated document's preview model, built from its Plan and the rule findings the editor shows for it. */
export async function documentPreview(services: StrideServices, document: LangiumDocument): Promise<DocumentPreview> {
    const { thresholds, findings } = await services.validation.RuleValidator.documentFindings(document);
    const plan = services.plan.PlanProvider.planOf(document);
    return { uri: document.uri.toString(), version: document.textDocument.version, model: previewModel(plan, findings, thresholds.acwr) };
}

function documentPlan(services: StrideServices, document: LangiumDocument): DocumentPlan {
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        plan: services.plan.PlanProvider.planOf(document),
        errors: (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error).length,
    };
}

export function registerRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    connection?.onRequest(PreviewModelRequest, createRequestHandler<DocumentParams, DocumentPreview>(
        (services, document) => documentPreview(services as StrideServices, document), shared, DocumentState.Validated));
    connection?.onRequest(PlanRequest, createRequestHandler<DocumentParams, DocumentPlan>(
        (services, document) => documentPlan(services as StrideServices, document), shared, DocumentState.Validated));
}
