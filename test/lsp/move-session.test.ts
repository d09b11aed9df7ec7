/**
 * `stride/moveSession`: the edit that moves a session of the preview to another day, as the
 * text reads after it, checked again by the language server: the session is on the day it was
 * dropped on, under the key the answer gave, and nothing else changed. What the text cannot
 * say is refused with a reason.
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentMoveSession } from '../../src/language/requests.js';
import type { Weekday } from '../../src/plan/model.js';
import type { MoveSessionParams, MoveSessionResult } from '../../src/protocol/requests.js';
import { checkPlan, errorsOf, HEADER, services } from '../helpers.js';

const PLAN = `${HEADER}
session speed-day "Speed day" speed {
  4 x 60m sprint @95% rest 6min
}

week 1 "Base" {
  mon rest "Walk 20 minutes"
  tue 07:00 speed-day
  thu run 8km @easy   // steady, whatever the weather
  fri rest
  sat run "Long" 14km @easy and strength {
    3 x 5 back-squat @RPE7 rest 3min
  }
}
week 2 = week 1 +5%
week 3 {
  2027-01-19 run 6km @easy
}
`;

/** The dates of week 1, from Monday 4 January 2027. */
const WEEK_1: Readonly<Record<Weekday, string>> = {
    mon: '2027-01-04', tue: '2027-01-05', wed: '2027-01-06', thu: '2027-01-07', fri: '2027-01-08', sat: '2027-01-09', sun: '2027-01-10',
};

async function move(text: string, sessionKey: string, week: number, weekday: Weekday, options: { date?: string | null; version?: number } = {}): Promise<{ result: MoveSessionResult; document: TextDocument }> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    const params: MoveSessionParams = {
        textDocument: { uri: checked.uri },
        version: options.version ?? document.textDocument.version,
        sessionKey,
        target: { week, weekday, date: options.date === undefined ? (week === 1 ? WEEK_1[weekday] : null) : options.date },
    };
    return { result: documentMoveSession(services.Stride, document, params), document: document.textDocument };
}

/** Moves a session and returns the text after the edit, checked: the session is on the target date under the key given. */
async function moved(text: string, sessionKey: string, week: number, weekday: Weekday, date?: string | null): Promise<string> {
    const { result, document } = await move(text, sessionKey, week, weekday, { date });
    if ('reason' in result) {
        throw new Error(`refused: ${result.reason}`);
    }
    const after = TextDocument.applyEdits(document, result.edit.changes![document.uri]);
    const checked = await checkPlan(after);
    expect(errorsOf(checked)).toEqual([]);
    const target = checked.plan.weeks.find(candidate => candidate.number === week)!;
    const session = target.days.flatMap(day => day.sessions).find(candidate => candidate.key === result.sessionKey);
    expect(session, `${result.sessionKey} in week ${week}`).toBeDefined();
    if (date !== null) {
        expect(session!.date).toBe(date ?? WEEK_1[weekday]);
    }
    return after;
}

async function refusal(text: string, sessionKey: string, week: number, weekday: Weekday, options: { date?: string | null; version?: number } = {}): Promise<string> {
    const { result } = await move(text, sessionKey, week, weekday, options);
    expect(result).toHaveProperty('reason');
    return (result as { reason: string }).reason;
}

