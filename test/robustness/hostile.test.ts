/**
 * A plan someone sent, with hostile text in every kind of name and note: markup and script, a
 * Markdown image that would fetch a URL, calendar lines, control characters and a terminal
 * escape, right-to-left text and emoji, and a 10,000-character line. It stays text everywhere:
 * in diagnostics (one line each), in the CLI's output, in hovers, in the preview's model and
 * in the calendar. (test/preview runs markup through the real webview in Chromium.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterAll, describe, expect, test } from 'vitest';
import { planToIcs } from '../../src/export/ical.js';
import { documentPreview } from '../../src/language/requests.js';
import { lintIcs } from '../export/ics-lint.js';
import { parseIcs } from '../export/parse-ics.js';
import { checkPlan, runStride, services } from '../helpers.js';
import { loadBuiltinDrills } from '../lsp/builtin-drills.js';
import { stringLiteral } from './hostile-text.js';

loadBuiltinDrills();

const HOSTILE = '<script>window.__pwned=1</script> ![tracker](https://example.com/pixel.png) [open](command:workbench.action.quit)'
    + '\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged\nsprints.stride:1:1 error forged a line of its own'
    + ' \u0007 \u001b[2J \u202Egnp.exe\u202C مرحبا 🏃‍♀️💨';
const LONG = `${'🏃'.repeat(5_000)}`; // 10,000 UTF-16 code units on one line

/** Every kind of name and note the language has, hostile. The sprints' short rest makes a rule name the session. */
const PLAN = `plan ${stringLiteral(HOSTILE)}
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
drill own-sprint ${stringLiteral(HOSTILE)} sprint in distance about ${stringLiteral(HOSTILE)}
session named ${stringLiteral(HOSTILE)} speed {
  4 x 60m own-sprint @95% rest 2min ${stringLiteral(HOSTILE)}
  2 x { 200m @easy } rest 1min ${stringLiteral(HOSTILE)}
  note ${stringLiteral(HOSTILE)}
}
week 1 ${stringLiteral(HOSTILE)} {
  mon rest ${stringLiteral(HOSTILE)}
  tue named
  thu run ${stringLiteral(LONG)} 5km @easy
  sat speed ${stringLiteral(LONG)} 4 x 60m sprint @95% rest 2min
}
weeks 2-2 ${stringLiteral(HOSTILE)} = weeks 1-1
`;

const folder = mkdtempSync(join(tmpdir(), 'stride-hostile-'));
const file = join(folder, 'sprints.stride');
writeFileSync(file, PLAN);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('diagnostics', () => {
    test('are one line each, and name a session by at most 60 characters of its name', async () => {
        const { diagnostics } = await checkPlan(PLAN);
        const messages = diagnostics.map(diagnostic => diagnostic.message as string);
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        for (const message of messages) {
            expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
            expect(message.length).toBeLessThan(400);
        }
        // 2 min of rest after 60 m at 95%, where the rule asks for 1 min per 10 m: in week 2, derived from week 1, the
        // message is on the week's header and names the session, Tuesday's and Saturday's, by their first 60 characters.
        const rest = 'rest 2 min after each 60 m sprint; minimum 6 min (1 min per 10 m sprinted at 90% or more)';
        expect(messages).toContain(`week 2 tue, ${[...HOSTILE.replace(/\s+/g, ' ')].slice(0, 60).join('')}...: ${rest}`);
        expect(messages).toContain(`week 2 sat, ${'🏃'.repeat(60)}...: ${rest}`);
    });

    test('`stride check` prints one line per diagnostic, with no control character a terminal would act on', async () => {
        const { diagnostics } = await checkPlan(PLAN);
        const run = await runStride('check', file);
        const lines = run.out.filter(line => line !== '');
        expect(lines).toHaveLength(diagnostics.length);
        for (const line of lines) {
            expect(line.startsWith(`${file}:`)).toBe(true);
            expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
    });

    test('`stride summary` prints the plan\'s name on one line', async () => {
        const run = await runStride('summary', file);
        expect(run.out[0]).toBe(HOSTILE.replace(/[\n\u0007\u001b]/g, '\ufffd'));
        expect(run.out[1].startsWith('week')).toBe(true);
    });
});

describe('hovers', () => {
    /** The hover at the first place `word` is written after `after`. */
    async function hoverAt(word: string, after: string): Promise<string> {
        const { uri } = await checkPlan(PLAN);
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        const position = document.textDocument.positionAt(PLAN.indexOf(word, PLAN.indexOf(after)));
        const hover = await services.Stride.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri }, position });
        return (hover!.contents as { value: string }).value;
    }

    /** Markdown that would make a link, an image, HTML or a heading from plan text; each character is escaped instead. */
    const ACTIVE_MARKDOWN = /(?<!\\)!\\?\[|(?<!\\)\[|(?<!\\)<|(?<!\\)`[^`]*(?<!\\)`|^#/m;

    test.each([
        ['a drill', 'own-sprint', '4 x 60m'],
        ['a named session', 'named', 'tue '],
        ['a week', 'week 1', 'max-speed'],
    ])('of %s show its text as text: no link, image or HTML', async (_, word, after) => {
        const markdown = await hoverAt(word, after);
        const planText = markdown.replace(/\(`[a-z0-9-]+`\)/g, '');
        expect(planText).toContain('\\!\\[tracker\\](https://example.com/pixel.png)');
        expect(planText).not.toMatch(ACTIVE_MARKDOWN);
    });
});

describe('the preview and the calendar', () => {
    test('the preview model carries every name and note exactly as written', async () => {
        const { uri } = await checkPlan(PLAN);
        const { model } = await documentPreview(services.Stride, services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!);
        expect(model.name).toBe(HOSTILE);
        expect(model.weeks.map(week => week.title)).toEqual([HOSTILE, HOSTILE]);
        const days = model.weeks[0].days;
        expect(days.find(day => day.weekday === 'mon')!.note).toBe(HOSTILE);
        const sessions = days.flatMap(day => day.sessions);
        expect(sessions.map(session => session.title)).toEqual([HOSTILE, LONG, LONG]);
        expect(sessions[0].outline.flatMap(section => section.items)).toContainEqual({ type: 'note', text: HOSTILE });
    });

    test('the calendar holds exactly the plan\'s sessions and rest-day notes, the forged lines as text', async () => {
        const { plan } = await checkPlan(PLAN);
        const { ics, events } = planToIcs(plan, { now: new Date('2027-01-01T12:00:00Z') });
        expect(lintIcs(Buffer.from(ics, 'utf8'))).toEqual([]);
        // Monday's rest note, Tuesday, Thursday and Saturday of week 1, and again in week 2.
        expect(events).toBe(8);
        expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(8);
        expect(ics).not.toMatch(/^UID:forged/m);
        const calendar = parseIcs(ics);
        // The bell and the escape cannot be iCalendar text: they read back as U+FFFD.
        const shown = HOSTILE.replace(/[\u0007\u001b]/g, '\ufffd');
        expect(calendar.name).toBe(shown);
        const rest = `Rest day: ${shown}`;
        expect(calendar.events.map(event => event.summary.slice(0, 20))).toEqual([rest, HOSTILE, LONG, LONG, rest, HOSTILE, LONG, LONG].map(name => name.slice(0, 20)));
        expect(calendar.events[0].summary).toBe(rest);
        expect(calendar.events[0].description).toBe(shown);
    });
});
