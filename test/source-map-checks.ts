/** What every test of the Plan's way back to its text expects of it. */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { expect } from 'vitest';
import { isDay, isGroup, isSessionUse, isStep, isWeek, isWeekBlock } from '../src/language/generated/ast.js';
import { rangeOf, weekHeaderRange, type PlanSource } from '../src/language/source-map.js';
import type { PlanItem, SourceRange } from '../src/plan/model.js';

function sameRange(a: SourceRange, b: SourceRange): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

function* itemsOf(items: readonly PlanItem[]): Generator<PlanItem> {
    for (const item of items) {
        yield item;
        if (item.type === 'group') yield* itemsOf(item.items);
    }
}

/** Every entity of the Plan resolves to a node of this parse whose range is the entity's source; written ones to a node of their kind. */
export function expectEverySourceResolved(source: PlanSource, document: LangiumDocument): void {
    const root = document.parseResult.value;
    const resolve = (range: SourceRange, is: (node: AstNode) => boolean, what: string): AstNode => {
        const node = source.nodeOf(range);
        expect(node, what).toBeDefined();
        expect(AstUtils.findRootNode(node!), `${what} is in this parse`).toBe(root);
        expect(is(node!), `${what} is a ${node!.$type}`).toBe(true);
        return node!;
    };
    for (const week of source.plan.weeks) {
        const declaration = resolve(week.source, node => isWeek(node) || isWeekBlock(node), `week ${week.number}`);
        expect(sameRange(weekHeaderRange(declaration as never), week.source)).toBe(true);
        const derived = week.derivedFrom !== null;
        for (const day of week.days) {
            // A derived week's days, sessions and items come from its header.
            const ofKind = (is: (node: AstNode) => boolean) => (node: AstNode) => (derived ? node === declaration : is(node));
            const dayNode = resolve(day.source, ofKind(isDay), `week ${week.number} ${day.weekday ?? day.date}`);
            for (const session of day.sessions) {
                const use = resolve(session.source, ofKind(isSessionUse), `session ${session.key}`);
                if (!derived) {
                    expect(sameRange(rangeOf(dayNode), day.source)).toBe(true);
                    expect(sameRange(rangeOf(use), session.source)).toBe(true);
                }
                for (const item of itemsOf(session.items)) {
                    const node = resolve(item.source, ofKind(node => isStep(node) || isGroup(node) || node.$type === 'Note'), `an item of ${session.key}`);
                    if (!derived) expect(sameRange(rangeOf(node), item.source)).toBe(true);
                }
            }
        }
    }
}

