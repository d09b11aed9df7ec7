/**
 * The built-in catalogue made visible: docs/drills.md as generated from it, `stride drills`,
 * and the catalogue's own invariants (every id and alias unique, and each a name the language reads).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drillsMarkdown } from '../src/cli/drills.js';
import { DRILL_CATALOGUE } from '../src/drills/index.js';
import { checkPlan, errorsOf, runStride } from './helpers.js';

describe('docs/drills.md', () => {
    test('is the catalogue as it is: run `npm run drills-doc` when this fails', () => {
        const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'drills.md'), 'utf8');
        expect(page === drillsMarkdown(), 'docs/drills.md is stale: run `npm run drills-doc`').toBe(true);
    });

    test('lists every drill once, with its numbers: the back squat and the flying sprint', () => {
        const rows = drillsMarkdown().split('\n').filter(line => line.startsWith('| `'));
        expect(rows).toHaveLength(DRILL_CATALOGUE.length);
        expect(rows).toContain('| `back-squat`<br>Back squat | reps | 4 s | - | RPE 6 | 3 min | - | - | squat, squats, barbell-squat |');
        expect(rows).toContain('| `flying-sprint`<br>Flying sprint | distance or time | - | a share of max speed | RPE 9 (95% of max speed) | 4 min | - | 20 m '
            + '| fly, flyer, flyers, flying-30, flying-30s |');
    });
});

describe('the catalogue', () => {
    test('has each id and alias once, and each reads as a name in a plan', async () => {
        const names = DRILL_CATALOGUE.flatMap(drill => [drill.id, ...drill.aliases]);
        expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
        const steps = names.map(name => `    1 ${name}`).join('\n');
        const errors = errorsOf(await checkPlan(`plan "Names"\nweek 1 {\n  tue strength\n${steps}\n}`));
        expect(errors.filter(error => !/needs a unit|how much|measured in/.test(error))).toEqual([]);
    });

    test('has the arms a runner\'s gym needs: curls, dips and push-up variants', () => {
        const ids = DRILL_CATALOGUE.map(drill => drill.id);
        expect(ids).toEqual(expect.arrayContaining(['bicep-curl', 'dip', 'bench-dip', 'tricep-extension', 'incline-push-up', 'diamond-push-up', 'pike-push-up']));
    });
});

describe('stride drills', () => {
    test('QUERY finds drills by a word of their name, title or aliases, as a table', async () => {
        const run = await runStride('drills', 'pogo');
        expect(run.code).toBe(0);
        expect(run.out[0]).toMatch(/^drill\s+kind\s+written in\s+a rep\s+speed\s+no intensity\s+no rest\s+foot contacts\s+run-in\s+also written$/);
        expect(run.out.slice(2).map(line => line.split(/\s{2,}/)[0])).toEqual(['pogo-jump', 'single-leg-pogo (one side)']);
        expect(run.out[2].split(/\s{2,}/)).toEqual([
            'pogo-jump', 'plyometric', 'reps or time', '0.5 s', '-', 'RPE 5 (low tier)', '1:30 min', '1 a rep, 1 per 2 m, low tier', '-', 'pogo, pogos, pogo-jumps, rapid-fire-pogos',
        ]);
    });

    test('a kind finds its drills; --format json prints the catalogue entries', async () => {
        const run = await runStride('drills', 'cross', '--format', 'json');
        expect(JSON.parse(run.out.join('\n'))).toEqual(DRILL_CATALOGUE.filter(drill => drill.kind === 'cross'));
    });

    test('with no query, every drill; a query that finds none says so and exits 1', async () => {
        expect((await runStride('drills')).out).toHaveLength(DRILL_CATALOGUE.length + 2);
        expect(await runStride('drills', 'zzz')).toEqual({ code: 1, out: [], err: ["stride: no built-in drill matches 'zzz'"] });
    });
});
