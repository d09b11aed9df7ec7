import type { ConfigurationProvider, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { isBefore, overlapsRange, visitTree } from '../ast-walk.js';
import { isSessionUse, isWeek, isWeekBlock, type SessionUse, type Week, type WeekBlock } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import { rangeOf, type PlanSource } from '../source-map.js';
import type { StrideServices } from '../stride-module.js';
import { sessionFiguresLabel, weekFiguresLabel } from './figure-labels.js';

/** The editor settings (section `stride`, key `inlayHints`) that turn each kind of hint on or off. */
export interface InlayHintSettings {
    readonly weekTotals: boolean;
    readonly sessionTotals: boolean;
}

/**
 * The size of the plan as you write it: after each week header its distance, time, load and
 * change on the week before; after each session its minutes and load.
 */
export class StrideInlayHintProvider implements InlayHintProvider {
    private readonly configuration: ConfigurationProvider;
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.plans = services.plan.PlanProvider;
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[]> {
        const configured: Partial<InlayHintSettings> | undefined = await this.configuration.getConfiguration('stride', 'inlayHints');
        const weekTotals = configured?.weekTotals ?? true;
        const sessionTotals = configured?.sessionTotals ?? true;
        const source = this.plans.sourceOf(document);
        const hints: InlayHint[] = [];
        visitTree(document.parseResult.value, node => {
            if (!overlapsRange(node, params.range)) return false;
            if ((isWeek(node) || isWeekBlock(node)) && weekTotals) {
                hints.push(...weekHint(node, source));
            } else if (isSessionUse(node) && sessionTotals) {
                hints.push(...sessionHint(node, source));
            }
            return true;
        });
        // Those a declaration overlapping the range puts outside it are for another request; the rest in document order.
        return hints
            .filter(hint => !isBefore(hint.position, params.range.start) && !isBefore(params.range.end, hint.position))
            .sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
    }
}

/** After `{` of a week written in days, else at the end of the derivation; a block lists each of its weeks. */
function weekHint(declaration: Week | WeekBlock, source: PlanSource): InlayHint[] {
    const weeks = source.weeksOf(declaration);
    const units = source.plan.units;
    if (weeks.length === 0) {
        return [];
    }
    const label = weeks.length === 1
        ? weekFiguresLabel(weeks[0], units)
        : weeks.map(week => `${week.number}: ${weekFiguresLabel(week, units)}`).join(' | ');
    const brace = isWeek(declaration) && !declaration.base ? GrammarUtils.findNodeForKeyword(declaration.$cstNode, '{') : undefined;
    return [{ position: (brace?.range ?? rangeOf(declaration)).end, label, paddingLeft: true }];
}

/** At the end of a session on a day, with the figures of that day in that week. */
function sessionHint(use: SessionUse, source: PlanSource): InlayHint[] {
    const session = source.sessionOf(use);
    return session ? [{ position: rangeOf(use).end, label: sessionFiguresLabel(session), paddingLeft: true }] : [];
}
