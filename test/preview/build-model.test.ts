/**
 * The preview model the language server sends: days in the plan's own week, sessions on
 * their dates (or weekdays, undated), the findings the editor shows (plan limits and
 * `stride-ignore` applied) and the daily series the chart draws.
 */
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { documentPreview } from '../../src/language/requests.js';
import type { PreviewModel } from '../../src/preview/model.js';
import { checkPlan, errorsOf, HEADER, services } from '../helpers.js';

async function modelOf(text: string): Promise<PreviewModel> {
    const checked = await checkPlan(text);
    expect(errorsOf(checked)).toEqual([]);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(checked.uri))!;
    return (await documentPreview(services.Stride, document)).model;
}

/** Each day of a week as `weekday date: session keys`. */
function daysOf(model: PreviewModel, week: number): string[] {
    return model.weeks.find(candidate => candidate.number === week)!.days
        .map(day => `${day.weekday} ${day.date}: ${day.sessions.map(session => session.key).join(' ')}`);
}

describe('the calendar', () => {
    test("runs from the weekday the plan starts on, each session on its date", async () => {
        const model = await modelOf(`plan "From Wednesday"
  start 2027-01-06
  pace easy 6:00/km
week 1 {
  wed run 5km @easy
  mon run 5km @easy
}
`);
        // 6 January 2027 is a Wednesday, so week 1 runs Wednesday 6 to Tuesday 12, and its Monday is the 11th.
        expect(model.weekdays).toEqual(['wed', 'thu', 'fri', 'sat', 'sun', 'mon', 'tue']);
        expect(daysOf(model, 1)).toEqual([
            'wed 2027-01-06: w1-wed-1', 'thu 2027-01-07: ', 'fri 2027-01-08: ', 'sat 2027-01-09: ',
            'sun 2027-01-10: ', 'mon 2027-01-11: w1-mon-1', 'tue 2027-01-12: ',
        ]);
    });

    test('without a start date, puts sessions on their weekdays and says it had to', async () => {
        const model = await modelOf(`plan "Undated"
  pace easy 6:00/km
week 1 {
  tue run 5km @easy
  sat rest "Family day"
}
`);
        expect(daysOf(model, 1)).toEqual([
            'mon null: ', 'tue null: w1-tue-1', 'wed null: ', 'thu null: ', 'fri null: ', 'sat null: ', 'sun null: ',
        ]);
        expect(model.weeks[0].days[5]).toMatchObject({ rest: true, note: 'Family day' });
        expect(model.assumptions).toEqual(['no start date: sessions have no dates; add `start YYYY-MM-DD` or `race YYYY-MM-DD` to the plan header']);
    });
});

describe('the findings', () => {
    const twoWeeks = (header: string, beforeWeek2 = '') => `${HEADER}${header}week 1 {
  tue run 10km @easy
}
${beforeWeek2}week 2 = week 1 +35%
`;

    test("are the editor's: each under its week, with the line it is about", async () => {
        const model = await modelOf(twoWeeks(''));
        expect(model.weeks.map(week => week.findings)).toEqual([[], [{
            rule: 'weekly-distance',
            severity: 'warning',
            // 10 km x 1.35 = 13.5 km, +35%: above the warning's +30%.
            message: 'week 2: 13.5 km, +35% on week 1 (10.0 km); limit +30%',
            line: 7,
            sessionKey: null,
        }]]);
    });

    test("follow the plan's own limits, and leave out what a stride-ignore comment switches off", async () => {
        const limited = await modelOf(twoWeeks('  limit weekly-distance 20% 40%\n  limit acwr 1.4 1.6\n'));
        expect(limited.weeks[1].findings.map(finding => `${finding.severity} ${finding.message}`)).toEqual([
            'note week 2: 13.5 km, +35% on week 1 (10.0 km); limit +20%',
        ]);
        // The chart's ACWR band runs up to the note's limit, its line at the warning's.
        expect(limited.acwr).toEqual({ bandLow: 0.8, bandHigh: 1.4, warning: 1.6 });

        const ignored = await modelOf(twoWeeks('', '// stride-ignore weekly-distance\n'));
        expect(ignored.weeks[1].findings).toEqual([]);
        expect(ignored.acwr).toEqual({ bandLow: 0.8, bandHigh: 1.3, warning: 1.5 });
    });
});

describe('the daily series', () => {
    test('has every day of the plan, with acute and chronic load from the 28th day on', async () => {
        const model = await modelOf(`${HEADER}week 1 {
  tue run 10km @easy
}
weeks 2-5 = weeks 1-1
`);
        // Five weeks are 35 days; the ACWR needs 28 days of history, so days 28 to 35 have it: 8 days.
        expect(model.days).toHaveLength(35);
        expect(model.days.filter(day => day.acute !== null && day.chronic !== null && day.ratio !== null)).toHaveLength(8);
        expect(model.days.findIndex(day => day.ratio !== null)).toBe(27);
        // 10 km at 6:00/km is 60 min at RPE 3: 180 AU each Tuesday, nothing on the other days.
        expect(model.days.slice(0, 7).map(day => day.load)).toEqual([0, 180, 0, 0, 0, 0, 0]);
        expect(model.days[1]).toMatchObject({ week: 1, weekday: 'tue', date: '2027-01-05' });
    });
});
