import { describe, expect, test } from 'vitest';
import { checkHardDaysInARow } from '../../src/rules/hard-days-in-a-row.js';
import { DEFAULT_THRESHOLDS } from '../../src/rules/thresholds.js';
import { cleanPlan, HEADER, marked } from '../helpers.js';
import { ruleFindings } from './rule-helpers.js';

// Hard sessions: sprints at 90% or more, and a run at RPE 7 (at or above threshold). An easy run is not hard.
const SPRINTS = 'speed 4 x 60m sprint @95% rest 6min';
const TEMPO = 'run "Tempo" 5km @RPE7';
const EASY = 'run 8km @easy';

describe('hard-days-in-a-row', () => {
    test('hard days with an easy one between just pass', async () => {
        const text = `${HEADER}week 1 {
  tue ${SPRINTS}
  wed ${EASY}
  thu ${TEMPO}
}
`;
        expect(await ruleFindings(text, 'hard-days-in-a-row')).toEqual([]);
    });

    test('two in a row just fail, on the second day, with why each is hard', async () => {
        const { text, range } = marked(`${HEADER}week 1 {
  tue ${SPRINTS}
  wed «${TEMPO}»
}
`);
        expect(await ruleFindings(text, 'hard-days-in-a-row')).toEqual([
            `warning ${range} week 1 wed, Tempo (running at or above threshold): 2 hard days in a row (tue, wed); limit 1`,
        ]);
    });

    test('across the end of a week', async () => {
        const { text, range } = marked(`${HEADER}week 1 {
  sun ${TEMPO}
}
week 2 {
  mon «${SPRINTS}»
}
`);
        expect(await ruleFindings(text, 'hard-days-in-a-row')).toEqual([
            `warning ${range} week 2 mon, Speed (sprints at 90% or more): 2 hard days in a row (week 1 sun, mon); limit 1`,
        ]);
    });

    test('with a limit of 2, three in a row fail on the third', async () => {
        const plan = await cleanPlan(`${HEADER}week 1 {
  tue ${SPRINTS}
  wed ${TEMPO}
  thu ${SPRINTS}
}
`);
        expect(checkHardDaysInARow(plan, { ...DEFAULT_THRESHOLDS['hard-days-in-a-row'], max: 2 }).map(finding => finding.message)).toEqual([
            'week 1 thu, Speed (sprints at 90% or more): 3 hard days in a row (tue, wed, thu); limit 2',
        ]);
    });
});

describe('hard-days-per-week', () => {
    test('three hard days just pass', async () => {
        const text = `${HEADER}week 1 {
  mon ${SPRINTS}
  wed ${TEMPO}
  fri ${SPRINTS}
  sun ${EASY}
}
`;
        expect(await ruleFindings(text, 'hard-days-per-week')).toEqual([]);
    });

    test('four just fail, on the week', async () => {
        const { text, range } = marked(`${HEADER}«week 1 »{
  mon ${SPRINTS}
  wed ${TEMPO}
  fri ${SPRINTS}
  sun ${TEMPO}
}
`);
        expect(await ruleFindings(text, 'hard-days-per-week')).toEqual([
            `warning ${range} week 1: 4 hard days (mon, wed, fri, sun); limit 3`,
        ]);
    });

    test('two hard sessions on one day are one hard day', async () => {
        const text = `${HEADER}week 1 {
  mon ${SPRINTS} and ${TEMPO}
  wed ${TEMPO}
  fri ${SPRINTS}
}
`;
        expect(await ruleFindings(text, 'hard-days-per-week')).toEqual([]);
    });
});
