import type { AstNode, CstNode } from 'langium';
import { GrammarAST, GrammarUtils, isLeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAmount, isDistance, isDuration, isIntensity, isLimitValue, isPace, isVolumeChange,
} from '../generated/ast.js';
import { partsOf } from './cst-parts.js';

interface Token {
    readonly type: string;
    readonly modifier?: string[];
}

const NUMBER: Token = { type: SemanticTokenTypes.number };
const DECLARATION = [SemanticTokenModifiers.declaration];

/** Tokens by the node type and the property they are assigned to. */
const PROPERTY_TOKENS: Readonly<Record<string, Token>> = {
    'Step.drill': { type: SemanticTokenTypes.function },
    'OneRepMaxSetting.drill': { type: SemanticTokenTypes.function },
    'DrillDef.name': { type: SemanticTokenTypes.function, modifier: DECLARATION },
    'AliasProp.names': { type: SemanticTokenTypes.function, modifier: DECLARATION },
    'SessionUse.template': { type: SemanticTokenTypes.class },
    'SessionDef.name': { type: SemanticTokenTypes.class, modifier: DECLARATION },
    'PaceDef.name': { type: SemanticTokenTypes.variable, modifier: [...DECLARATION, SemanticTokenModifiers.readonly] },
    'Week.name': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'WeekBlock.first': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'WeekBlock.last': { type: SemanticTokenTypes.namespace, modifier: DECLARATION },
    'Week.base': { type: SemanticTokenTypes.namespace },
    'WeekBlock.from': { type: SemanticTokenTypes.namespace },
    'WeekBlock.to': { type: SemanticTokenTypes.namespace },
    // Dates and times of day read as numbers, like the amounts around them.
    'StartSetting.date': NUMBER,
    'RaceSetting.date': NUMBER,
    'Day.date': NUMBER,
    'SessionUse.time': NUMBER,
    'Group.repeat': NUMBER,
    'SessionArguments.rounds': NUMBER,
    'RoundChange.value': NUMBER,
    'Rest.activity': { type: SemanticTokenTypes.function },
    'MaxSpeedSetting.value': NUMBER,
    'MaxSpeedSetting.unit': NUMBER,
    'OneRepMaxSetting.value': NUMBER,
    'OneRepMaxSetting.unit': NUMBER,
    'SpeedProp.value': NUMBER,
    'SpeedProp.unit': NUMBER,
    'ContactsProp.value': NUMBER,
    'Note.text': { type: SemanticTokenTypes.string },
};

/**
 * Semantic highlighting: amounts with their units as one number each, each intensity (`@95%`,
 * `@easy`, `@RPE7`) as one decorator, drill names as functions, named sessions as classes, paces as
 * read-only variables, weeks as namespaces, dates as numbers and the language's words as keywords.
 */
export class StrideSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const whole = wholeNodeToken(node);
        if (whole && node.$cstNode) {
            acceptor({ cst: node.$cstNode, type: whole.type });
            return 'prune';
        }
        for (const part of partsOf(node)) {
            const token = isLeafCstNode(part) ? tokenOf(node, part) : undefined;
            if (token) {
                acceptor({ cst: part, type: token.type, modifier: token.modifier });
            }
        }
    }
}

/** Nodes read as one token: an intensity from its `@`, and a number with its unit (`60m`, `3min`, `+5%`, `4:20/km`). */
function wholeNodeToken(node: AstNode): Token | undefined {
    if (isIntensity(node)) {
        return { type: SemanticTokenTypes.decorator };
    }
    if (isAmount(node) || isDuration(node) || isDistance(node) || isVolumeChange(node) || isLimitValue(node) || isPace(node)) {
        return NUMBER;
    }
    return undefined;
}

function tokenOf(node: AstNode, leaf: CstNode): Token | undefined {
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    const byProperty = property === undefined ? undefined : PROPERTY_TOKENS[`${node.$type}.${property}`];
    if (byProperty) {
        return byProperty;
    }
    const keyword = leaf.grammarSource;
    if (GrammarAST.isKeyword(keyword)) {
        return keyword.value === 'x' ? { type: SemanticTokenTypes.operator }
            : /[a-z]/i.test(keyword.value) ? { type: SemanticTokenTypes.keyword } : undefined;
    }
    return undefined;
}
