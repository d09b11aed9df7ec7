import type {
    AstNode, AstNodeDescription, GrammarAST, LangiumDocument, LangiumDocuments, LeafCstNode, MaybePromise, ReferenceInfo, Stream,
} from 'langium';
import { AstUtils, CstUtils, GrammarAST as Grammar, GrammarUtils, stream, TextDocument, URI } from 'langium';
import {
    DefaultCompletionProvider, findNextFeatures, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type LangiumServices, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import type { Measure } from '../../drills/index.js';
import { WEEKDAYS } from '../../plan/model.js';
import { isBuiltinDocument } from '../builtin-drills.js';
import {
    isAmount, isDrillDef, isOneRepMaxSetting, isPaceDef, isPlanFile, isSessionDef, isStep, isWeek, type DrillDef, type PlanFile, type Step,
} from '../generated/ast.js';
import { stepAmounts, weekNumbersOf } from '../ast-values.js';
import { drillOf } from '../drill-defs.js';
import { splitIntoBlocks, type Block } from '../parsing/blocks.js';
import { drillMarkdown, kindLabel } from './figure-labels.js';

/** Every unit the grammar has, in words. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
    m: 'metres', km: 'kilometres', mi: 'miles', yd: 'yards', s: 'seconds', sec: 'seconds', min: 'minutes', h: 'hours',
    kg: 'kilograms', lb: 'pounds', 'm/s': 'metres per second', 'km/h': 'kilometres per hour', mph: 'miles per hour',
};
const MEASURE_OF_UNIT_RULE: Readonly<Record<string, Measure>> = { DistanceUnit: 'distance', TimeUnit: 'time' };
const UNIT_RULES = new Set(['DistanceUnit', 'TimeUnit', 'MassUnit', 'SpeedUnit']);
/** Where a unit is written after a space (`max-speed 8.2 m/s`, `1rm back-squat 161 kg`) rather than against its number. */
const SPACED_UNIT_SETTINGS = new Set(['MaxSpeedSetting', 'OneRepMaxSetting', 'SpeedProp']);

/** Tokens before the cursor that the completion parser could not read, beyond which nothing is offered (see featuresAt). */
const MAX_UNREAD_TOKENS = 12;

/** What a rest may be spent as: `rest 200m jog`, `rest 90s walk`. */
const RECOVERIES = new Set(['jog', 'walk']);

const RPE_WORDS = ['very easy', 'easy', 'moderate', 'somewhat hard', 'hard', 'hard', 'very hard', 'very hard', 'near maximal', 'maximal'];
const ZONE_WORDS = ['recovery', 'aerobic', 'tempo', 'threshold', 'VO2max'];

/**
 * Completion that knows training: drills by name, alias or a fuzzy abbreviation, only those that
 * fit the amount written before them; units that fit a number; intensities after `@`; the
 * weekdays a week still lacks; and snippets for the larger blocks of a plan.
 */
/** Where the tokens before and at a place of the text start and end (DefaultCompletionProvider's backtrackToAnyToken). */
type TokensAround = ReturnType<DefaultCompletionProvider['backtrackToAnyToken']>;

export class StrideCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['@'] };
    private readonly documents: LangiumDocuments;
    /** The blocks of the last text asked about (parsing/blocks.ts): where the lexer may start afresh near the cursor. */
    private lastBlocks: { readonly text: string; readonly blocks: readonly Block[] } | undefined;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /**
     * Nothing inside a comment, which is free text.
     *
     * An editor may ask past the end of a line or of the text. Langium 4.4.0 reads the text at the
     * offset it clamps such a position to, but builds edits that end at the position as sent,
     * outside the document and longer than their insert range allows: so the position is
     * clamped first, to the place in the text it stands for.
     */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const position = document.textDocument.positionAt(offset);
        const root = document.parseResult.value.$cstNode;
        const before = root && offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
        // In a line comment up to its end; in a block comment up to its `*/`.
        const inComment = before?.hidden === true && (before.tokenType.name === 'SL_COMMENT' || (before.tokenType.name === 'ML_COMMENT' && offset < before.end));
        return inComment ? { isIncomplete: false, items: [] } : super.getCompletion(document, { ...params, position }, cancelToken);
    }

    /** One item a label: a snippet before a reference before a keyword of the same name (`session` the snippet, not also the word). */
    protected override deduplicateItems(items: CompletionItem[]): CompletionItem[] {
        const best = new Map<string, CompletionItem>();
        for (const item of items) {
            const known = best.get(item.label);
            if (!known || preference(item) < preference(known)) {
                best.set(item.label, item);
            }
        }
        return items.filter(item => best.get(item.label) === item);
    }

    /**
     * Langium finds what may come next by parsing from the top of the file to the cursor, which
     * costs more the further down a long plan one types. A plan is a run of declarations (drills,
     * sessions, weeks) after its header, and the parser is in the same state at the start of each,
     * so the text is parsed from the start of the declaration before the cursor's instead, when
     * everything above that start parsed without an error.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const start = this.cleanDeclarationStartBefore(document, offset);
        if (start === 0) {
            return this.featuresAt(document, offset);
        }
        const prefix = TextDocument.create(document.uri, document.languageId, document.version, document.getText().slice(start, offset));
        return this.featuresAt(prefix, offset - start);
    }

    /**
     * Langium's own findFeaturesAt, except where the completion parser stopped more than
     * MAX_UNREAD_TOKENS before the cursor. Langium then tries every way the grammar could read
     * the tokens in between, which grows exponentially after an error (half a second at 17
     * tokens, out of stack at 20). In a plan without errors that many are left unread only
     * inside a string or a comment, where there is nothing to offer either.
     */
    private featuresAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText({ start: { line: 0, character: 0 }, end: document.positionAt(offset) });
        const { tokens, tokenIndex, elementStack } = this.completionParser.parse(text);
        const unread = tokens.slice(tokenIndex);
        if (unread.length > MAX_UNREAD_TOKENS) {
            return [];
        }
        const stack = tokenIndex === 0
            ? [this.buildSyntheticEntryRuleCall(GrammarUtils.getEntryRule(this.grammar)!)]
            : elementStack.map(feature => ({ feature }));
        return findNextFeatures([stack], unread);
    }

    /**
     * Langium 4.4 finds the tokens around the cursor by lexing the whole text, seconds at every
     * completion in a 10 MB plan. A block starts a line outside any string or comment, where the
     * lexer starts afresh, so the text from the block before the cursor's to the end of the one
     * after it has the same tokens around the cursor.
     */
    protected override backtrackToAnyToken(text: string, offset: number): TokensAround {
        if (this.lastBlocks?.text !== text) this.lastBlocks = { text, blocks: splitIntoBlocks(text) };
        const { blocks } = this.lastBlocks;
        let at = 0;
        for (let low = 0, high = blocks.length - 1; low <= high;) {
            const middle = (low + high) >> 1;
            if (blocks[middle].offset <= offset) {
                at = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        const start = blocks[Math.max(0, at - 1)].offset;
        const end = at + 2 < blocks.length ? blocks[at + 2].offset : text.length;
        const around = super.backtrackToAnyToken(text.slice(start, end), offset - start);
        const place = (value: number | undefined) => (value === undefined ? undefined : value + start);
        return {
            nextTokenStart: around.nextTokenStart + start,
            nextTokenEnd: around.nextTokenEnd + start,
            previousTokenStart: place(around.previousTokenStart),
            previousTokenEnd: place(around.previousTokenEnd),
        };
    }

    /** The start of the declaration before the one at `offset`, or 0 when there is none or the text above it has errors. */
    private cleanDeclarationStartBefore(document: TextDocument, offset: number): number {
        const parsed = this.documents.getDocument(URI.parse(document.uri));
        if (parsed?.textDocument.version !== document.version || !isPlanFile(parsed.parseResult.value)) {
            return 0;
        }
        const file: PlanFile = parsed.parseResult.value;
        const starts = [file.header, ...file.drills, ...file.templates, ...file.weeks, ...file.blocks]
            .map(declaration => declaration?.$cstNode?.offset)
            .filter((start): start is number => start !== undefined && start < offset)
            .sort((a, b) => b - a);
        const start = starts[1] ?? 0;
        const { lexerErrors, parserErrors } = parsed.parseResult;
        const cleanAbove = lexerErrors.every(error => error.offset >= start) && parserErrors.every(error => !(error.token.startOffset < start));
        return cleanAbove ? start : 0;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        const touchesNumber = this.numberBefore(context) !== undefined;
        if (Grammar.isKeyword(feature)) {
            const rule = AstUtils.getContainerOfType(feature, Grammar.isParserRule)?.name ?? '';
            if (UNIT_RULES.has(rule)) {
                return this.completeUnit(context, feature, rule, touchesNumber, acceptor);
            }
            if (touchesNumber || (rule === 'Weekday' && this.usedWeekdays(context).has(feature.value))) {
                return;
            }
            if (rule === 'Intensity' && feature.value === 'max') {
                return acceptor(context, { label: 'max', kind: CompletionItemKind.EnumMember, detail: 'all-out effort', sortText: '4' });
            }
            this.completeSnippet(context, feature, rule, acceptor);
            if (rule === 'Weekday' && this.startsLine(context)) {
                // At the start of a line in a week, the next day is the likeliest thing to write.
                return acceptor(context, { label: feature.value, kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '00' });
            }
            return super.completionFor(context, next, acceptor);
        }
        if (touchesNumber) {
            return;
        }
        if (Grammar.isRuleCall(feature)) {
            return this.completeIntensityValue(context, feature, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Langium offers a cross-reference with the node before the cursor as its container, which
     * may be a part of the node that holds the reference (an amount of a step): use that node.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const property = AstUtils.getContainerOfType(next.feature, Grammar.isAssignment)?.feature;
        let node = context.node;
        while (!next.type && property && node && !(property in this.astReflection.getTypeMetaData(node.$type).properties)) {
            node = node.$container;
        }
        return super.completionForCrossReference({ ...context, node }, next, acceptor);
    }

    private startsLine(context: CompletionContext): boolean {
        const lineStart = context.textDocument.offsetAt({ line: context.position.line, character: 0 });
        return context.textDocument.getText().substring(lineStart, context.tokenOffset).trim() === '';
    }

    /** The NUMBER token that ends exactly where the completed token starts: `60|` or `60m|`. */
    private numberBefore(context: CompletionContext): LeafCstNode | undefined {
        const root = context.document.parseResult.value.$cstNode;
        if (!root || context.tokenOffset === 0) {
            return undefined;
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, context.tokenOffset - 1);
        return leaf && leaf.end === context.tokenOffset && leaf.tokenType.name === 'NUMBER' ? leaf : undefined;
    }

    private completeUnit(context: CompletionContext, keyword: GrammarAST.Keyword, rule: string, touchesNumber: boolean, acceptor: CompletionAcceptor): void {
        const spaced = context.node !== undefined && SPACED_UNIT_SETTINGS.has(context.node.$type);
        if (!touchesNumber && !spaced) {
            return;
        }
        const measure = MEASURE_OF_UNIT_RULE[rule];
        if (measure !== undefined && !this.fitsDrillOfAmount(context, measure)) {
            return;
        }
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Unit,
            detail: UNIT_WORDS[keyword.value],
            sortText: '0',
        });
    }

    /** A distance or time unit fits the drill that follows the number, if one does: no `8km` for back squats. */
    private fitsDrillOfAmount(context: CompletionContext, measure: Measure): boolean {
        const amount = this.numberBefore(context)?.astNode;
        if (!isAmount(amount) || !isStep(amount.$container)) {
            return true;
        }
        const drill = amount.$container.drill?.ref;
        return drill === undefined || drillOf(drill).measures.includes(measure);
    }

    /** Weekdays that other days of the enclosing week already use. */
    private usedWeekdays(context: CompletionContext): Set<string> {
        const week = context.node && AstUtils.getContainerOfType(context.node, isWeek);
        const isEdited = (node: AstNode) => node.$cstNode !== undefined && node.$cstNode.offset <= context.offset && context.offset <= node.$cstNode.end;
        const used = (week?.days ?? []).filter(day => day.weekday && !isEdited(day)).map(day => day.weekday!);
        return new Set(used);
    }

    /** `RPE7`, `Z2` and `90%` after `@`. */
    private completeIntensityValue(context: CompletionContext, call: GrammarAST.RuleCall, acceptor: CompletionAcceptor): void {
        const terminal = call.rule.ref?.name;
        if (terminal === 'RPE') {
            RPE_WORDS.forEach((words, index) => acceptor(context, {
                label: `RPE${index + 1}`, kind: CompletionItemKind.EnumMember, detail: `effort ${index + 1} of 10: ${words}`, sortText: `1${index}`,
            }));
        } else if (terminal === 'ZONE') {
            ZONE_WORDS.forEach((words, index) => acceptor(context, {
                label: `Z${index + 1}`, kind: CompletionItemKind.EnumMember, detail: `heart-rate zone ${index + 1}: ${words}`, sortText: `2${index}`,
            }));
        } else if (terminal === 'TEMPO') {
            acceptor(context, {
                label: 'tempo 3-1-1-0', kind: CompletionItemKind.Snippet, insertText: 'tempo ${1:3}-${2:1}-${3:1}-${4:0}',
                insertTextFormat: InsertTextFormat.Snippet, detail: 'seconds lowering, paused, lifting and paused in each rep of a lift', sortText: '5',
            });
        } else if (terminal === 'NUMBER' && isPercentOfIntensity(call)) {
            acceptor(context, {
                label: '95%', kind: CompletionItemKind.Snippet, insertText: '${1:95}%', insertTextFormat: InsertTextFormat.Snippet,
                detail: 'share of max speed (runs, sprints) or of 1RM (lifts)', sortText: '3',
            });
        }
    }

    /** Templates for a plan header, a week, a named session and a circuit, offered where their keyword is. */
    private completeSnippet(context: CompletionContext, keyword: GrammarAST.Keyword, rule: string, acceptor: CompletionAcceptor): void {
        const snippet = (label: string, detail: string, body: string) => acceptor(context, {
            label, kind: CompletionItemKind.Snippet, detail, insertText: body, insertTextFormat: InsertTextFormat.Snippet, sortText: '3',
        });
        if (startsRule(keyword, 'PlanHeader')) {
            snippet('plan', 'plan header', 'plan "${1:Name}"\n\tstart ${2:YYYY-MM-DD}\n\tunits ${3|km,mi|}\n\tpace easy ${4:6:00}/km\n$0');
        } else if (startsRule(keyword, 'Week')) {
            const number = this.nextWeekNumber(context);
            snippet('week', `week ${number}`, `week \${1:${number}} "\${2:Title}" {\n\t\${3|${WEEKDAYS.join(',')}|} $0\n}`);
        } else if (startsRule(keyword, 'SessionDef')) {
            snippet('session', 'named session', 'session ${1:name} "${2:Title}" ${3|run,speed,strength,plyometrics,mobility,circuit,cross|} {\n\t$0\n}');
        } else if (rule === 'SessionKind' && keyword.value === 'circuit') {
            snippet('circuit', 'rounds of a circuit', 'circuit ${1:3} rounds {\n\t$0\n} rest ${2:2min}');
        }
    }

    private nextWeekNumber(context: CompletionContext): number {
        const file = context.document.parseResult.value;
        if (!isPlanFile(file)) {
            return 1;
        }
        const numbers = [...file.weeks, ...file.blocks].flatMap(weekNumbersOf);
        return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
    }

    /** Drills: one item per drill, found by its name or any alias, and only those that fit the amount before it. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (this.astReflection.getReferenceType(refInfo) !== 'DrillDef') {
            return candidates;
        }
        if (refInfo.property === 'activity') {
            // `rest 200m jog`: a rest is jogged or walked.
            return candidates.filter(description => RECOVERIES.has(description.name));
        }
        const typed = typedText(context);
        const measure = this.measureBefore(context);
        const liftsOnly = isOneRepMaxSetting(refInfo.container);
        const best = new Map<string, { description: AstNodeDescription; rank: number }>();
        for (const description of candidates) {
            const def = description.node;
            if (!isDrillDef(def)) continue;
            const drill = drillOf(def);
            if ((measure !== null && !drill.measures.includes(measure)) || (liftsOnly && drill.kind !== 'strength')) continue;
            const rank = this.matchRank(typed, description.name, def.name);
            const known = best.get(def.name);
            // A plan's own drill hides a built-in of the same name, as it does when linking.
            const hidden = known !== undefined && known.description.node !== def;
            if (rank !== undefined && !hidden && (known === undefined || rank < known.rank)) {
                best.set(def.name, { description, rank });
            }
        }
        return stream(best.values()).map(entry => entry.description);
    }

    /** 0 when the name is what was typed, 2 when it starts with it, 4 when it matches fuzzily; by an alias, one more. */
    private matchRank(typed: string, name: string, id: string): number | undefined {
        const lowered = typed.toLowerCase();
        const rank = name === lowered ? 0 : name.startsWith(lowered) ? 2 : this.fuzzyMatcher.match(typed, name) ? 4 : undefined;
        return rank === undefined ? undefined : rank + (name === id ? 0 : 1);
    }

    /** What the amount right before the drill measures: after `4 x 60m` a distance, after `3 x 8` reps. */
    private measureBefore(context: CompletionContext): Measure | null {
        const root = context.document.parseResult.value.$cstNode;
        const leaf = root && context.tokenOffset > 0 ? CstUtils.findLeafNodeBeforeOffset(root, context.tokenOffset - 1) : undefined;
        const amount = leaf?.astNode;
        if (!isAmount(amount) || !isStep(amount.$container)) {
            return null;
        }
        const step: Step = amount.$container;
        return step.factors[step.factors.length - 1] === amount ? stepAmounts(step).measure : null;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const node = description.node;
        if (isDrillDef(node)) {
            return this.drillItem(node, description, context, refInfo.property === 'activity');
        }
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        if (isSessionDef(node)) {
            return { ...item, kind: CompletionItemKind.Class, detail: [node.title, node.kind].filter(Boolean).join(' · ') || 'named session' };
        }
        if (isPaceDef(node) && node.value) {
            return { ...item, kind: CompletionItemKind.Constant, detail: `pace ${node.value.time}/${node.value.unit}` };
        }
        return item;
    }

    private drillItem(def: DrillDef, description: AstNodeDescription, context: CompletionContext, recovery: boolean): CompletionItem {
        const drill = drillOf(def);
        const byAlias = description.name !== def.name;
        const builtin = isBuiltinDocument(description.documentUri);
        const rank = this.matchRank(typedText(context), description.name, def.name) ?? 5;
        return {
            label: def.name,
            kind: CompletionItemKind.Function,
            labelDetails: { detail: byAlias ? ` (${description.name})` : undefined, description: kindLabel(drill.kind) },
            detail: `${drill.title} · ${kindLabel(drill.kind)}${builtin ? '' : ' (this plan)'}`,
            documentation: { kind: 'markdown', value: drillMarkdown(drill) },
            filterText: description.name,
            // Best matches first, how a rest is spent before them all; a plan's own drills before built-ins that match as well.
            sortText: recovery ? `00${def.name}` : `0${rank}${builtin ? 1 : 0}${def.name}`,
            textEdit: {
                range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position },
                newText: def.name,
            },
        };
    }
}

