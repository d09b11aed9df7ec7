import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { StrideServices } from '../stride-module.js';

/** Builds the quick fixes for one diagnostic; registered by the diagnostic's issue code. */
export type QuickFix = (diagnostic: Diagnostic, document: LangiumDocument, services: StrideServices) => CodeAction[];
