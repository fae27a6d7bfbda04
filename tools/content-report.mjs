#!/usr/bin/env node
// @ts-check
/**
 * npm run content:report — which pages exist in which language, translations older
 * than their original, groups not verified for 12 months, sample entries still
 * published. Prints Markdown and writes it to reports/content-report.md
 * (or the file given with --out). Exits 1 only when the content has errors
 * (`npm run check:content` lists them).
 */
import './lib/ts-hooks.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readSiteOrExit, repoRoot, shownPath } from './lib/content-files.mjs';
import { mdxSyntax } from './lib/mdx-syntax.mjs';

const { checkContent } = await import('./content-check/index.ts');
const { contentReport } = await import('./lib/content-report.ts');

const dir = contentDir();
const site = readSiteOrExit(dir);
const { issues, entries } = checkContent({ ...site, mdxSyntax });
const report = contentReport(entries, issues, new Date());

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? resolve(values.out) : join(repoRoot, 'reports', 'content-report.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${report.markdown}\n`);
console.log(report.markdown);
console.log(`Written to ${shownPath(out)}.`);
if (report.errors > 0) {
  console.error(
    `The content has ${report.errors} error${report.errors === 1 ? '' : 's'}: run npm run check:content to see and fix them.`,
  );
  process.exitCode = 1;
}
