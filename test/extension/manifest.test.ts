/**
 * The extension's manifest against the code it describes: the rule settings VS Code offers are
 * the thresholds the rules read (regenerate with `npm run settings`), the export's start times
 * are checked as the export checks them, and every setting says what it does and what it is by
 * default.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { WEEKDAYS } from '../../src/plan/model.js';
import { timeOfDay } from '../../src/plan/units.js';
import { ruleSettings } from '../../src/rules/thresholds.js';

interface SettingSchema {
    readonly default?: unknown;
    readonly properties?: Readonly<Record<string, { readonly pattern?: string }>>;
    readonly description?: string;
    readonly markdownDescription?: string;
}

interface Manifest {
    readonly contributes: {
        readonly configuration: ReadonlyArray<{ readonly title: string; readonly properties: Readonly<Record<string, SettingSchema>> }>;
    };
}

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;
const sections = manifest.contributes.configuration;

describe('package.json settings', () => {
    test('the Rules section is every stride.rules.* setting of RULE_SPECS, as it describes them', () => {
        const rules = sections.find(section => section.title === 'Rules')?.properties;
        const expected = Object.fromEntries(ruleSettings().map(({ key, ...schema }) => [key, schema]));
        expect(rules, 'package.json is behind src/rules/thresholds.ts: run `npm run settings`').toEqual(expected);
    });

    test('every setting has a description and a default', () => {
        const settings = sections.flatMap(section => Object.entries(section.properties));
        const lacking = settings
            .filter(([, schema]) => !('default' in schema) || !(schema.description ?? schema.markdownDescription))
            .map(([key]) => key);
        expect(lacking).toEqual([]);
        expect(settings.every(([key]) => key.startsWith('stride.'))).toBe(true);
    });

    test('stride.export.startTimes takes a time by weekday, and the times the export takes', () => {
        const startTimes = sections.flatMap(section => Object.entries(section.properties)).find(([key]) => key === 'stride.export.startTimes')?.[1];
        expect(Object.keys(startTimes?.properties ?? {})).toEqual([...WEEKDAYS]);
        for (const { pattern } of Object.values(startTimes!.properties!)) {
            for (const time of ['07:00', '7:30', '00:00', '23:59', '24:00', '7:60', '0730', '7:5', '']) {
                expect(new RegExp(pattern!).test(time), `${pattern} on "${time}"`).toBe(timeOfDay(time) !== null);
            }
        }
    });
});
