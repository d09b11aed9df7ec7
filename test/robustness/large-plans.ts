/**
 * Very large texts, and a language server's edits to them: ten years of a plan written out
 * day by day (every day, four sessions a day), and files of ten megabytes that are not plans
 * at all.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { services } from '../helpers.js';

export { generateDayByDayPlan as writtenOutPlan } from '../../bench/generate-plan.js';


const TEN_MB = 10_000_000;

/** Ten megabytes that are not a plan, each the shape of a limit: one line, one string, comments, digits, escapes. */
export const TEN_MB_FILES: ReadonlyArray<{ readonly name: string; readonly text: () => string; readonly errors: readonly string[] }> = [
    {
        name: 'a plan named with a 10 MB string',
        text: () => `plan "${'x'.repeat(TEN_MB)}"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 { tue run 5km }\n`,
        errors: [],
    },
    {
        name: 'a quarter of a million lines of comments',
        text: () => `plan "P"\n${'// a comment pasted in, one line of many\n'.repeat(Math.ceil(TEN_MB / 41))}`,
        errors: ['more than 50000 comments in a row: the rest of them are left out'],
    },
    {
        name: 'a 10 MB number',
        text: () => `plan "P"\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 { tue run ${'9'.repeat(TEN_MB)}m }\n`,
        errors: ['999999999999... (10000000 digits) is too large: a number in a plan is at most 1000000'],
    },
    {
        name: 'a string of five million escapes',
        text: () => `plan "${'\\\\'.repeat(TEN_MB / 2)}"\n`,
        // Nothing was read, so the file does not start with a plan's name either.
        errors: ['Stride cannot read this file: a part of it is too long to read', 'a plan starts with its name: plan "My plan"'],
    },
];

/**
 * What the language server does on each edit: the editor's text for the document, then a
 * build under the workspace lock, which cancels the build of the edit before. Resolves when
 * this edit's build is done or was cancelled by a newer one.
 */
export function edit(uri: URI, version: number, text: string): Promise<void> {
    const { TextDocuments, WorkspaceLock, DocumentBuilder } = services.shared.workspace;
    TextDocuments!.set(TextDocument.create(uri.toString(), 'stride', version, text));
    return WorkspaceLock.write(token => DocumentBuilder.update([uri], [], token));
}

/** The versions of a document whose diagnostics were computed, in order: what the editor would have been sent. */
export function validatedVersions(uri: URI): number[] {
    const versions: number[] = [];
    services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document: LangiumDocument) => {
        if (document.uri.toString() === uri.toString()) {
            versions.push(document.textDocument.version);
        }
    });
    return versions;
}

export function documentAt(uri: URI): LangiumDocument {
    return services.shared.workspace.LangiumDocuments.getDocument(uri)!;
}

/** Seconds since `start` (a performance.now() reading), to one decimal. */
export function secondsSince(start: number): number {
    return Math.round((performance.now() - start) / 100) / 10;
}

export function uriOf(name: string): URI {
    return URI.parse(`file:///robustness/${name}.stride`);
}
