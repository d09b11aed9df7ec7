import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { derivationCycles, firstOfEachNumber } from '../../plan/derive.js';
import { MAX_WEEKS } from '../../plan/model.js';
import { writtenNumber } from '../ast-values.js';
import type { PlanFile, VolumeChange, Week, WeekBlock } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import { weekHeaderRange } from '../source-map.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';
import { writtenText } from './written.js';

/** A cycle of derivations is named by its first few weeks: a long one would make a message per week as long as the cycle. */
const LISTED_WEEKS = 5;

/** That the weeks a plan numbers are weeks: numbers in range, ranges that run forwards, changes that keep something, derivations that end. */
export class WeeksValidator {
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** Week numbers are whole numbers from 1 to MAX_WEEKS. */
    checkWeekNumber(week: Week, accept: ValidationAcceptor): void {
        if (week.name === undefined) {
            return; // the parser says what is missing
        }
        const number = Number(week.name);
        if (!Number.isInteger(number) || number < 1) {
            accept('error', `week numbers start at 1: '${writtenText(week, 'name')}' is not one`, { node: week, property: 'name', code: IssueCodes.BadNumber });
        } else if (number > MAX_WEEKS) {
            accept('error', `week numbers run from 1 to ${MAX_WEEKS}, fifty years: not ${writtenText(week, 'name')}`, { node: week, property: 'name', code: IssueCodes.BadNumber });
        }
    }

    /** `weeks A-B = weeks C-D` runs forwards, from week 1 up to week MAX_WEEKS. */
    checkWeekBlock(block: WeekBlock, accept: ValidationAcceptor): void {
        const [first, last] = [Number(block.first), Number(block.last)];
        const [from, to] = [Number(block.from?.$refText), Number(block.to?.$refText)];
        // A number the parser could not read is its error, not this check's.
        const written = block.first !== undefined && block.last !== undefined;
        if (written && (!Number.isInteger(first) || first < 1 || !Number.isInteger(last) || last < first)) {
            accept('error', `weeks ${writtenText(block, 'first')}-${writtenText(block, 'last')} is not a range of weeks`, {
                node: block, range: weekHeaderRange(block), code: IssueCodes.BadWeekRange,
            });
        } else if (written && last > MAX_WEEKS) {
            accept('error', `week numbers run from 1 to ${MAX_WEEKS}, fifty years: not ${writtenText(block, 'last')}`, {
                node: block, range: weekHeaderRange(block), code: IssueCodes.BadWeekRange,
            });
        }
        if (block.from && block.to && Number.isInteger(from) && Number.isInteger(to) && to < from) {
            accept('error', `weeks ${from}-${to} is not a range of weeks`, { node: block, property: 'to', code: IssueCodes.BadWeekRange });
        }
    }

    /** A derived week keeps some of what it copies. */
    checkVolumeChange(change: VolumeChange, accept: ValidationAcceptor): void {
        if (change.sign === '-' && change.value >= 100 && writtenNumber(change.value) !== null) {
            accept('error', `a week cannot lose ${change.value}% of its volume`, { node: change, code: IssueCodes.BadNumber });
        }
    }

    /** A derived week comes, through any chain of derivations, from a week written out in days. */
    checkDerivations(file: PlanFile, accept: ValidationAcceptor): void {
        const source = this.plans.sourceOf(AstUtils.getDocument(file));
        const weeks = firstOfEachNumber(source.spec.weeks);
        const cycles = derivationCycles(weeks);
        const reported = new Set<unknown>();
        for (const week of weeks.values()) {
            const place = cycles.get(week.number);
            const declaration = place && source.nodeOf(week.source);
            if (!place || !declaration || reported.has(declaration)) continue;
            // A block is reported once, at the first of its weeks in a cycle.
            reported.add(declaration);
            const { cycle, at } = place;
            const others = cycle.length - 1;
            const through = Array.from({ length: Math.min(others, LISTED_WEEKS) }, (_, step) => `week ${cycle[(at + 1 + step) % cycle.length]}`).join(', ')
                + (others > LISTED_WEEKS ? ` and ${others - LISTED_WEEKS} more weeks` : '');
            const message = others === 0 ? `week ${week.number} derives from itself` : `week ${week.number} derives from itself through ${through}`;
            accept('error', message, { node: declaration, range: weekHeaderRange(declaration as Week | WeekBlock), code: IssueCodes.DerivedCycle });
        }
    }
}
