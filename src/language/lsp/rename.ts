import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Position, PrepareRenameParams, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import { isBuiltinDocument } from '../builtin-drills.js';
import { isWeekBlock } from '../generated/ast.js';

/**
 * Rename of a plan's own drills, sessions, paces and weeks. A built-in drill is not the plan's to
 * rename, and a week made by `weeks A-B` has no number of its own to change.
 */
export class StrideRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        return this.isRenameable(this.targetAt(document, params.position)) ? super.rename(document, params) : undefined;
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): MaybePromise<Range | undefined> {
        return this.isRenameable(this.targetAt(document, params.position)) ? super.prepareRename(document, params) : undefined;
    }

    private targetAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const word = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return word ? this.references.findDeclarations(word)[0] : undefined;
    }

    private isRenameable(target: AstNode | undefined): boolean {
        return target !== undefined && !isBuiltinDocument(AstUtils.getDocument(target).uri) && !isWeekBlock(target);
    }
}
