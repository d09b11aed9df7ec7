import type { AstNode, CstNode } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { TextEdit } from 'vscode-languageserver';
import {
    isAliasProp, isAmount, isDay, isDistance, isDuration, isGroup, isIntensity, isItem, isLimitValue, isLoadIntensity, isMeasuresProp,
    isPace, isPercentIntensity, isPlanFile, isPlanHeader, isRoundChange, isSessionDef, isSessionUse, isStep, isVolumeChange, isWeek, isWeekBlock,
    type Day,
} from '../generated/ast.js';
import { partsOf } from './cst-parts.js';

/** A new line one level deeper than the enclosing node, keeping at most one blank line before it. */
const INDENTED_LINE: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };
/** A new line at the enclosing node's level, keeping at most one blank line before it. */
const LINE = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));
/** One space, and everything inside the node that follows one level deeper. */
const SPACE_INDENTING: FormattingAction = { options: {}, moves: [{ tabs: 1, characters: 1 }] };

/**
 * One canonical layout: top-level declarations, settings, days and the items of a block each
 * on a line of their own, indented by nesting; one space between the words of a line; units,
 * `%` and intensities written against their numbers (`4 x 60m sprint @95% rest 3min`). At
 * most one blank line is kept wherever one was. Comments stay where they were, and a comment
 * on a line of its own is indented like the line that follows it.
 */
export class StrideFormatter extends AbstractFormatter {
    /** Indentation levels of the lines the layout starts, by the offset of their first token. */
    private lineLevels = new Map<number, number>();
    /** Indentation level of the line each node starts on. */
    private levels = new WeakMap<AstNode, number>();

    protected override format(node: AstNode): void {
        if (isPlanFile(node)) {
            this.lineLevels = new Map();
            this.levels = new WeakMap();
        }
        const level = this.levels.get(node) ?? 0;
        const parts = partsOf(node);
        const formatter = this.getNodeFormatter(node);
        parts.forEach((part, index) => {
            const action = this.actionBefore(node, parts, index);
            const childLevel = level + (action === INDENTED_LINE || action === SPACE_INDENTING ? 1 : 0);
            if (!isLeafCstNode(part) && part.astNode !== node) {
                this.levels.set(part.astNode, childLevel);
            }
            if (action === INDENTED_LINE || action === LINE) {
                this.lineLevels.set(firstTokenOffset(part), childLevel);
            }
            if (action) {
                formatter.cst([part]).prepend(action);
            }
        });
    }

    /** How the part at `index` is separated from what comes before it. */
    private actionBefore(node: AstNode, parts: CstNode[], index: number): FormattingAction | undefined {
        const part = parts[index];
        const text = isLeafCstNode(part) ? part.text : undefined;
        const previous = index > 0 && isLeafCstNode(parts[index - 1]) ? parts[index - 1].text : undefined;
        if (isPlanFile(node)) {
            return index === 0 ? Formatting.noSpace() : LINE;
        }
        if (index === 0) {
            return undefined;
        }
        if (text === '}') {
            return Formatting.newLine();
        }
        if (isBlockItem(node, part)) {
            return INDENTED_LINE;
        }
        if (isDay(node)) {
            return this.daySeparator(node, part, text);
        }
        if (isWrittenTight(node, text, previous)) {
            return Formatting.noSpace();
        }
        return Formatting.oneSpace();
    }

    /** Two sessions on a day are joined by `and` on one line, unless the first one is written over several lines. */
    private daySeparator(day: Day, part: CstNode, text: string | undefined): FormattingAction {
        const before = day.sessions.filter(session => (session.$cstNode?.offset ?? 0) < part.offset);
        const broken = before.length > 0 && before[before.length - 1].items.length > 1;
        if (text === 'and') {
            return broken ? INDENTED_LINE : Formatting.oneSpace();
        }
        // The session after a line-broken `and` is one level in, and so is everything it holds.
        return broken && isSessionUse(part.astNode) ? SPACE_INDENTING : Formatting.oneSpace();
    }

    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const level = this.commentLevel(hidden);
        const edits = super.createHiddenTextEdits(previous, hidden, formatting, level === undefined ? context : { ...context, indentation: level });
        const line = hidden.range.start.line;
        const keptBlankLine = previous ? previous.range.end.line + 1 : line;
        if (line - keptBlankLine > 1) {
            // At most one blank line before a comment, as before anything else.
            edits.unshift({ range: { start: { line: keptBlankLine + 1, character: 0 }, end: { line, character: 0 } }, newText: '' });
        }
        return edits;
    }

    /** A comment on its own line sits at the level of the line after it; before a closing brace, one level inside the block. */
    private commentLevel(comment: CstNode): number | undefined {
        const next = nextVisibleLeaf(comment);
        if (!next) {
            return 0;
        }
        if (next.text === '}') {
            const owner = this.levels.get(next.astNode);
            return owner === undefined ? undefined : owner + 1;
        }
        return this.lineLevels.get(next.offset);
    }
}

/** The items of a block, the days of a week, the settings of the header, and the items of a session written over several lines. */
function isBlockItem(node: AstNode, part: CstNode): boolean {
    const child = part.astNode;
    if (child === node) {
        return false;
    }
    if (isGroup(node) || isSessionDef(node)) {
        return isItem(child);
    }
    if (isWeek(node)) {
        return isDay(child);
    }
    return isPlanHeader(node) || (isSessionUse(node) && node.items.length > 1 && isItem(child));
}

/** No space before this part: `60m`, `@95%`, `4:20/km`, `+5%`, `+1 round`, `weeks 1-4`, the comma of `in distance, time`, `(20m @95%, 20m)`. */
function isWrittenTight(node: AstNode, text: string | undefined, previous: string | undefined): boolean {
    if (isAmount(node) || isDuration(node) || isDistance(node) || isLimitValue(node) || isVolumeChange(node) || isPace(node)) {
        return true;
    }
    if (isIntensity(node)) {
        return previous === '@' || (isPercentIntensity(node) && text === '%') || isLoadIntensity(node);
    }
    if (isWeekBlock(node)) {
        return text === '-' || previous === '-';
    }
    if (isRoundChange(node)) {
        return previous === '+' || previous === '-';
    }
    if (isStep(node)) {
        // The phases of a rep: `(20m @95%, 20m @80%)`.
        return text === ')' || text === ',' || previous === '(';
    }
    return (isMeasuresProp(node) || isAliasProp(node)) && text === ',';
}

function firstTokenOffset(part: CstNode): number {
    return (isLeafCstNode(part) ? part : CstUtils.streamCst(part).find(node => isLeafCstNode(node) && !node.hidden))?.offset ?? part.offset;
}

function nextVisibleLeaf(leaf: CstNode): CstNode | undefined {
    return CstUtils.flattenCst(leaf.root).find(node => !node.hidden && node.offset > leaf.offset);
}
