/**
 * Scroll sync, as VS Code's markdown preview does it with lines: the editor says which line is
 * at its top, and the preview brings the week written there to its top, as far into the week
 * as the line is into its text. Above the first week (the header, named sessions) it shows
 * the top of the page: the plan's summary.
 */

/** Weeks by the line their text starts on; `weeks 5-7 = ...` makes three weeks of one line, and the first of them stands for it. */
function weeksByLine(root: HTMLElement): Array<{ readonly element: HTMLElement; readonly line: number }> {
    return [...root.querySelectorAll<HTMLElement>('.calendar .week[data-week-line]')]
        .map(element => ({ element, line: Number(element.dataset.weekLine) }))
        .sort((a, b) => a.line - b.line);
}

export function scrollToLine(root: HTMLElement, line: number): void {
    const weeks = weeksByLine(root);
    const above = weeks.filter(week => week.line <= line);
    if (above.length === 0) {
        window.scrollTo({ top: 0 });
        return;
    }
    const start = above[above.length - 1].line;
    const week = weeks.find(candidate => candidate.line === start)!;
    const next = weeks.find(candidate => candidate.line > start);
    const fraction = next ? Math.min(1, (line - week.line) / (next.line - week.line)) : 0;
    const box = week.element.getBoundingClientRect();
    // The weekday names stay at the top of the calendar as it scrolls: the week goes under them.
    const stickyHead = root.querySelector<HTMLElement>('.calendar-head')?.getBoundingClientRect().height ?? 0;
    window.scrollTo({ top: window.scrollY + box.top + fraction * box.height - stickyHead });
}
