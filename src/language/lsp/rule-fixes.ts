import type { QuickFix } from './quick-fix.js';

/** Quick fixes for the overload rules' warnings, by issue code. */
export const RULE_FIXES: Readonly<Record<string, QuickFix>> = {};
