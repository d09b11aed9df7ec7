import type { AstNode, LangiumDocument, MaybePromise, References } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { formatDistance, formatPace } from '../../plan/format.js';
import { describeEffort } from '../../plan/describe.js';
import {
    isDrillDef, isPaceDef, isSessionDef, isStep, isWeek, isWeekBlock, type PaceDef, type SessionDef, type Step, type Week, type WeekBlock,
} from '../generated/ast.js';
import { paceSecondsPerKm } from '../ast-values.js';
import { drillOf } from '../drill-defs.js';
import type { PlanProvider } from '../plan-provider.js';
import { weekHeaderRange, type PlanSource } from '../source-map.js';
import type { StrideServices } from '../stride-module.js';
import { drillMarkdown, markdownText, sessionFiguresLabel, weekMarkdown } from './figure-labels.js';

/**
 * Hovers that answer "what is this and how big is it": a drill's description and how it is
 * counted, a pace's value, a named session's size and a week's totals, from the cached Plan.
 */
export class StrideHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly plans: PlanProvider;
    private readonly nameRegexp: RegExp;

    constructor(services: StrideServices) {
        this.references = services.references.References;
        this.plans = services.plan.PlanProvider;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const markdown = this.markdownAt(document, document.textDocument.offsetAt(params.position));
        return markdown === undefined ? undefined : { contents: { kind: 'markdown', value: markdown } };
    }

    private markdownAt(document: LangiumDocument, offset: number): string | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const word = CstUtils.findDeclarationNodeAtOffset(root, offset, this.nameRegexp);
        const target = word && word.end > offset ? this.references.findDeclarations(word)[0] : undefined;
        if (word && target) {
            const described = this.describe(target, document, word.text);
            const step = isDrillDef(target) && isStep(word.astNode) ? this.stepMarkdown(word.astNode, document) : undefined;
            return step === undefined ? described : `${described}\n\n---\n\n${step}`;
        }
        const header = AstUtils.getContainerOfType(CstUtils.findLeafNodeAtOffset(root, offset)?.astNode, isWeekOrBlock);
        if (!header) {
            return undefined;
        }
        const { start, end } = weekHeaderRange(header);
        const onHeader = document.textDocument.offsetAt(start) <= offset && offset < document.textDocument.offsetAt(end);
        return onHeader ? this.weeksMarkdown(header, document) : undefined;
    }

    /** What the step's effort means for this athlete, and its size: `**This step**: 7.79 m/s (95% of max speed): 60 m in 7.70 s, RPE 9 · 25 min · 53 AU`. */
    private stepMarkdown(step: Step, document: LangiumDocument): string | undefined {
        const source = this.plans.sourceOf(document);
        const made = source.stepOf(step);
        return made && `**This step**: ${markdownText(describeEffort(made, source.plan))} · ${sessionFiguresLabel(made)}`;
    }

    /** `word` is the text hovered: on a reference to a week of a block, the number of the week meant. */
    private describe(target: AstNode, document: LangiumDocument, word: string): string | undefined {
        if (isDrillDef(target)) {
            return drillMarkdown(drillOf(target));
        }
        if (isPaceDef(target)) {
            return paceMarkdown(target);
        }
        if (isSessionDef(target)) {
            return sessionMarkdown(target, this.plans.sourceOf(document));
        }
        return isWeekOrBlock(target) ? this.weeksMarkdown(target, document, word) : undefined;
    }

    /** The totals of the weeks a declaration makes; of a block, only the week named when a reference names one. */
    private weeksMarkdown(declaration: Week | WeekBlock, document: LangiumDocument, word?: string): string | undefined {
        const source = this.plans.sourceOf(document);
        const weeks = source.weeksOf(declaration);
        const named = weeks.filter(week => String(week.number) === word);
        const shown = isWeekBlock(declaration) && named.length > 0 ? named : weeks;
        return shown.length === 0 ? undefined : shown.map(week => weekMarkdown(week, source.plan.units)).join('\n\n---\n\n');
    }
}

function isWeekOrBlock(node: unknown): node is Week | WeekBlock {
    return isWeek(node) || isWeekBlock(node);
}

/** `**easy** pace: 5:40/km (9:07/mi)`. */
function paceMarkdown(pace: PaceDef): string {
    const secondsPerKm = paceSecondsPerKm(pace.value);
    if (secondsPerKm === null) {
        return `**${pace.name}** pace: not a valid pace`;
    }
    return `**${pace.name}** pace: ${formatPace(secondsPerKm, 'km')} (${formatPace(secondsPerKm, 'mi')})`;
}

/** A named session's title and kind, and its size where a week written out in days first uses it. */
function sessionMarkdown(session: SessionDef, source: PlanSource): string {
    const heading = [`**${markdownText(session.title ?? session.name)}** (\`${session.name}\`)`, session.kind].filter(Boolean).join(' · ');
    const first = source.usesOf(session)[0];
    if (!first) {
        return `${heading}\n\nnot used in any week yet`;
    }
    const { week, day, session: use } = first;
    const distance = use.distanceM > 0 ? ` · ${formatDistance(use.distanceM, source.plan.units)}` : '';
    return `${heading}\n\n${sessionFiguresLabel(use)}${distance} (week ${week.number} ${day.weekday ?? day.date ?? ''})`;
}
