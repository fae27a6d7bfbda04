#!/usr/bin/env node
// @ts-check
/**
 * Sums the test counts from a CI log (Vitest's "Tests  N passed" lines and
 * Playwright's "N passed" lines) into one closing line: "tests: N passed, N failed".
 * Exits non-zero when no test ran or any failed.
 */
import { readFileSync } from 'node:fs';

// Strip colour codes so the numbers can be read.
const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  const source = vitest ? (vitest[1] ?? '') : /^\s*\d+ (passed|failed|flaky|skipped)\b/.test(line) ? line : '';
  passed += Number(/(\d+) passed/.exec(source)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(source)?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 ? 0 : 1);
