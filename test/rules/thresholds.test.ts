import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { checkPlanTexts } from '../../src/language/load-plans.js';
import { createStrideServices } from '../../src/language/stride-module.js';
import { applyPlanLimits, DEFAULT_THRESHOLDS, thresholdsFromSettings } from '../../src/rules/thresholds.js';
import { checkPlan, describeDiagnostics, errorsOf, HEADER, marked } from '../helpers.js';
import { findingsOf, ruleFindings } from './rule-helpers.js';

// 10 km, then 12 km: +20%, a note under the default +10%.
const UP_20 = `week 1 {
  tue run 10km @easy
}
week 2 = week 1 +20%
`;

describe('thresholds from the editor settings', () => {
    test('stride.rules.* values replace the defaults; wrong types and ranges are passed over', () => {
        const thresholds = thresholdsFromSettings({
            weeklyDistance: { note: 15, warning: 'forty' },
            acwr: { form: 'uncoupled', warning: -1 },
            hardDaysPerWeek: { max: 2.5 },
            monotony: { enabled: false },
        });
        expect(thresholds['weekly-distance']).toEqual({ enabled: true, note: 15, warning: 30 });
        expect(thresholds.acwr).toEqual({ enabled: true, note: 1.3, warning: 1.5, form: 'uncoupled' });
        expect(thresholds['hard-days-per-week']).toEqual({ enabled: true, max: 3 });
        expect(thresholds.monotony.enabled).toBe(false);
        expect(thresholdsFromSettings(undefined)).toBe(DEFAULT_THRESHOLDS);
    });

    test('a plan limit wins over a setting', () => {
        const fromSettings = thresholdsFromSettings({ weeklyDistance: { note: 25 } });
        const merged = applyPlanLimits(fromSettings, [{ rule: 'weekly-distance', values: [{ value: 15, unit: '%' }] }]);
        expect(merged['weekly-distance']).toEqual({ enabled: true, note: 15, warning: 30 });
    });
});

describe('thresholds from the language server configuration', () => {
    const uri = 'file:///config/plan.stride';

    test('settings sent by the editor apply to the next check, and a change re-validates open plans', async () => {
        const services = createStrideServices(EmptyFileSystem);
        const [before] = await checkPlanTexts(services, [{ uri, text: `${HEADER}${UP_20}` }]);
        expect(findingsOf(before, 'weekly-distance')).toEqual(['info 8:1-8:8 week 2: 12.0 km, +20% on week 1 (10.0 km); limit +10%']);

        const revalidated = new Promise<void>(resolve => {
            const listener = services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
                listener.dispose();
                resolve();
            });
        });
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { stride: { rules: { weeklyDistance: { note: 25 } } } } });
        await revalidated;
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
        expect(document.diagnostics!.filter(diagnostic => diagnostic.code === 'weekly-distance')).toEqual([]);
    });

    test('a rule switched off in settings says nothing; the plan limit still wins over a setting', async () => {
        const services = createStrideServices(EmptyFileSystem);
        services.shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { stride: { rules: { weeklyDistance: { note: 25 }, sprintMetres: { enabled: false } } } },
        });
        const text = `${HEADER}  limit weekly-distance 15%
week 1 {
  tue speed 12 x 60m sprint @95% rest 6min
  thu run 10km @easy
}
week 2 = week 1 +20%
`;
        const [checked] = await checkPlanTexts(services, [{ uri, text }]);
        expect(findingsOf(checked, 'sprint-metres')).toEqual([]);
        // 10 km + 12 x 60 m = 10.72 km; x 1.2 = 12.864 km: +20%, above the plan's 15% (the setting's 25% does not count).
        expect(findingsOf(checked, 'weekly-distance')).toEqual(['info 10:1-10:8 week 2: 12.9 km, +20% on week 1 (10.7 km); limit +15%']);
    });
});

