import type { LangiumDocuments } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isBuiltinDocument } from '../builtin-drills.js';
import { StrideDocumentSymbolProvider } from './document-symbols.js';

/** Days and the sessions on them are too many to search by name; everything else in an outline is a workspace symbol. */
const LISTED_KINDS = new Set<SymbolKind>([SymbolKind.Module, SymbolKind.Constant, SymbolKind.Function, SymbolKind.Class, SymbolKind.Namespace]);

/**
 * Workspace symbols: every plan's name, paces, drills, named sessions and weeks. Plans export
 * nothing to the index (each is self-contained), so they are read from the outline of each plan.
 */
export class StrideWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;
    private readonly outline = new StrideDocumentSymbolProvider();

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            if (isBuiltinDocument(document.uri)) continue;
            const uri = document.uri.toString();
            const visit = (symbol: DocumentSymbol, containerName: string | undefined) => {
                if (LISTED_KINDS.has(symbol.kind) && this.fuzzyMatcher.match(params.query, symbol.name)) {
                    symbols.push({ name: symbol.name, kind: symbol.kind, containerName, location: { uri, range: symbol.selectionRange } });
                }
                symbol.children?.forEach(child => visit(child, symbol.kind === SymbolKind.Module ? symbol.name : containerName));
            };
            (await this.outline.getSymbols(document)).forEach(symbol => visit(symbol, undefined));
        }
        return symbols;
    }
}
