/**
 * The language server's answers to Stride's own requests (src/protocol/requests.ts), each
 * given once the document is validated, so that what it says agrees with the diagnostics.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { previewModel } from '../preview/build-model.js';
import type { PreviewErrors } from '../preview/model.js';
import {
    MoveSessionRequest, PlanRequest, PreviewModelRequest, type DocumentParams, type DocumentPlan, type DocumentPreview, type MoveSessionParams,
    type MoveSessionResult,
} from '../protocol/requests.js';
import { moveSession } from './move-session.js';
import type { StrideServices } from './stride-module.js';

/** How many of a document's errors the preview lists; it counts them all. */
const LISTED_ERRORS = 20;

/** A validated document's preview model, built from its Plan and the rule findings the editor shows for it, with its errors. */
export async function documentPreview(services: StrideServices, document: LangiumDocument): Promise<DocumentPreview> {
    const { thresholds, findings } = await services.validation.RuleValidator.documentFindings(document);
    const plan = services.plan.PlanProvider.planOf(document);
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        model: previewModel(plan, findings, thresholds.acwr),
        errors: documentErrors(document),
    };
}

function documentErrors(document: LangiumDocument): PreviewErrors {
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return {
        count: errors.length,
        listed: errors.slice(0, LISTED_ERRORS).map(error => ({
            message: typeof error.message === 'string' ? error.message : error.message.value,
            line: error.range.start.line,
        })),
    };
}

/** The edit that moves a session of a validated document to another day, computed from the Plan's source map. */
export function documentMoveSession(services: StrideServices, document: LangiumDocument, params: MoveSessionParams): MoveSessionResult {
    return moveSession(services.plan.PlanProvider.sourceOf(document), document, params);
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
    connection?.onRequest(MoveSessionRequest, createRequestHandler<MoveSessionParams, MoveSessionResult>(
        (services, document, params) => documentMoveSession(services as StrideServices, document, params), shared, DocumentState.Validated));
}
