import type { AstNode, LangiumDocument, MaybePromise, Reference } from 'langium';
import { GrammarUtils, isReference } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import {
    isPaceDef, type Day, type DrillDef, type PaceDef, type PlanFile, type SessionDef, type SessionUse, type Week, type WeekBlock,
} from '../generated/ast.js';
import { rangeOf } from '../source-map.js';

/**
 * The outline: the plan, with its paces, drills, named sessions and weeks; each week's days; each
 * day's sessions. The editor asks for it after every keystroke: a declaration's symbols depend on
 * its text alone, so those of a declaration the edit left alone are kept, and moved with it.
 */
export class StrideDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly declarationSymbols = new WeakMap<AstNode, { readonly line: number; readonly symbol: DocumentSymbol }>();

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        const file = document.parseResult.value as PlanFile;
        const declarations: Array<DrillDef | SessionDef | Week | WeekBlock> = [...file.drills, ...file.templates, ...file.weeks, ...file.blocks];
        declarations.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        const paces = (file.header?.settings ?? []).filter(isPaceDef);
        const children = [...paces.map(paceSymbol), ...declarations.map(declaration => this.symbolOf(declaration))];
        if (!file.header) {
            return children;
        }
        return [{
            name: file.header.name || 'plan',
            kind: SymbolKind.Module,
            range: rangeOf(file),
            selectionRange: nameRange(file.header, 'name'),
            children,
        }];
    }

    private symbolOf(declaration: DrillDef | SessionDef | Week | WeekBlock): DocumentSymbol {
        const line = rangeOf(declaration).start.line;
        const known = this.declarationSymbols.get(declaration);
        const symbol = !known ? declarationSymbol(declaration) : known.line === line ? known.symbol : moved(known.symbol, line - known.line);
        this.declarationSymbols.set(declaration, { line, symbol });
        return symbol;
    }
}

/** A symbol and its children, so many lines further down. */
function moved(symbol: DocumentSymbol, lines: number): DocumentSymbol {
    return {
        ...symbol,
        range: movedRange(symbol.range, lines),
        selectionRange: movedRange(symbol.selectionRange, lines),
        ...(symbol.children ? { children: symbol.children.map(child => moved(child, lines)) } : {}),
    };
}

function movedRange(range: Range, lines: number): Range {
    return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

function declarationSymbol(node: DrillDef | SessionDef | Week | WeekBlock): DocumentSymbol {
    switch (node.$type) {
        case 'DrillDef': return symbol(node, node.name, SymbolKind.Function, node.title, 'name');
        case 'SessionDef': return symbol(node, node.name, SymbolKind.Class, node.title, 'name');
        case 'Week': return weekSymbol(node);
        case 'WeekBlock': {
            const source = written(node.from) === undefined ? undefined : `= weeks ${written(node.from)}-${written(node.to) ?? '?'}${changeText(node.change)}${changeText(node.roundChange)}`;
            return symbol(node, `weeks ${written(node, 'first') ?? '?'}-${written(node, 'last') ?? '?'}`, SymbolKind.Namespace, detail(node.title, source), 'first');
        }
    }
}

function paceSymbol(pace: PaceDef): DocumentSymbol {
    return symbol(pace, pace.name, SymbolKind.Constant, pace.value?.$cstNode?.text, 'name');
}

function weekSymbol(week: Week): DocumentSymbol {
    const source = week.base ? `= week ${written(week.base) ?? '?'}${changeText(week.change)}${changeText(week.roundChange)}` : undefined;
    return { ...symbol(week, `week ${week.name ?? '?'}`, SymbolKind.Namespace, detail(week.title, source), 'name'), children: week.days.map(daySymbol) };
}

function daySymbol(day: Day): DocumentSymbol {
    const name = day.weekday ?? day.date ?? 'day';
    return { ...symbol(day, name, SymbolKind.Object, day.rest ? detail('rest', day.note) : undefined, day.weekday ? 'weekday' : 'date'), children: day.sessions.map(sessionSymbol) };
}

function sessionSymbol(session: SessionUse): DocumentSymbol {
    const name = session.template?.$refText ?? session.kind ?? 'session';
    return symbol(session, name, SymbolKind.Event, detail(session.time, session.title), session.template ? 'template' : 'kind');
}

function symbol(node: AstNode, name: string, kind: SymbolKind, detailText: string | undefined, nameProperty: string): DocumentSymbol {
    return { name: name || '?', kind, detail: detailText, range: rangeOf(node), selectionRange: nameRange(node, nameProperty) };
}

/** Where the node's name is written, else the whole node. */
function nameRange(node: AstNode, property: string): Range {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range ?? rangeOf(node);
}

function detail(...parts: Array<string | undefined>): string | undefined {
    const text = parts.filter(part => part).join(' ');
    return text === '' ? undefined : text;
}

/** `+5%`, or as much of it as is written: `+`. */
function changeText(change: Week['change'] | Week['roundChange']): string {
    return change?.$cstNode ? ` ${change.$cstNode.text}` : '';
}

/** A reference's text, or a property's, as written; undefined where nothing is written yet. */
function written(node: Reference | AstNode | undefined, property?: string): string | undefined {
    if (node === undefined) return undefined;
    const text = isReference(node) ? node.$refText : property ? GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text : node.$cstNode?.text;
    return text || undefined;
}
