import type { QuickFix } from './quick-fix.js';

/** Quick fixes for the language's own errors (unknown drill, bare number, unused drill), by issue code. */
export const LANGUAGE_FIXES: Readonly<Record<string, QuickFix>> = {};
