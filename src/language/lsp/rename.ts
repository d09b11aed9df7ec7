import type { AstNode, Cancellation, GrammarAST, LangiumDocument, Lexer, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { BUILTIN_DRILLS } from '../../drills/index.js';
import { MAX_WEEKS } from '../../plan/model.js';
import { weekNumbersOf } from '../ast-values.js';
import { isBuiltinDocument } from '../builtin-drills.js';
import {
    isAliasProp, isDrillDef, isPaceDef, isPlanFile, isSessionDef, isWeek, isWeekBlock, type DrillDef, type PaceDef, type PlanFile, type SessionDef,
    type Week,
} from '../generated/ast.js';
import { rangeOf } from '../source-map.js';

type Renameable = DrillDef | SessionDef | PaceDef | Week;

/** What each kind of name is called in a message, and how its names are written. */
const KINDS: Readonly<Record<Renameable['$type'], { readonly what: string; readonly shape: string }>> = {
    DrillDef: { what: 'a drill', shape: 'letters, digits, - and _, starting with a letter or with digits and then a letter, like 1-leg-deadlift' },
    SessionDef: { what: 'a session', shape: 'letters, digits, - and _, starting with a letter or with digits and then a letter, like 5k-race' },
    PaceDef: { what: 'a pace', shape: 'letters, digits, - and _, starting with a letter or with digits and then a letter, like 10k' },
    Week: { what: 'a week', shape: `a week number from 1 to ${MAX_WEEKS}` },
};

/**
 * Rename of a plan's own drills, sessions, paces and weeks, refused, with the reason, when the
 * new name would break the plan: one the grammar does not read as a name of that kind (empty,
 * two words, a word of the language, a number where a name is meant), one that is taken, a
 * built-in drill's, or a week number that a block of weeks counts from or to. A built-in drill
 * is not the plan's to rename, and a week made by `weeks A-B` has no number of its own.
 */
export class StrideRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly grammar: GrammarAST.Grammar;

    constructor(services: LangiumServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.grammar = services.Grammar;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: Cancellation.CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.renameableAt(document, params.position);
        if (!target) return undefined;
        refuseIf(this.newNameProblem(target, params.newName));
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): MaybePromise<Range | undefined> {
        return this.renameableAt(document, params.position) ? super.prepareRename(document, params) : undefined;
    }

    /** The plan's own declaration under the cursor; a refusal, said, for one that is not the plan's to rename. */
    private renameableAt(document: LangiumDocument, position: Position): Renameable | undefined {
        const root = document.parseResult.value.$cstNode;
        const word = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const target: AstNode | undefined = word ? this.references.findDeclarations(word)[0] : undefined;
        if (!target) return undefined;
        if (isBuiltinDocument(AstUtils.getDocument(target).uri)) {
            refuse(`${(target as DrillDef).name} is a built-in drill: it is not the plan's to rename`);
        }
        if (isWeekBlock(target)) {
            refuse(`the weeks of 'weeks ${target.first}-${target.last}' are numbered by the block: change its range instead`);
        }
        if (isWeek(target)) {
            refuseIf(boundingBlock(target));
        }
        return isDrillDef(target) || isSessionDef(target) || isPaceDef(target) || isWeek(target) ? target : undefined;
    }

    /** Why `name` cannot be the target's new name; undefined when it can. */
    private newNameProblem(target: Renameable, name: string): string | undefined {
        const { what, shape } = KINDS[target.$type];
        if (name.trim() === '') return `${what} needs a name`;
        if (name === String(target.name)) return undefined;
        const tokens = this.lexer.tokenize(name);
        const token = tokens.tokens.length === 1 && tokens.errors.length === 0 && tokens.tokens[0].image === name ? tokens.tokens[0] : undefined;
        if (!token) return `'${name}' is not a name of ${what}: write ${shape}`;
        if (!this.nameTokens(target).has(token.tokenType.name)) {
            return !isWeek(target) && /^[a-z]/i.test(name) && token.tokenType.name === name
                ? `'${name}' is a word of the language and cannot name ${what}`
                : `'${name}' is not a name of ${what}: write ${shape}`;
        }
        if (isWeek(target)) return weekNumberProblem(target, Number(name));
        return takenBy(target, name);
    }

    /** The tokens the grammar reads as the target's name: the terminals and keywords of its `name` assignment. */
    private nameTokens(target: Renameable): Set<string> {
        const rule = GrammarUtils.findNameAssignment(this.grammar.rules.find(candidate => candidate.name === target.$type) as GrammarAST.ParserRule);
        const names = new Set<string>();
        const collect = (element: GrammarAST.AbstractElement | undefined): void => {
            if (!element) return;
            if (element.$type === 'Keyword') names.add((element as GrammarAST.Keyword).value);
            else if (element.$type === 'Alternatives') (element as GrammarAST.Alternatives).elements.forEach(collect);
            else if (element.$type === 'RuleCall') {
                const called = (element as GrammarAST.RuleCall).rule.ref;
                if (called?.$type === 'TerminalRule') names.add(called.name);
                else collect((called as GrammarAST.ParserRule | undefined)?.definition);
            }
        };
        collect(rule?.terminal);
        return names;
    }
}

