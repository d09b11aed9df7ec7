import type { AstNode, ValidationAcceptor } from 'langium';
import { GrammarUtils } from 'langium';
import { unknownEscapes } from '../string-value.js';
import type {
    AboutProp, Day, DrillDef, Group, Note, PlanHeader, SessionDef, SessionUse, Step, TimezoneSetting, Week, WeekBlock,
} from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

type Texts = PlanHeader | DrillDef | AboutProp | SessionDef | SessionUse | Week | WeekBlock | Day | Step | Group | Note | TimezoneSetting;

/** The quoted texts each node may have, and whether they may run over several lines: notes and descriptions may, names and titles not. */
const TEXTS: Readonly<Record<Texts['$type'], ReadonlyArray<readonly [string, 'lines' | 'line']>>> = {
    PlanHeader: [['name', 'line']],
    DrillDef: [['title', 'line']],
    AboutProp: [['text', 'lines']],
    SessionDef: [['title', 'line']],
    SessionUse: [['title', 'line']],
    Week: [['title', 'line']],
    WeekBlock: [['title', 'line']],
    Day: [['note', 'lines']],
    Step: [['note', 'lines']],
    Group: [['note', 'lines']],
    Note: [['text', 'lines']],
    TimezoneSetting: [['zone', 'line']],
};

/** That quoted text says what it means: only the escapes the language has, and names and titles on one line. */
export class StringsValidator {
    checkTexts(node: AstNode, accept: ValidationAcceptor): void {
        for (const [property, lines] of TEXTS[node.$type as Texts['$type']] ?? []) {
            const written = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            if (!written) continue;
            for (const escape of unknownEscapes(written.text)) {
                const shown = /\s/.test(escape[1]) ? 'a \\ before a line break' : `'${escape}'`;
                accept('error', `${shown} is not an escape: a text knows \\" \\\\ \\n \\t and \\u0041; write \\\\ for a backslash`, {
                    node, property, code: IssueCodes.BadString,
                });
            }
            if (lines === 'line' && /[\r\n]/.test(written.text)) {
                accept('error', `a ${property === 'zone' ? 'time zone' : property} is one line: only notes and descriptions run over several`, {
                    node, property, code: IssueCodes.BadString,
                });
            }
        }
    }
}

export const TEXT_NODE_TYPES = Object.keys(TEXTS) as Array<Texts['$type']>;
