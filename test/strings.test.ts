/** Text in quotes: the escapes it knows, notes over several lines, and names and titles kept to one. */
import { describe, expect, test } from 'vitest';
import { checkPlan, cleanPlan, errorsOf, HEADER, marked, sessionsOf } from './helpers.js';

describe('escapes', () => {
    test('`\\"`, `\\\\`, `\\n`, `\\t`, `\\u0041` and `\\u{1F3C3}` are what they say', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {\n  mon rest "a \\"quote\\", a \\\\, \\u0041, \\u{1F3C3}\\nnext\\tline"\n}`);
        expect(plan.weeks[0].days[0].note).toBe('a "quote", a \\, A, 🏃\nnext\tline');
    });

    test('any other backslash is an error that says which escapes there are', async () => {
        const { text, range } = marked(`${HEADER}week 1 {\n  mon rest «"C:\\q and \\u12"»\n}`);
        const message = 'is not an escape: a text knows \\" \\\\ \\n \\t and \\u0041; write \\\\ for a backslash';
        expect(errorsOf(await checkPlan(text))).toEqual([`${range} '\\q' ${message}`, `${range} '\\u' ${message}`]);
    });
});

describe('line breaks', () => {
    test('a note runs over several lines, each break with its indentation one line break, and the rest of the plan reads as before', async () => {
        const checked = await checkPlan(`${HEADER}week 1 {\n  tue run 5km "line one   \n      line two"\n  wed run 8km\n}`);
        expect(errorsOf(checked)).toEqual([]);
        expect(checked.plan.assumptions).toEqual([]);
        expect(sessionsOf(checked.plan).map(session => session.distanceM)).toEqual([5000, 8000]);
        expect(sessionsOf(checked.plan)[0].items[0]).toMatchObject({ note: 'line one\nline two' });
    });

    test('a plan\'s name broken over two lines is one error, and the header after it still reads: no false "no start date"', async () => {
        const { text, range } = marked('plan «"Speed\nblock"»\n  start 2027-01-04\n  pace easy 6:00/km\nweek 1 {\n  tue run 5km\n}');
        const checked = await checkPlan(text);
        expect(errorsOf(checked)).toEqual([`${range} a name is one line: only notes and descriptions run over several`]);
        expect(checked.plan.assumptions).toEqual([]);
        expect(checked.plan.weeks[0].startDate).toBe('2027-01-04');
    });

    test('a title is one line', async () => {
        const { text, range } = marked(`${HEADER}week 1 «"Base\n  block"» {\n  tue run 5km\n}`);
        expect(errorsOf(await checkPlan(text))).toEqual([`${range} a title is one line: only notes and descriptions run over several`]);
    });
});
