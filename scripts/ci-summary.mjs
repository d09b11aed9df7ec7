#!/usr/bin/env node
// The last lines of .ci/run: each tier's count, then the plain `N passed, N failed` for all of
// them, read from the reports the tiers write into test-results/ (vitest's JSON reports, the
// `N passed, N failed` line of the end-to-end and npm-start checks). A tier without its report
// (it crashed, or never ran) counts as one failure. Exits 1 when anything failed.
import fs from 'node:fs';
import path from 'node:path';

const artifacts = path.resolve(import.meta.dirname, '..', 'test-results');

const TIERS = [
  ['npm run typecheck', 'typecheck.txt', lastLineCounts],
  ['npm test (fast tier)', 'vitest-fast.json', vitestCounts],
  ['npm run test:slow', 'vitest-slow.json', vitestCounts],
  ['npm start (first start)', 'npm-start.txt', lastLineCounts],
  ['npm run test:e2e', 'e2e.txt', lastLineCounts],
];

let passed = 0;
let failed = 0;
console.log('\nCI summary');
for (const [tier, file, read] of TIERS) {
  let counts;
  try {
    counts = read(fs.readFileSync(path.join(artifacts, file), 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, note: `no report (test-results/${file})` };
  }
  passed += counts.passed;
  failed += counts.failed;
  console.log(`  ${tier}: ${counts.passed} passed, ${counts.failed} failed${counts.note ? `, ${counts.note}` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function vitestCounts(text) {
  const report = JSON.parse(text);
  // A file that fails to load has no tests to count, but it failed.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, note: report.numPendingTests ? `${report.numPendingTests} skipped` : '' };
}

function lastLineCounts(text) {
  const match = text.trimEnd().split('\n').at(-1).match(/^(\d+) passed, (\d+) failed$/);
  if (!match) throw new Error('no count');
  return { passed: Number(match[1]), failed: Number(match[2]) };
}
