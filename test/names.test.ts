/**
 * Names: the words of the language that may be names (by where they stand), the words that
 * may not and the one error that names them, names that start with digits, and a plan's own
 * drill or alias that hides a built-in one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { StrideGrammar } from '../src/language/generated/grammar.js';
import { nameWords } from '../src/language/name-words.js';
import { steps } from '../src/plan/build-plan.js';
import { checkPlan, cleanPlan, describeDiagnostics, errorsOf, HEADER, marked, onlyStep, sessionsOf } from './helpers.js';

const words = nameWords(StrideGrammar());
const sorted = (values: Iterable<string>) => [...values].sort();

describe('words of the language as names', () => {
    test('every word that may name a session does, where it is defined and where it is used, alone or with another session', async () => {
        expect(words.names.size).toBeGreaterThan(25);
        for (const word of sorted([...words.names, ...words.sessionOnly])) {
            const plan = await cleanPlan(`${HEADER}session ${word} "Named ${word}" { 10min @easy }\nweek 1 {\n  tue ${word}\n  wed ${word} and run 5km\n}`);
            expect(sessionsOf(plan).map(session => session.name), word).toEqual([`Named ${word}`, `Named ${word}`, 'Run']);
        }
    });

    test('every word that may name a drill and a pace does, in a step and after `@`', async () => {
        for (const word of sorted(words.names)) {
            const plan = await cleanPlan(`${HEADER}  pace ${word} 4:00/km\ndrill ${word} "Drill ${word}" sprint\nweek 1 {\n  tue speed 4 x 60m ${word} @${word} rest 3min\n}`);
            const [step] = steps(sessionsOf(plan)[0].items);
            expect([step.drill.title, step.intensity], word).toEqual([`Drill ${word}`, { type: 'pace', name: word, secondsPerKm: 240 }]);
        }
    });

    test('`tue speed` is the session named speed, not an empty speed session', async () => {
        const plan = await cleanPlan(`${HEADER}session speed "Speed" { 4 x 60m sprint rest 6min }\nweek 1 { tue speed }`);
        expect(sessionsOf(plan)[0]).toMatchObject({ name: 'Speed', template: 'speed', sprintMetres: 240 });
    });

    test('a word that is never a name is an error that names it, for a session, a drill and a pace', async () => {
        // A word that starts a declaration or a setting starts one there too, which says what it misses after.
        const starts = new Set(['plan', 'drill', 'session', 'week', 'weeks', 'start', 'race', 'units', 'athlete', 'pace', 'max-speed', '1rm', 'timezone', 'limit']);
        for (const word of sorted(words.reserved)) {
            const message = `'${word}' is a word of the language and cannot be a name here (docs/language.md lists these words); a longer name works, like my-${word.replace(/\W/g, '')}`;
            for (const declaration of [`session «${word}» { 10min @easy }`, `drill «${word}» "D" mobility`]) {
                const { text, range } = marked(`${HEADER}${declaration}\nweek 1 { tue run 5km }`);
                const errors = errorsOf(await checkPlan(text));
                expect(starts.has(word) ? errors[0] : errors, word).toEqual(starts.has(word) ? `${range} ${message}` : [`${range} ${message}`]);
            }
            const { text, range } = marked(`${HEADER}  pace «${word}» 4:00/km\nweek 1 { tue run 5km }`);
            expect(errorsOf(await checkPlan(text))[0], word).toBe(`${range} ${message}`);
        }
    });

    test('a word that may name a session only is that error for a drill', async () => {
        const { text, range } = marked(`${HEADER}drill «warmup» "W" mobility\nweek 1 { tue run 5km }`);
        expect(errorsOf(await checkPlan(text))).toEqual([
            `${range} 'warmup' is a word of the language and cannot be a name here (docs/language.md lists these words); a longer name works, like my-warmup`,
        ]);
    });

    test('docs/language.md lists exactly the words that are never names, and those for sessions only', () => {
        const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'language.md'), 'utf8');
        const listed = (label: string) => sorted([...(new RegExp(`\\*\\*${label}\\*\\*[^\\n]*(?:\\n  [^\\n]*)*`).exec(docs)?.[0] ?? '').matchAll(/`([^`]+)`/g)]
            .map(match => match[1]));
        expect(listed('never a name')).toEqual(sorted(words.reserved));
        expect(listed("a session's name, but not a drill's or a pace's")).toEqual(sorted(words.sessionOnly));
    });
});

describe('names that start with digits', () => {
    test('a pace named by a distance: `pace 1500m 2:55/km`, used as `@1500m`, at the effort of its name', async () => {
        const step = await onlyStep('tue run 1500m @1500m', `${HEADER}  pace 1500m 2:55/km\n`);
        // 1.5 km at 175 s/km = 262.5 s = 4.375 min; a 1500 m pace is RPE 9 by its name.
        expect(step).toMatchObject({ intensity: { type: 'pace', name: '1500m', secondsPerKm: 175 }, minutes: 4.375, rpe: 9 });
    });

    test('`3 x 8 1-leg-deadlift`, the seed\'s own words, is the single-leg deadlift', async () => {
        const step = await onlyStep('tue strength 3 x 8 1-leg-deadlift each-leg');
        expect(step).toMatchObject({ drill: { id: 'single-leg-deadlift' }, sets: 3, reps: 8, eachSide: true });
    });

    test('`run 10k` is one error that says how to write ten kilometres', async () => {
        const { text, range } = marked(`${HEADER}week 1 { tue run «10k» }`);
        expect(errorsOf(await checkPlan(text))).toEqual([`${range} unknown drill '10k'; for 10 kilometres write 10km`]);
    });
});

describe('a kind word where a drill goes', () => {
    test('a second session on a day without its `and` says to write one', async () => {
        const { text, range } = marked(`${HEADER}week 1 { tue run 8km «strength» 3 x 5 back-squat }`);
        expect(errorsOf(await checkPlan(text))).toContain(`${range} unknown drill 'strength'; to start a strength session on the same day, write 'and strength'`);
    });
});

describe('a plan\'s drill that hides a built-in one', () => {
    test('by its name, or by a built-in alias, which the warning names', async () => {
        const { text, range } = marked(`${HEADER}drill «fly» "Fly" sprint\nweek 1 { tue speed 3 x 30m fly }`);
        const warnings = describeDiagnostics((await checkPlan(text)).diagnostics, 2);
        expect(warnings).toContain(`${range} this drill hides 'fly', an alias of the built-in drill 'flying-sprint' (Flying sprint)`);
    });

    test('by one of its own aliases', async () => {
        const { text, range } = marked(`${HEADER}drill hill-bound "Hill bound" plyometric alias hb, «bound»\nweek 1 { tue plyometrics 10 hb }`);
        const warnings = describeDiagnostics((await checkPlan(text)).diagnostics, 2);
        expect(warnings).toContain(`${range} this alias hides the built-in drill 'bound' (Bound)`);
    });
});
