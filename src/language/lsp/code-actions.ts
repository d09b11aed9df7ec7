import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { StrideServices } from '../stride-module.js';
import { LANGUAGE_FIXES } from './language-fixes.js';
import type { QuickFix } from './quick-fix.js';
import { RULE_FIXES } from './rule-fixes.js';

const QUICK_FIXES: Readonly<Record<string, QuickFix>> = { ...LANGUAGE_FIXES, ...RULE_FIXES };

/** Quick fixes, chosen by the issue code of each diagnostic in the request. */
export class StrideCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: StrideServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => {
            const fix = diagnostic.code === undefined ? undefined : QUICK_FIXES[String(diagnostic.code)];
            return fix ? fix(diagnostic, document, this.services) : [];
        });
    }
}
