/**
 * From the Plan back to the text. Every week, day, session and item of a PlanSpec carries the
 * range it was read from as its `source`, and the Plan keeps those very objects (buildPlan and
 * derive.ts spread the specs; a derived week's copies take the object of its header). So the
 * range object is the key of this map to the AST node it was read from: nothing is joined by
 * position, index or name.
 *
 * A range is registered with its node's address: the top-level declaration the node is in and
 * the way down to it. A declaration an edit left alone is the same node in the next parse
 * (parsing/block-parser.ts), so its address still leads to the node; if the edit moved it up or
 * down, the ranges read from it move with it. The map owns the ranges it hands out, and so the
 * specs and Plans that keep them follow the text: a Plan is the document's as it is now.
 */
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import { steps } from '../plan/build-plan.js';
import type { Plan, PlanDay, PlanSession, PlanSpec, PlanStep, PlanWeek, SourceRange } from '../plan/model.js';
import { isSessionUse, type Day, type SessionDef, type SessionUse, type Step, type Week, type WeekBlock } from './generated/ast.js';

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

/** A node's way down from its declaration: the property, and the index in it for a list. */
type PathStep = readonly [property: string, index: number | undefined];

interface Address {
    readonly declaration: AstNode;
    readonly path: readonly PathStep[];
}

/** A range the map moves: its positions are replaced, never changed in place, as they may be the syntax tree's own. */
type MovableRange = { start: SourceRange['start']; end: SourceRange['end'] };

export class PlanSourceMap {
    private readonly addresses = new WeakMap<SourceRange, Address>();
    /** The line each top-level declaration starts on, as of the latest read. */
    private lines = new Map<AstNode, number>();
    /** By the declaration whose read located them, the ranges located in each declaration. */
    private readonly located = new Map<AstNode | undefined, Map<AstNode, MovableRange[]>>();
    private reading: AstNode | undefined;

    /**
     * At the start of each read, the top-level declarations of the parse: the ranges read from
     * one that moved move with it, and those read for one that is gone go.
     */
    refresh(declarations: readonly AstNode[]): void {
        const lines = new Map<AstNode, number>();
        const moved = new Map<AstNode, number>();
        for (const declaration of declarations) {
            const line = declaration.$cstNode?.range.start.line ?? 0;
            const before = this.lines.get(declaration);
            if (before !== undefined && before !== line) moved.set(declaration, line - before);
            lines.set(declaration, line);
        }
        for (const reader of this.located.keys()) {
            if (reader !== undefined && !lines.has(reader)) this.located.delete(reader);
        }
        if (moved.size > 0) {
            for (const byDeclaration of this.located.values()) {
                for (const [declaration, ranges] of byDeclaration) {
                    const delta = moved.get(declaration);
                    if (delta !== undefined) ranges.forEach(range => moveRange(range, delta));
                }
            }
        }
        this.lines = lines;
    }

    /** What is located from now on is read for `declaration` (undefined: for the plan as a whole), and replaces what its last read located. */
    startReading(declaration: AstNode | undefined): void {
        this.reading = declaration;
        this.located.set(declaration, new Map());
    }

    /** A new range object for `node` (or for `range`, a part of it), registered as the source of what is read from it. */
    locate(node: AstNode, range: SourceRange = rangeOf(node)): SourceRange {
        const source: MovableRange = { start: range.start, end: range.end };
        const path: PathStep[] = [];
        let current = node;
        while (current.$container?.$container) {
            path.push([current.$containerProperty ?? '', current.$containerIndex]);
            current = current.$container;
        }
        if (current.$container) {
            this.addresses.set(source, { declaration: current, path: path.reverse() });
            const byDeclaration = this.located.get(this.reading);
            const ranges = byDeclaration?.get(current);
            if (ranges) ranges.push(source); else byDeclaration?.set(current, [source]);
        }
        return source;
    }

    /** The top-level declaration a Plan entity's `source` was read from. */
    declarationOf(source: SourceRange): AstNode | undefined {
        return this.addresses.get(source)?.declaration;
    }

    /** The node a Plan entity's `source` was read from. */
    nodeOf(source: SourceRange): AstNode | undefined {
        const address = this.addresses.get(source);
        if (!address) {
            return undefined;
        }
        let node: unknown = address.declaration;
        for (const [property, index] of address.path) {
            const value = (node as Record<string, unknown>)[property];
            node = index === undefined ? value : (value as readonly unknown[] | undefined)?.[index];
        }
        return node as AstNode | undefined;
    }
}

function moveRange(range: MovableRange, lines: number): void {
    range.start = { line: range.start.line + lines, character: range.start.character };
    range.end = { line: range.end.line + lines, character: range.end.character };
}

/** What a node made in the Plan. */
interface Made {
    readonly weeks: PlanWeek[];
    readonly days: PlanDay[];
    readonly sessions: PlanSession[];
    readonly steps: PlanStep[];
}

const NOTHING: Made = { weeks: [], days: [], sessions: [], steps: [] };

/**
 * A Plan (and the spec it was built from) with the way back to its text, and the way from the text to what it made: the
 * weeks a declaration makes, the Plan day of a day written in a week, the Plan session of a
 * session written on a day, the Plan step of a step. (In a derived week every day and session comes from its header.)
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

    /** The first Plan step a step written in a session makes: in a named session, where a week written in days first uses it. */
    stepOf(step: Step): PlanStep | undefined {
        return this.madeBy(step).steps[0];
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
                found = { weeks: [], days: [], sessions: [], steps: [] };
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
                    for (const step of steps(session.items)) {
                        entry(step.source)?.steps.push(step);
                    }
                }
            }
        }
        return made;
    }
}