describe('thresholds from the plan header', () => {
    test('limit weekly-distance 15% 40%: +20% is a note against +15%', async () => {
        expect(await ruleFindings(`${HEADER}  limit weekly-distance 15% 40%\n${UP_20}`, 'weekly-distance')).toEqual([
            'info 9:1-9:8 week 2: 12.0 km, +20% on week 1 (10.0 km); limit +15%',
        ]);
        expect(await ruleFindings(`${HEADER}  limit weekly-distance 20% 40%\n${UP_20}`, 'weekly-distance')).toEqual([]);
    });

    test('limit sprint-metres 500m, limit foot-contacts 90, limit sprint-rest 45s', async () => {
        const text = `${HEADER}  limit sprint-metres 0.5km
  limit foot-contacts 90
  limit sprint-rest 45s
week 1 {
  tue speed 10 x 60m sprint @95% rest 4:30
  thu plyometrics 91 pogo-jump
}
`;
        // 10 x 60 m = 600 m, above 500 m; 91 contacts, above 90; 60 m asks for 6 x 45 s = 4:30, which it has.
        const checked = await checkPlan(text);
        expect(errorsOf(checked)).toEqual([]);
        expect(findingsOf(checked, 'sprint-metres')).toEqual(['warning 9:7-9:43 week 1 tue, Speed: 600 m sprinted at 90% or more; limit 500 m']);
        expect(findingsOf(checked, 'foot-contacts')).toEqual(['warning 10:7-10:31 week 1 thu, Plyometrics: 91 foot contacts; limit 90 (intermediate, as the plan gives no athlete level)']);
        expect(findingsOf(checked, 'sprint-rest')).toEqual([]);
    });

    test('a limit line that names no rule, or gives values that do not fit, is an error on what is wrong', async () => {
        const { text, range } = marked(`${HEADER}  limit «weekly-distanse» 15%
week 1 {
  tue run 10km @easy
}
`);
        expect(errorsOf(await checkPlan(text))).toEqual([`${range} there is no rule 'weekly-distanse'; did you mean weekly-distance?`]);

        const wrongUnit = marked(`${HEADER}  limit weekly-distance «15» 40%\n${UP_20}`);
        expect(errorsOf(await checkPlan(wrongUnit.text))).toEqual([
            `${wrongUnit.range} weekly-distance takes a percentage above zero: limit weekly-distance 15% 40% (the note and warning percentages)`,
        ]);
        const tooMany = marked(`${HEADER}  limit acwr 1.4 1.6 «1.8»\n${UP_20}`);
        expect(errorsOf(await checkPlan(tooMany.text))).toEqual([
            `${tooMany.range} acwr takes 2 values: limit acwr 1.4 1.6 (the note and warning ratios)`,
        ]);
        const noUnit = marked(`${HEADER}  limit sprint-metres «500»\n${UP_20}`);
        expect(errorsOf(await checkPlan(noUnit.text))).toEqual([
            `${noUnit.range} sprint-metres takes a distance above zero: limit sprint-metres 500m (the most metres sprinted in a session)`,
        ]);
        const notWhole = marked(`${HEADER}  limit hard-days-per-week «2.5»\n${UP_20}`);
        expect(errorsOf(await checkPlan(notWhole.text))).toEqual([
            `${notWhole.range} hard-days-per-week takes a whole number: limit hard-days-per-week 4 (the most hard days in a week)`,
        ]);
        const upsideDown = marked(`${HEADER}  limit «acwr» 1.6 1.4\n${UP_20}`);
        expect(errorsOf(await checkPlan(upsideDown.text))).toEqual([
            `${upsideDown.range} the note limit of acwr is above its warning limit (1.6 over 1.4): limit acwr 1.4 1.6 (the note and warning ratios)`,
        ]);
    });

    test('a rule given limits twice: a warning, and the later line counts', async () => {
        const { text, range } = marked(`${HEADER}  limit weekly-distance 25%
  limit «weekly-distance» 15%
${UP_20}`);
        const checked = await checkPlan(text);
        expect(describeDiagnostics(checked.diagnostics.filter(diagnostic => diagnostic.code === 'bad-limit'))).toEqual([
            `${range} the limits of weekly-distance are given twice; this line counts`,
        ]);
        expect(findingsOf(checked, 'weekly-distance')).toEqual(['info 10:1-10:8 week 2: 12.0 km, +20% on week 1 (10.0 km); limit +15%']);
    });
});
