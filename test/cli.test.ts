/**
 * `stride check` and `stride summary`: what they print and how they exit. Most tests run the CLI
 * in-process; the last ones spawn the real binary, which needs `dist/` built (`npm test` builds it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { marked, runStride as stride } from './helpers.js';

const CLEAN = `plan "Clean"
  start 2027-01-04
  pace easy 6:00/km
week 1 {
  tue run 5km @easy
  thu run 6km @easy
  sat run 8km @easy
}
week 2 = week 1 +10%
week 3 = week 1 -30%
`;

const BROKEN = `plan "Broken"
  start 2027-01-04
  pace easy 6:00/km
  max-speed 8 m/s
week 1 {
  tue run 5km @easy
  tue run 6km @easy
  thu speed 4 x 60m sprnt
  sat run 5km @
}
`;

/** One warning and nothing else: the start date wins over the race date. */
const WARNED = `plan "Warned"
  start 2027-01-04
  race 2027-01-10
  pace easy 6:00/km
week 1 { tue run 5km @easy }
`;

/** Nothing wrong, but no easy pace given. */
const ASSUMING = `plan "Assuming"
  start 2027-01-04
week 1 { tue run 5km }
`;

let folder: string;
const file = (name: string) => join(folder, name);

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'stride-cli-'));
    for (const [name, text] of Object.entries({ 'clean.stride': CLEAN, 'broken.stride': BROKEN, 'warned.stride': WARNED, 'assuming.stride': ASSUMING })) {
        writeFileSync(file(name), text);
    }
});

afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

