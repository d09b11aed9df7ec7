import { formatChange, formatDistance, formatLoad, formatMinutes } from '../plan/format.js';
import type { Plan } from '../plan/model.js';

/** One row per week: what a coach scans to see the shape of a block. */
export function summaryRows(plan: Plan): string[][] {
    return plan.weeks.map(week => [
        String(week.number) + (week.deload ? ' (deload)' : ''),
        week.startDate && week.endDate ? `${week.startDate} to ${week.endDate}` : '-',
        String(week.totals.sessions),
        formatDistance(week.totals.distanceM, plan.units),
        formatMinutes(week.totals.minutes),
        formatLoad(week.totals.load),
        week.totals.distanceChange === null ? '-' : formatChange(week.totals.distanceChange),
    ]);
}

export const SUMMARY_HEADINGS = ['week', 'dates', 'sessions', 'distance', 'time', 'load', 'change'];

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(headings: readonly string[], rows: readonly string[][]): string {
    const widths = headings.map((heading, column) => Math.max(heading.length, ...rows.map(row => row[column]?.length ?? 0)));
    const alignRight = headings.map((_, column) => column >= 2);
    const line = (cells: readonly string[]) => cells
        .map((cell, column) => (alignRight[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd();
    return [line(headings), line(widths.map(width => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
