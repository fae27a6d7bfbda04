#!/usr/bin/env node
// @ts-check
/**
 * npm run check:content — checks every file in content/ (or CONTENT_DIR) and explains
 * each problem with the file, the line or field, and the fix. Runs before every build.
 * Exits 1 when there is an error; warnings are printed but do not fail.
 */
import './lib/ts-hooks.mjs';
import { join } from 'node:path';
import { contentDir, readPublic, readSiteOrExit, repoRoot, shownPath } from './lib/content-files.mjs';
import { mdxSyntax } from './lib/mdx-syntax.mjs';

const { checkContent } = await import('./content-check/index.ts');
const { formatForTerminal, summaryLine } = await import('./content-check/issues.ts');
const { checkPublic } = await import('./content-check/public-files.ts');

const dir = contentDir();
const site = readSiteOrExit(dir);
const { issues } = checkContent({ ...site, mdxSyntax });
const root = shownPath(dir);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
for (const issue of issues) console.log(`${formatForTerminal(issue, root, color)}\n`);
// public/ is served from the site's own address: its files are checked too.
const publicFiles = readPublic();
const publicIssues = checkPublic(publicFiles);
for (const issue of publicIssues)
  console.log(`${formatForTerminal(issue, shownPath(join(repoRoot, 'public')), color)}\n`);
const all = [...issues, ...publicIssues];
console.log(summaryLine(all, site.files.length));
process.exitCode = all.some((i) => i.severity === 'error') ? 1 : 0;