describe('stride check', () => {
    test('a clean file: no output, exit 0', async () => {
        expect(await stride('check', file('clean.stride'))).toEqual({ code: 0, out: [], err: [] });
    });

    test('a broken file: one line per diagnostic in source order, exit 1', async () => {
        const broken = file('broken.stride');
        expect(await stride('check', broken)).toEqual({
            code: 1,
            out: [
                `${broken}:7:3 error duplicate-day tue appears twice in week 1 (first on line 6); put two sessions on one day with 'and'`,
                // `  thu speed 4 x 60m ` is 20 characters.
                `${broken}:8:21 error linking-error unknown drill 'sprnt'; did you mean sprint?`,
                `${broken}:10:1 error parsing-error expected a name, a number, a time (07:00, 1:30), an RPE like RPE7, a zone like Z2, 'max' or a tempo like tempo 3-1-1-0 after '@', but found '}'`,
            ],
            err: [],
        });
    });

    test('several files: the lines of each, exit 1 when any has an error', async () => {
        const run = await stride('check', file('clean.stride'), file('broken.stride'));
        expect(run.code).toBe(1);
        expect(run.out).toHaveLength(3);
        expect(run.out.every(line => line.startsWith(`${file('broken.stride')}:`))).toBe(true);
    });

    test('the file is named as it was given', async () => {
        const given = relative(process.cwd(), file('broken.stride'));
        const run = await stride('check', given);
        expect(run.out[0]).toBe(`${given}:7:3 error duplicate-day tue appears twice in week 1 (first on line 6); put two sessions on one day with 'and'`);
    });

    test('an info: printed, exit 0', async () => {
        const assuming = file('assuming.stride');
        expect(await stride('check', assuming)).toEqual({
            code: 0,
            out: [`${assuming}:1:1 info assumed-default no easy pace: runs are timed at 6:00/km; add \`pace easy M:SS/km\` to the plan header`],
            err: [],
        });
    });

    test.each([
        ['unknown drill', 'week 1 { tue speed 4 x 60m «sprnt» }', 'linking-error'],
        ['day twice', 'week 1 { tue run 5km  «tue» run 6km }', 'duplicate-day'],
        ['week twice', 'week 1 { tue run 5km }\n«week 1 »{ thu run 5km }', 'duplicate-week'],
        ['impossible date', 'week 1 { «2027-02-29» run 5km }', 'impossible-date'],
        ['no 10k pace', 'week 1 { tue run 5km @«10k» }', 'linking-error'],
        ['no 1RM', 'week 1 { tue strength 3 x 5 back-squat «@80%» }', 'missing-1rm'],
        ['unit that does not fit', 'week 1 { tue strength 3 x «8km» back-squat }', 'unit-mismatch'],
        ['zero count', 'week 1 { tue speed «0» x 60m sprint }', 'zero-count'],
        ['bare number', 'week 1 { tue run «8» @easy }', 'missing-unit'],
        ['derived cycle', 'week 1 { tue run 5km }\n«week 2 »= week 2', 'derived-cycle'],
        ['missing week', 'week 1 { tue run 5km }\nweek 2 = week «3»', 'linking-error'],
        ['bad time of day', 'week 1 { tue «25:00» run 5km }', 'bad-time'],
        ['bad pace', 'week 1 { tue run 5km @«99:99»/km }', 'bad-pace'],
        ['syntax error', 'week 1 { tue run 5km @ «}»', 'parsing-error'],
    ])('a file with one error (%s): reported at its line and column, exit 1', async (name, body, code) => {
        const { text, range } = marked(`plan "One error"\n  start 2027-01-04\n  pace easy 6:00/km\n  max-speed 8 m/s\n${body}\n`);
        const path = file(`${name.replaceAll(' ', '-')}.stride`);
        writeFileSync(path, text);
        const run = await stride('check', path);
        const [line, column] = range.split('-')[0].split(':');
        const errors = run.out.filter(report => report.includes(' error '));
        expect(run.code).toBe(1);
        expect(errors).toHaveLength(1);
        expect(errors[0].startsWith(`${path}:${line}:${column} error ${code} `)).toBe(true);
    });

    describe('--max-warnings, as ESLint has it', () => {
        const warningLine = () => `${file('warned.stride')}:3:3 warning start-and-race the plan has a start date and a race date: weeks are dated from the start`;

        test('warnings alone exit 0', async () => {
            expect(await stride('check', file('warned.stride'))).toEqual({ code: 0, out: [warningLine()], err: [] });
        });

        test('0 with a warning exits 1', async () => {
            expect(await stride('check', '--max-warnings', '0', file('warned.stride'))).toEqual({ code: 1, out: [warningLine()], err: [] });
        });

        test('as many warnings as allowed exit 0', async () => {
            expect((await stride('check', '--max-warnings=1', file('warned.stride'))).code).toBe(0);
        });

        test('5 with a warning exits 0', async () => {
            expect((await stride('check', file('warned.stride'), '--max-warnings', '5')).code).toBe(0);
        });

        test('errors exit 1 whatever the allowance', async () => {
            expect((await stride('check', '--max-warnings', '100', file('broken.stride'))).code).toBe(1);
        });

        test.each([['-1'], ['x'], ['1.5'], [''], ['1e3']])('%s is not a number of warnings: exit 2', async value => {
            const run = await stride('check', '--max-warnings', value, file('warned.stride'));
            expect(run).toEqual({
                code: 2,
                out: [],
                err: [`stride: option '--max-warnings <n>' argument '${value}' is invalid. A whole number from 0 is needed.`],
            });
        });
    });

    describe('--format json', () => {
        test('an array of reports with one-based start and end', async () => {
            const broken = file('broken.stride');
            const run = await stride('check', '--format', 'json', broken);
            expect(run.code).toBe(1);
            expect(JSON.parse(run.out.join('\n'))).toEqual([
                {
                    file: broken, line: 7, column: 3, endLine: 7, endColumn: 6, severity: 'error', code: 'duplicate-day',
                    message: "tue appears twice in week 1 (first on line 6); put two sessions on one day with 'and'",
                },
                {
                    file: broken, line: 8, column: 21, endLine: 8, endColumn: 26, severity: 'error', code: 'linking-error',
                    message: "unknown drill 'sprnt'; did you mean sprint?",
                },
                {
                    file: broken, line: 10, column: 1, endLine: 10, endColumn: 2, severity: 'error', code: 'parsing-error',
                    message: "expected a name, a number, a time (07:00, 1:30), an RPE like RPE7, a zone like Z2, 'max' or a tempo like tempo 3-1-1-0 after '@', but found '}'",
                },
            ]);
        });

        test('a clean file is an empty array', async () => {
            const run = await stride('check', '--format=json', file('clean.stride'));
            expect([run.code, JSON.parse(run.out.join('\n'))]).toEqual([0, []]);
        });

        test('another format: exit 2', async () => {
            expect(await stride('check', '--format', 'xml', file('clean.stride'))).toEqual({
                code: 2, out: [], err: ["stride: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json."],
            });
        });
    });
});

