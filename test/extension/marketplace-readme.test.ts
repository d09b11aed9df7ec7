/**
 * The readme the .vsix carries (README.marketplace.md) against what it describes: its plan at a
 * glance checks clean, its rules table has every rule, and its settings name every setting the
 * manifest contributes. The package check of the end-to-end suite sees that its links resolve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../src/rules/thresholds.js';
import { checkPlan, describeDiagnostics } from '../helpers.js';

const README = readFileSync(new URL('../../README.marketplace.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    contributes: { configuration: ReadonlyArray<{ properties: Readonly<Record<string, unknown>> }> };
};
const settings = manifest.contributes.configuration.flatMap(section => Object.keys(section.properties));

describe('README.marketplace.md', () => {
    test('its plan at a glance checks with no error, warning or note', async () => {
        const plan = /```stride\n([\s\S]*?)```/.exec(README)?.[1];
        expect(plan).toBeDefined();
        expect(describeDiagnostics((await checkPlan(plan!)).diagnostics)).toEqual([]);
    });

    test('its rules table has a row for every rule', () => {
        const rows = README.slice(README.indexOf('## The training rules')).split('\n').filter(line => line.startsWith('| '));
        const named = new Set(rows.flatMap(row => row.split('|')[1]!.split(',').map(name => name.trim())));
        expect(RULE_IDS.filter(rule => !named.has(rule))).toEqual([]);
    });

    test('its settings name every setting, and every rule setting by its rule', () => {
        const section = README.slice(README.indexOf('## Settings'));
        const missing = settings.filter(key => !section.includes(key.startsWith('stride.rules.') ? `\`${key.replace(/\.[^.]+$/, '.*')}\`` : `\`${key}\``));
        expect(missing).toEqual([]);
    });
});
