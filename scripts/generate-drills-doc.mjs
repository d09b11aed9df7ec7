#!/usr/bin/env node
// Writes docs/drills.md from the built-in catalogue (src/drills/catalogue.ts, compiled to out/
// by `npm run build`), so that the page lists the numbers the estimates use. `npm run
// drills-doc` runs it; test/drills-doc.test.ts fails when the page has fallen behind.
import fs from 'node:fs';
import path from 'node:path';
import { drillsMarkdown } from '../out/cli/drills.js';

const page = path.resolve(import.meta.dirname, '..', 'docs', 'drills.md');
const markdown = drillsMarkdown();
fs.writeFileSync(page, markdown);
console.log(`docs/drills.md: ${markdown.split('\n').filter(line => line.startsWith('| `')).length} drills`);