describe('stride summary', () => {
    test('a table of the weeks', async () => {
        const run = await stride('summary', file('clean.stride'));
        expect([run.code, run.err, run.out[0]]).toEqual([0, [], 'Clean']);
        // Columns stand at least two spaces apart, and no cell holds two spaces in a row.
        const [headings, rule, ...rows] = run.out.slice(1).map(line => line.trim().split(/\s{2,}/));
        expect(headings.slice(0, 7)).toEqual(['week', 'dates', 'sessions', 'distance', 'time', 'load', 'change']);
        expect(rule.every(cell => /^-+$/.test(cell))).toBe(true);
        // Week 1: 5 + 6 + 8 = 19 km at 6:00/km = 114 min (1:54 h), load 3 x 114 = 342.
        // Week 2 (+10%): 20.9 km, 125.4 min (2:05 h), load 376.2; +10%.
        // Week 3 (-30%): 13.3 km, 79.8 min (1:20 h), load 239.4; (13.3 - 20.9) / 20.9 = -36%.
        expect(rows.map(row => row.slice(0, 7))).toEqual([
            ['1', '2027-01-04 to 2027-01-10', '3', '19.0 km', '1:54 h', '342 AU', '-'],
            ['2', '2027-01-11 to 2027-01-17', '3', '20.9 km', '2:05 h', '376 AU', '+10%'],
            ['3 (deload)', '2027-01-18 to 2027-01-24', '3', '13.3 km', '1:20 h', '239 AU', '-36%'],
        ]);
    });

    test('columns line up: week and dates to the left, figures to the right', async () => {
        const [, headings, , first] = (await stride('summary', file('clean.stride'))).out;
        // `3 (deload)` makes the week column 10 wide; the dates are 24 wide.
        expect(headings.startsWith('week        dates                     sessions  distance    time    load  change')).toBe(true);
        expect(first.startsWith('1           2027-01-04 to 2027-01-10         3   19.0 km  1:54 h  342 AU       -')).toBe(true);
    });

    test('--format json prints the whole Plan', async () => {
        const run = await stride('summary', '--format', 'json', file('clean.stride'));
        expect(run.code).toBe(0);
        const plan = JSON.parse(run.out.join('\n'));
        expect(plan.name).toBe('Clean');
        expect(plan.weeks.map((week: { number: number }) => week.number)).toEqual([1, 2, 3]);
        const [tuesday] = plan.weeks[0].days;
        expect(tuesday).toMatchObject({ weekday: 'tue', date: '2027-01-05' });
        expect(tuesday.sessions[0]).toMatchObject({ key: 'w1-tue-1', kind: 'run', minutes: 30, load: 90, distanceM: 5000 });
        expect(tuesday.sessions[0].items[0]).toMatchObject({ type: 'step', drill: { id: 'run' }, repDistanceM: 5000 });
        expect(plan.weeks[1].totals).toMatchObject({ distanceM: 20900, distanceChange: 0.1, sessions: 3 });
        expect(plan.totals.sessions).toBe(9);
    });

    test('a broken file: the table, and the errors counted on stderr, exit 1', async () => {
        const broken = file('broken.stride');
        const run = await stride('summary', broken);
        expect(run.code).toBe(1);
        expect(run.out[0]).toBe('Broken');
        expect(run.err).toEqual([`${broken} has 3 errors; run stride check ${broken}`]);
    });
});

