#!/usr/bin/env node
// Writes the `stride.rules.*` settings into package.json's "Rules" configuration section from
// RULE_SPECS (src/rules/thresholds.ts, compiled to out/ by `npm run build`), so that the
// settings the editor offers are the thresholds the rules read. `npm run settings` runs it;
// test/extension/manifest.test.ts fails when package.json has fallen behind.
import fs from 'node:fs';
import path from 'node:path';
import { ruleSettings } from '../out/rules/thresholds.js';

const manifestPath = path.resolve(import.meta.dirname, '..', 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const rules = manifest.contributes.configuration.find(section => section.title === 'Rules');
rules.properties = Object.fromEntries(ruleSettings().map(({ key, ...schema }) => [key, schema]));
fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
console.log(`package.json: ${Object.keys(rules.properties).length} rule settings`);
