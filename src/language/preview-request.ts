/**
 * The language server's `stride/previewModel` request: a validated document's preview model,
 * built from its Plan and the rule findings the editor shows for it (the editor's settings,
 * the plan's own `limit` lines and its `stride-ignore` comments all applied).
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { previewModel } from '../preview/build-model.js';
import { PREVIEW_MODEL_REQUEST, type DocumentPreview, type PreviewModelParams } from '../preview/model-request.js';
import type { StrideServices } from './stride-module.js';

export async function documentPreview(services: StrideServices, document: LangiumDocument): Promise<DocumentPreview> {
    const { thresholds, findings } = await services.validation.RuleValidator.documentFindings(document);
    const plan = services.plan.PlanProvider.planOf(document);
    return { uri: document.uri.toString(), version: document.textDocument.version, model: previewModel(plan, findings, thresholds.acwr) };
}

/** Answers `stride/previewModel` once the document is validated, so its version and its findings agree. */
export function registerPreviewRequest(shared: LangiumSharedServices): void {
    shared.lsp.Connection?.onRequest(PREVIEW_MODEL_REQUEST, createRequestHandler<PreviewModelParams, DocumentPreview>(
        (services, document) => documentPreview(services as StrideServices, document),
        shared,
        DocumentState.Validated,
    ));
}
