import type { CstNode } from 'langium';
import { AstUtils } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { isBuiltinDocument } from '../builtin-drills.js';

/**
 * Go to definition within the plan. Built-in drills live in a virtual document that an editor
 * cannot open, so a built-in drill has no definition to go to: its hover says what it is.
 */
export class StrideDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        return super.findLinks(source).filter(link => !isBuiltinDocument(AstUtils.getDocument(link.target.astNode).uri));
    }
}