function refuse(message: string): never {
    throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}

function refuseIf(message: string | undefined): void {
    if (message !== undefined) refuse(message);
}

function lineOf(node: AstNode): number {
    return rangeOf(node).start.line + 1;
}

/** A drill, session or pace name already in use for the same kind of thing, or a built-in drill's. */
function takenBy(target: DrillDef | SessionDef | PaceDef, name: string): string | undefined {
    const file = AstUtils.getContainerOfType(target, isPlanFile)!;
    const { what } = KINDS[target.$type];
    const taken = (nodes: readonly AstNode[], names: (node: AstNode) => readonly string[]) => nodes.find(node => node !== target && names(node).includes(name));
    const other = isDrillDef(target) ? taken(file.drills, node => [(node as DrillDef).name, ...(node as DrillDef).props.filter(isAliasProp).flatMap(prop => prop.names)])
        : isSessionDef(target) ? taken(file.templates, node => [(node as SessionDef).name])
            : taken(paces(file), node => [(node as PaceDef).name]);
    if (other) return `'${name}' already names ${what} of this plan (line ${lineOf(other)})`;
    const builtin = isDrillDef(target) ? BUILTIN_DRILLS.get(name) : undefined;
    return builtin ? `'${name}' is the built-in drill ${builtin.title}: the plan's uses of it would become this drill` : undefined;
}

function paces(file: PlanFile): PaceDef[] {
    return (file.header?.settings ?? []).filter(isPaceDef);
}

/** A week number out of range, or one another week or block already makes. */
function weekNumberProblem(week: Week, number: number): string | undefined {
    if (!Number.isInteger(number) || number < 1 || number > MAX_WEEKS) return `week numbers run from 1 to ${MAX_WEEKS}: not ${number}`;
    const file = AstUtils.getContainerOfType(week, isPlanFile)!;
    const other = [...file.weeks, ...file.blocks].find(declaration => declaration !== week && weekNumbersOf(declaration).includes(number));
    return other ? `week ${number} already exists (line ${lineOf(other)})` : undefined;
}

/** A block `weeks A-B = weeks C-D` that counts from or to this week: renumbering it would change which weeks the block copies. */
function boundingBlock(week: Week): string | undefined {
    const file = AstUtils.getContainerOfType(week, isPlanFile)!;
    const block = file.blocks.find(candidate => candidate.from?.ref === week || candidate.to?.ref === week);
    return block
        ? `week ${week.name} is where 'weeks ${block.first}-${block.last} = weeks ${block.from?.$refText}-${block.to?.$refText}' (line ${lineOf(block)}) counts from or to: renumbering it would change the weeks that block copies`
        : undefined;
}