describe('mistakes in the call: one line, exit 2, no stack trace', () => {
    test('a missing file', async () => {
        const missing = file('missing.stride');
        expect(await stride('check', missing)).toEqual({ code: 2, out: [], err: [`stride: cannot read ${missing}: no such file`] });
    });

    test('a missing file among others prints nothing for the others', async () => {
        const missing = file('missing.stride');
        expect(await stride('check', file('broken.stride'), missing)).toEqual({ code: 2, out: [], err: [`stride: cannot read ${missing}: no such file`] });
    });

    test('a missing file to summarise', async () => {
        const missing = file('missing.stride');
        expect(await stride('summary', missing)).toEqual({ code: 2, out: [], err: [`stride: cannot read ${missing}: no such file`] });
    });

    test('a folder instead of a file', async () => {
        expect(await stride('check', folder)).toEqual({ code: 2, out: [], err: [`stride: cannot read ${folder}: it is a folder`] });
    });

    test('an unknown flag', async () => {
        expect(await stride('check', '--bogus', file('clean.stride'))).toEqual({ code: 2, out: [], err: ["stride: unknown option '--bogus'"] });
    });

    test('an unknown command', async () => {
        expect(await stride('frobnicate', file('clean.stride'))).toEqual({ code: 2, out: [], err: ["stride: unknown command 'frobnicate'"] });
    });

    test('no file to check', async () => {
        expect(await stride('check')).toEqual({ code: 2, out: [], err: ["stride: missing required argument 'files'"] });
    });

    test('help is not a failure', async () => {
        const run = await stride('check', '--help');
        expect(run.code).toBe(0);
        expect(run.out[0]).toBe('Usage: stride check [options] <files...>');
    });
});

describe('the stride binary', () => {
    const root = resolve(import.meta.dirname, '..');
    // The project's own Node 22: the system one may be too old for Langium 4.
    const node = join(root, 'node_modules', '.bin', 'node');
    const binary = (...args: string[]) => {
        const run = spawnSync(node, [join(root, 'bin', 'stride.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
        return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    };

    test('checks a broken file: diagnostics on stdout, exit 1', () => {
        const broken = file('broken.stride');
        const run = binary('check', broken);
        expect(run.stderr).toBe('');
        expect(run.stdout.split('\n')).toEqual([
            `${broken}:7:3 error duplicate-day tue appears twice in week 1 (first on line 6); put two sessions on one day with 'and'`,
            `${broken}:8:21 error linking-error unknown drill 'sprnt'; did you mean sprint?`,
            `${broken}:10:1 error parsing-error expected a name, a number, a time (07:00, 1:30), an RPE like RPE7, a zone like Z2, 'max' or a tempo like tempo 3-1-1-0 after '@', but found '}'`,
            '',
        ]);
        expect(run.code).toBe(1);
    });

    test('checks a clean file: nothing, exit 0', () => {
        expect(binary('check', file('clean.stride'))).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    test('a missing file: one line on stderr, exit 2', () => {
        const missing = file('missing.stride');
        expect(binary('summary', missing)).toEqual({ code: 2, stdout: '', stderr: `stride: cannot read ${missing}: no such file\n` });
    });

    test('an unknown flag: one line on stderr, exit 2', () => {
        expect(binary('check', '--nope', file('clean.stride'))).toEqual({ code: 2, stdout: '', stderr: "stride: unknown option '--nope'\n" });
    });

    test('read by a reader that stops early (`| head`): no error', () => {
        // 800 KB of JSON: more than a pipe holds, so the CLI is still writing when head has gone.
        const command = `"${node}" "${join(root, 'bin', 'stride.js')}" summary "${join(root, 'examples', 'speed-block.stride')}" --format json | head -c 1`;
        const run = spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 60_000 });
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('{');
    });
});
