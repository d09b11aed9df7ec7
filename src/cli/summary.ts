import type { CheckedPlan } from '../language/load-plans.js';
import { formatChange, formatDistance, formatLoad, formatMinutes, formatRatio } from '../plan/format.js';
import type { PlanWeek } from '../plan/model.js';
import { weeklyAcwr } from '../rules/acwr.js';
import { weeklyMonotony } from '../rules/monotony.js';

/** A rule that fired in a week, as `stride check` reports it. */
export interface FiredRule {
    readonly rule: string;
    readonly severity: 'warning' | 'note';
    readonly message: string;
    /** One-based, like `stride check`. */
    readonly line: number;
}

/** What the rules make of a week: its load ratios and the rules that fired in it. */
export interface WeekAnalysis {
    /** The week's ACWR, on its last day; null in the first 28 days. */
    readonly acwr: number | null;
    readonly monotony: number | null;
    readonly strain: number | null;
    readonly rules: readonly FiredRule[];
}

/** Each week's analysis, by week number; the rules' findings are the diagnostics', so plan limits and ignore directives count. */
export function weekAnalyses(checked: CheckedPlan): Map<number, WeekAnalysis> {
    const { plan, findings, thresholds } = checked;
    const ratios = weeklyAcwr(plan, thresholds.acwr.form);
    const monotony = weeklyMonotony(plan);
    const fired = new Map<number, FiredRule[]>();
    for (const { week, rule, severity, message, range } of findings) {
        fired.set(week, [...(fired.get(week) ?? []), { rule, severity, message, line: range.start.line + 1 }]);
    }
    return new Map(plan.weeks.map(week => [week.number, {
        acwr: ratios.get(week.number)?.ratio ?? null,
        monotony: monotony.get(week.number)?.monotony ?? null,
        strain: monotony.get(week.number)?.strain ?? null,
        rules: fired.get(week.number) ?? [],
    }]));
}

export const SUMMARY_HEADINGS = [
    'week', 'dates', 'sessions', 'distance', 'time', 'load', 'change', 'ACWR', 'monotony', 'strain', 'contacts', 'sprint', 'hard', 'rules',
];

function cells(week: PlanWeek, analysis: WeekAnalysis, units: CheckedPlan['plan']['units']): string[] {
    const rules = [...new Set(analysis.rules.map(fired => fired.rule))];
    return [
        String(week.number) + (week.deload ? ' (deload)' : ''),
        week.startDate && week.endDate ? `${week.startDate} to ${week.endDate}` : '-',
        String(week.totals.sessions),
        formatDistance(week.totals.distanceM, units),
        formatMinutes(week.totals.minutes),
        formatLoad(week.totals.load),
        week.totals.distanceChange === null ? '-' : formatChange(week.totals.distanceChange),
        analysis.acwr === null ? '-' : formatRatio(analysis.acwr),
        analysis.monotony === null ? '-' : formatRatio(analysis.monotony),
        analysis.strain === null ? '-' : formatLoad(analysis.strain),
        String(Math.round(week.totals.contacts)),
        formatDistance(week.totals.sprintMetres),
        String(week.totals.hardSessions),
        rules.length === 0 ? '-' : rules.join(', '),
    ];
}

/** One row per week: what a coach scans to see the shape of a block and where it is overloaded. */
export function summaryRows(checked: CheckedPlan): string[][] {
    const analyses = weekAnalyses(checked);
    return checked.plan.weeks.map(week => cells(week, analyses.get(week.number)!, checked.plan.units));
}

/** The whole Plan, each week with its analysis beside its totals. */
export function summaryJson(checked: CheckedPlan): object {
    const analyses = weekAnalyses(checked);
    return { ...checked.plan, weeks: checked.plan.weeks.map(week => ({ ...week, analysis: analyses.get(week.number) })) };
}

/** Columns padded to their widest cell; figures right-aligned, the first two columns and the rules left-aligned (or none right-aligned, for a table of words). */
export function formatTable(headings: readonly string[], rows: readonly string[][], figures = true): string {
    const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map(row => row[column]?.length ?? 0)));
    const alignRight = headings.map((heading, column) => figures && column >= 2 && heading !== 'rules');
    const line = (cells: readonly string[]) => cells
        .map((cell, column) => (alignRight[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd();
    return [line(headings), line(widths.map(width => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
