import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS, RULE_IDS, ruleSettings, thresholdsFromSettings } from '../../src/rules/thresholds.js';

const RULES_DOC = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
    test('lists every setting under "Settings", as the rules read them', () => {
        const settings = RULES_DOC.slice(RULES_DOC.indexOf('\n## Settings'));
        const json = /```json\n([\s\S]*?)\n```/.exec(settings)![1];
        expect(JSON.parse(json)).toEqual(ruleSettings());
    });

    test('has a section for every rule', () => {
        for (const rule of RULE_IDS) {
            expect(RULES_DOC).toMatch(new RegExp(`^### .*\\b${rule}\\b`, 'm'));
        }
    });
});

describe('the settings list', () => {
    test('each key sets the threshold it names, and its default is the default', () => {
        for (const setting of ruleSettings()) {
            const [, , settingsKey, field] = setting.key.split('.');
            const changed = setting.enum ? setting.enum.find(choice => choice !== setting.default)! : setting.type === 'boolean' ? false : 7;
            const thresholds = thresholdsFromSettings({ [settingsKey]: { [field]: changed } });
            const rule = RULE_IDS.find(id => (thresholds[id] as Record<string, unknown>)[field] !== (DEFAULT_THRESHOLDS[id] as Record<string, unknown>)[field]);
            expect(rule, setting.key).toBeDefined();
            expect((DEFAULT_THRESHOLDS[rule!] as Record<string, unknown>)[field], setting.key).toBe(setting.default);
        }
    });
});