describe('moving a session to another day', () => {
    test('to a day the week does not write: a line of its own, in the order of the days', async () => {
        expect(await moved(PLAN, 'w1-thu-1', 1, 'wed')).toBe(PLAN.replace(
            '  tue 07:00 speed-day\n  thu run 8km @easy   // steady, whatever the weather\n',
            '  tue 07:00 speed-day\n  wed run 8km @easy\n  // steady, whatever the weather\n'));
    });

    test('to a day with a session: joined to it with `and`', async () => {
        expect(await moved(PLAN, 'w1-thu-1', 1, 'tue')).toBe(PLAN.replace(
            '  tue 07:00 speed-day\n  thu run 8km @easy   // steady, whatever the weather\n',
            '  tue 07:00 speed-day and run 8km @easy\n  // steady, whatever the weather\n'));
    });

    test('a named session moves as its use, time of day and all, and the named session stays as it is', async () => {
        expect(await moved(PLAN, 'w1-tue-1', 1, 'sun')).toBe(PLAN
            .replace('  tue 07:00 speed-day\n', '')
            .replace('    3 x 5 back-squat @RPE7 rest 3min\n  }\n}', '    3 x 5 back-squat @RPE7 rest 3min\n  }\n  sun 07:00 speed-day\n}'));
    });

    test('the second of two sessions leaves with its `and`, lines and all, and keeps its inner indentation', async () => {
        expect(await moved(PLAN, 'w1-sat-2', 1, 'wed')).toBe(PLAN
            .replace(' and strength {\n    3 x 5 back-squat @RPE7 rest 3min\n  }', '')
            .replace('  thu run 8km', '  wed strength {\n    3 x 5 back-squat @RPE7 rest 3min\n  }\n  thu run 8km'));
    });

    test('the first of two sessions leaves the other on its day', async () => {
        expect(await moved(PLAN, 'w1-sat-1', 1, 'sun')).toBe(PLAN
            .replace('  sat run "Long" 14km @easy and strength {', '  sat strength {')
            .replace('  }\n}\nweek 2', '  }\n  sun run "Long" 14km @easy\n}\nweek 2'));
    });

    test('onto a rest day that says nothing more: in place of `rest`', async () => {
        expect(await moved(PLAN, 'w1-thu-1', 1, 'fri')).toBe(PLAN
            .replace('  thu run 8km @easy   // steady, whatever the weather\n  fri rest\n', '  // steady, whatever the weather\n  fri run 8km @easy\n'));
    });

    test('to another written week, and a day written by its date takes the date of the day it goes to', async () => {
        expect(await moved(PLAN, 'w3-2027-01-19-1', 1, 'wed')).toBe(PLAN
            .replace('week 3 {\n  2027-01-19 run 6km @easy\n}', 'week 3 {\n}')
            .replace('  tue 07:00 speed-day\n', '  tue 07:00 speed-day\n  2027-01-06 run 6km @easy\n'));
    });

    test('into a week with no days, before its closing brace', async () => {
        const text = `${HEADER}week 1 {\n  tue run 5km @easy\n}\nweek 2 {\n}\n`;
        expect(await moved(text, 'w1-tue-1', 2, 'thu', '2027-01-14')).toBe(`${HEADER}week 1 {\n}\nweek 2 {\n  thu run 5km @easy\n}\n`);
    });

    test('in a week written on one line, within the line', async () => {
        const text = `${HEADER}week 1 { tue run 5km @easy  sat run 10km @easy }\n`;
        expect(await moved(text, 'w1-tue-1', 1, 'thu')).toBe(`${HEADER}week 1 { thu run 5km @easy sat run 10km @easy }\n`);
    });
});

describe('a move the text cannot say', () => {
    test('a session of a derived week: the week it comes from is named, and nothing is guessed', async () => {
        expect(await refusal(PLAN, 'w2-thu-1', 2, 'fri')).toBe(
            'Week 2 comes from week 1 (week 2 = week 1 +5%): its sessions are written there. Move the session in that week, or write week 2 out day by day.');
    });

    test('onto a day of a derived week', async () => {
        expect(await refusal(PLAN, 'w1-thu-1', 2, 'fri')).toBe(
            'Week 2 comes from week 1 (week 2 = week 1 +5%): its days are that week\'s, so a session cannot be put on one of them. Write week 2 out day by day first.');
    });

    test('onto a rest day with a note, which would be lost', async () => {
        expect(await refusal(PLAN, 'w1-thu-1', 1, 'mon')).toBe(
            'The rest day on mon of week 1 has a note ("Walk 20 minutes"): take the rest day out first, or move the session to another day.');
    });

    test('after the text changed since the preview was drawn, or for a session no longer there', async () => {
        const { document } = await move(PLAN, 'w1-thu-1', 1, 'wed');
        expect(await refusal(PLAN, 'w1-thu-1', 1, 'wed', { version: document.version - 1 })).toBe('The plan changed since the preview was drawn; try again.');
        expect(await refusal(PLAN, 'w1-wed-1', 1, 'fri')).toBe('That session is not in the plan any more.');
        expect(await refusal(PLAN, 'w1-thu-1', 9, 'fri')).toBe('The plan has no week 9.');
        expect(await refusal(PLAN, 'w1-thu-1', 1, 'thu')).toBe('The session is on that day already.');
    });
});