/** What was typed of the name being completed. */
function typedText(context: CompletionContext): string {
    return context.textDocument.getText().substring(context.tokenOffset, context.offset);
}

/** The keyword that opens the given rule, like `week` in `week 1 { ... }` (not the `week` of `= week 1`). */
function startsRule(keyword: GrammarAST.Keyword, ruleName: string): boolean {
    const rule = AstUtils.getContainerOfType(keyword, Grammar.isParserRule);
    const definition = rule?.definition;
    return rule?.name === ruleName && Grammar.isGroup(definition) && definition.elements[0] === keyword;
}

/** The number of `@90%`: a NUMBER followed by `%` inside the Intensity rule. */
function isPercentOfIntensity(call: GrammarAST.RuleCall): boolean {
    const rule = AstUtils.getContainerOfType(call, Grammar.isParserRule);
    const group = AstUtils.getContainerOfType(call, Grammar.isGroup);
    return rule?.name === 'Intensity' && group !== undefined && group.elements.some(element => Grammar.isKeyword(element) && element.value === '%');
}

/** Which of two items of one label to keep: a snippet, then a name the plan or the catalogue defines, then a word of the language. */
function preference(item: CompletionItem): number {
    return item.kind === CompletionItemKind.Snippet ? 0 : item.kind === CompletionItemKind.Keyword ? 2 : 1;
}
