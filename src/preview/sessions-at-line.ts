import type { PreviewModel } from './model.js';

/**
 * The sessions whose source spans a line: the one the editor's cursor is in, or every session
 * of a derived week when the cursor is on its header.
 */
export function sessionKeysAtLine(model: PreviewModel, line: number): string[] {
    return model.weeks.flatMap(week => week.days.flatMap(day => day.sessions))
        .filter(session => session.startLine <= line && line <= session.endLine)
        .map(session => session.key);
}
