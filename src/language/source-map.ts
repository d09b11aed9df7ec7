/**
 * From the Plan back to the text. Every week, day, session and item of a PlanSpec carries the
 * range it was read from as its `source`, and the Plan keeps those very objects (buildPlan and
 * derive.ts spread the specs; a derived week's copies take the object of its header). So the
 * range object is the key of this map to the AST node it was read from: nothing is joined by
 * position, index or name.
 *
 * A range is registered with its node's address: the top-level declaration the node is in and
 * the way down to it. Each read refreshes the declarations' nodes, so a spec that the reader
 * keeps from an earlier parse (its declaration's text and place unchanged) resolves to this
 * parse's node, and no earlier syntax tree is kept alive.
 */
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Plan, PlanDay, PlanSession, PlanSpec, PlanWeek, SourceRange } from '../plan/model.js';
import { isSessionUse, type Day, type SessionDef, type SessionUse, type Week, type WeekBlock } from './generated/ast.js';

/** Where a node is in the text; a node the parser could not place is at the start. */
export function rangeOf(node: AstNode): SourceRange {
    const range = node.$cstNode?.range;
    return range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** The week header: `week 3 "Build"` up to its `{` or `=`. */
export function weekHeaderRange(node: Week | WeekBlock): SourceRange {
    const full = rangeOf(node);
    const keyword = GrammarUtils.findNodeForKeyword(node.$cstNode, '{') ?? GrammarUtils.findNodeForKeyword(node.$cstNode, '=');
    return keyword ? { start: full.start, end: keyword.range.start } : full;
}

/** A top-level declaration (the header, a drill, a named session, a week or a block) as of the latest read. */
interface Declaration {
    node: AstNode;
}

/** A node's way down from its declaration: the property, and the index in it for a list. */
type PathStep = readonly [property: string, index: number | undefined];

interface Address {
    readonly declaration: Declaration;
    readonly path: readonly PathStep[];
}

export class PlanSourceMap {
    private readonly addresses = new WeakMap<SourceRange, Address>();
    private declarationsByKey = new Map<string, Declaration>();
    private declarationsByNode = new Map<AstNode, Declaration>();

    /**
     * At the start of each read: every top-level node of the parse, keyed by its placed text
     * (what the reader keys the specs it keeps by). A declaration whose key is known takes its
     * new node, and the ranges registered under it lead there from now on.
     */
    refresh(declarations: ReadonlyArray<readonly [node: AstNode, key: string]>): void {
        const byKey = new Map<string, Declaration>();
        const byNode = new Map<AstNode, Declaration>();
        for (const [node, key] of declarations) {
            const declaration = this.declarationsByKey.get(key) ?? { node };
            declaration.node = node;
            byKey.set(key, declaration);
            byNode.set(node, declaration);
        }
        this.declarationsByKey = byKey;
        this.declarationsByNode = byNode;
    }

    /** A new range object for `node` (or for `range`, a part of it), registered as the source of what is read from it. */
    locate(node: AstNode, range: SourceRange = rangeOf(node)): SourceRange {
        const source: SourceRange = { start: range.start, end: range.end };
        const path: PathStep[] = [];
        let current = node;
        while (current.$container && !this.declarationsByNode.has(current)) {
            path.push([current.$containerProperty ?? '', current.$containerIndex]);
            current = current.$container;
        }
        const declaration = this.declarationsByNode.get(current);
        if (declaration) {
            this.addresses.set(source, { declaration, path: path.reverse() });
        }
        return source;
    }

    /** The top-level declaration a Plan entity's `source` was read from, in the latest parse. */
    declarationOf(source: SourceRange): AstNode | undefined {
        return this.addresses.get(source)?.declaration.node;
    }

    /** The node a Plan entity's `source` was read from, in the latest parse. */
    nodeOf(source: SourceRange): AstNode | undefined {
        const address = this.addresses.get(source);
        if (!address) {
            return undefined;
        }
        let node: unknown = address.declaration.node;
        for (const [property, index] of address.path) {
            const value = (node as Record<string, unknown>)[property];
            node = index === undefined ? value : (value as readonly unknown[] | undefined)?.[index];
        }
        return node as AstNode | undefined;
    }
}

/** What a node made in the Plan. */
interface Made {
    readonly weeks: PlanWeek[];
    readonly days: PlanDay[];
    readonly sessions: PlanSession[];
}

const NOTHING: Made = { weeks: [], days: [], sessions: [] };

/**
 * A Plan (and the spec it was built from) with the way back to its text, and the way from the text to what it made: the
 * weeks a declaration makes, the Plan day of a day written in a week, the Plan session of a
 * session written on a day. (In a derived week every day and session comes from its header.)
 */
export class PlanSource {
    /** The Plan's weeks by the declaration each was read from. */
    private weeksByDeclaration: Map<AstNode, PlanWeek[]> | undefined;
    /** What each node of a declaration made, for the declarations asked about. */
    private readonly made = new Map<AstNode, Map<AstNode, Made>>();

    constructor(readonly spec: PlanSpec, readonly plan: Plan, private readonly map: PlanSourceMap) {}

    nodeOf(source: SourceRange): AstNode | undefined {
        return this.map.nodeOf(source);
    }

    /** The Plan weeks a `week N` or `weeks A-B` declaration makes; none for a week number used twice. */
    weeksOf(declaration: Week | WeekBlock): readonly PlanWeek[] {
        return this.madeBy(declaration).weeks;
    }

    /** The Plan day of a day written in a week. */
    dayOf(day: Day): PlanDay | undefined {
        return this.madeBy(day).days[0];
    }

    /** The Plan session of a session written on a day of a week. */
    sessionOf(use: SessionUse): PlanSession | undefined {
        return this.madeBy(use).sessions[0];
    }

    /** The sessions of weeks written in days that use a named session, each with its week and day, in the Plan's order. */
    usesOf(template: SessionDef): Array<{ readonly week: PlanWeek; readonly day: PlanDay; readonly session: PlanSession }> {
        return this.plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions
            .filter(session => {
                const node = this.nodeOf(session.source);
                return isSessionUse(node) && node.template?.ref === template;
            })
            .map(session => ({ week, day, session }))));
    }

    /**
     * What a node made, found in the weeks its declaration made: a keystroke's checks ask about
     * the declaration it changed, and a walk of the whole Plan would cost them the size of it.
     */
    private madeBy(node: AstNode): Made {
        let declaration = node;
        while (declaration.$container?.$container) declaration = declaration.$container;
        let made = this.made.get(declaration);
        if (!made) {
            made = this.index(this.weeksFrom(declaration));
            this.made.set(declaration, made);
        }
        return made.get(node) ?? NOTHING;
    }

    private weeksFrom(declaration: AstNode): readonly PlanWeek[] {
        if (!this.weeksByDeclaration) {
            this.weeksByDeclaration = new Map();
            for (const week of this.plan.weeks) {
                const from = this.map.declarationOf(week.source);
                if (!from) continue;
                const weeks = this.weeksByDeclaration.get(from);
                if (weeks) weeks.push(week); else this.weeksByDeclaration.set(from, [week]);
            }
        }
        return this.weeksByDeclaration.get(declaration) ?? [];
    }

    /** Each node of a declaration and what it made, from the weeks the declaration made (a week's days and sessions are read from its declaration too). */
    private index(weeks: readonly PlanWeek[]): Map<AstNode, Made> {
        const made = new Map<AstNode, Made>();
        const entry = (source: SourceRange): Made | undefined => {
            const node = this.nodeOf(source);
            if (!node) return undefined;
            let found = made.get(node);
            if (!found) {
                found = { weeks: [], days: [], sessions: [] };
                made.set(node, found);
            }
            return found;
        };
        for (const week of weeks) {
            entry(week.source)?.weeks.push(week);
            for (const day of week.days) {
                entry(day.source)?.days.push(day);
                for (const session of day.sessions) {
                    entry(session.source)?.sessions.push(session);
                }
            }
        }
        return made;
    }
}
