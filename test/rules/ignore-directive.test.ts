import { describe, expect, test } from 'vitest';
import { checkPlan, describeDiagnostics, HEADER, marked } from '../helpers.js';
import { findingsOf, ruleFindings } from './rule-helpers.js';

// Week 2 runs 20% more than week 1 (a weekly-distance note); week 3 another 20%.
const threeWeeks = (beforeWeek2: string, beforeWeek3 = '') => `${HEADER}week 1 {
  tue run 10km @easy
}
${beforeWeek2}week 2 = week 1 +20%
${beforeWeek3}week 3 = week 2 +20%
`;

describe('// stride-ignore', () => {
    test('before a week, switches the rule off for that week only', async () => {
        expect(await ruleFindings(threeWeeks('// stride-ignore weekly-distance\n'), 'weekly-distance')).toEqual([
            // 12 km x 1.2 = 14.4 km.
            'info 10:1-10:8 week 3: 14.4 km, +20% on week 2 (12.0 km); limit +10%',
        ]);
    });

    test('names several rules, with a reason after --', async () => {
        const checked = await checkPlan(threeWeeks('', '// stride-ignore acwr, weekly-distance -- a planned step up\n'));
        expect(findingsOf(checked, 'weekly-distance')).toEqual(['info 8:1-8:8 week 2: 12.0 km, +20% on week 1 (10.0 km); limit +10%']);
        expect(describeDiagnostics(checked.diagnostics.filter(diagnostic => diagnostic.code === 'unknown-rule'))).toEqual([]);
    });

    test('switches off only the rules it names', async () => {
        expect(await ruleFindings(threeWeeks('// stride-ignore acwr\n'), 'weekly-distance')).toHaveLength(2);
    });

    test('before a day, covers its sessions; before an item, that item', async () => {
        const text = `${HEADER}session sprints {
  // stride-ignore sprint-rest
  4 x 60m sprint @95% rest 3min
  4 x 50m sprint @95% rest 3min
}
week 1 {
  // stride-ignore foot-contacts
  tue plyometrics 130 pogo-jump
  thu plyometrics 130 pogo-jump
  sat sprints
}
`;
        const checked = await checkPlan(text);
        expect(findingsOf(checked, 'foot-contacts')).toEqual([
            'warning 13:7-13:32 week 1 thu, Plyometrics: 130 foot contacts; limit 120 (intermediate, as the plan gives no athlete level)',
        ]);
        expect(findingsOf(checked, 'sprint-rest')).toEqual([
            'warning 8:3-8:32 rest 3 min after each 50 m sprint; minimum 5 min (1 min per 10 m sprinted at 90% or more)',
        ]);
    });

    test('before a named session, covers all its items', async () => {
        const text = `${HEADER}// stride-ignore sprint-rest
session sprints {
  4 x 60m sprint @95% rest 3min
  4 x 50m sprint @95% rest 3min
}
week 1 {
  sat sprints
}
`;
        expect(await ruleFindings(text, 'sprint-rest')).toEqual([]);
    });

    test('an unknown rule name is a warning on the name, with the nearest names', async () => {
        const { text, range } = marked(threeWeeks('// stride-ignore «weekly-distanse»\n'));
        const checked = await checkPlan(text);
        expect(describeDiagnostics(checked.diagnostics.filter(diagnostic => diagnostic.code === 'unknown-rule'))).toEqual([
            `${range} there is no rule 'weekly-distanse'; did you mean weekly-distance?`,
        ]);
        expect(findingsOf(checked, 'weekly-distance')).toHaveLength(2);
    });

    test('a directive that names nothing, or that nothing follows, says so', async () => {
        const unnamed = marked(threeWeeks('«// stride-ignore»\n'));
        expect(describeDiagnostics((await checkPlan(unnamed.text)).diagnostics.filter(diagnostic => diagnostic.code === 'bad-directive'))).toEqual([
            `${unnamed.range} stride-ignore names the rules it switches off, like // stride-ignore acwr`,
        ]);
        const trailing = marked(`${threeWeeks('')}«// stride-ignore acwr»\n`);
        expect(describeDiagnostics((await checkPlan(trailing.text)).diagnostics.filter(diagnostic => diagnostic.code === 'bad-directive'))).toEqual([
            `${trailing.range} stride-ignore applies to the week, day, session or item after it, and nothing follows`,
        ]);
    });
});
