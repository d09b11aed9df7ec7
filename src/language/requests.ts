/**
 * The language server's answers to Stride's own requests (src/protocol/requests.ts), each
 * given once the document is validated, so that what it says agrees with the diagnostics.
 */
import { base64 } from '@scure/base';
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { previewModel } from '../preview/build-model.js';
import { ExportError } from '../export/errors.js';
import { planToFit, type FitExport } from '../export/fit/fit-export.js';
import { planToIcs, type IcsExport } from '../export/ical.js';
import type { Plan } from '../plan/model.js';
import type { PreviewErrors } from '../preview/model.js';
import {
    CalendarRequest, MoveSessionRequest, PreviewModelRequest, WatchFilesRequest,
    type Calendar, type CalendarParams, type DocumentPreview, type MoveSessionParams, type MoveSessionResult,
    type PreviewParams, type PreviewPatch, type WatchFiles, type WatchFilesParams,
} from '../protocol/requests.js';
import { previewPatch } from '../preview/patch.js';
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

/** A validated document's Plan and the number of its errors: a plan with any is not exported. */
function documentPlan(services: StrideServices, document: LangiumDocument): { uri: string; version: number; plan: Plan; errors: number } {
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        plan: services.plan.PlanProvider.planOf(document),
        errors: (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error).length,
    };
}

/** A validated document's calendar; none when it has errors or cannot be exported. */
function calendar(services: StrideServices, document: LangiumDocument, params: CalendarParams): Calendar {
    const { plan, errors, uri, version } = documentPlan(services, document);
    let exported: IcsExport | null = null;
    let problem: string | null = null;
    if (errors === 0) {
        try {
            exported = planToIcs(plan, { ...params, now: new Date(params.now) });
        } catch (error) {
            if (!(error instanceof ExportError)) throw error;
            problem = error.message;
        }
    }
    return { uri, version, planName: plan.name, errors, problem, ics: exported?.ics ?? null, events: exported?.events ?? 0, cancelled: exported?.cancelled ?? 0 };
}

/** A validated document's FIT files; none when it has errors or cannot be put on a watch. */
function watchFiles(services: StrideServices, document: LangiumDocument, params: WatchFilesParams): WatchFiles {
    const { plan, errors, uri, version } = documentPlan(services, document);
    let exported: FitExport | null = null;
    let problem: string | null = null;
    if (errors === 0) {
        try {
            exported = planToFit(plan, { now: new Date(params.now), today: params.today });
        } catch (error) {
            if (!(error instanceof ExportError)) throw error;
            problem = error.message;
        }
    }
    return {
        uri, version, planName: plan.name, errors, problem,
        files: exported?.files.map(file => ({ name: file.name, base64: base64.encode(file.bytes) })) ?? [],
        workouts: exported?.workouts ?? 0,
        scheduled: exported?.scheduled ?? null,
    };
}

export function registerRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    // The last preview of each open document the client was sent: what a patch is made against.
    const previews = new Map<string, DocumentPreview>();
    shared.workspace.TextDocuments?.onDidClose(event => previews.delete(event.document.uri));
    connection?.onRequest(PreviewModelRequest, createRequestHandler<PreviewParams, DocumentPreview | PreviewPatch>(async (services, document, params) => {
        const preview = await documentPreview(services as StrideServices, document);
        const before = previews.get(preview.uri);
        previews.set(preview.uri, preview);
        return before && before.version === params.since ? previewPatch(before, preview) : preview;
    }, shared, DocumentState.Validated));
    connection?.onRequest(CalendarRequest, createRequestHandler<CalendarParams, Calendar>(
        (services, document, params) => calendar(services as StrideServices, document, params), shared, DocumentState.Validated));
    connection?.onRequest(WatchFilesRequest, createRequestHandler<WatchFilesParams, WatchFiles>(
        (services, document, params) => watchFiles(services as StrideServices, document, params), shared, DocumentState.Validated));
    connection?.onRequest(MoveSessionRequest, createRequestHandler<MoveSessionParams, MoveSessionResult>(
        (services, document, params) => documentMoveSession(services as StrideServices, document, params), shared, DocumentState.Validated));
}
