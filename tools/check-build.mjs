#!/usr/bin/env node
// @ts-check
/**
 * Checks the finished site in dist/ (or OUT_DIR) for what a reader depends on —
 * tools/lib/build-check.ts. Exits 1 on any problem. `astro build` runs it after its last
 * pass over the pages (src/integrations/site-check.ts); `npm run check:build` runs it alone.
 */
import './lib/ts-hooks.mjs';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const { pageProblems, headersProblems } = await import('./lib/build-check.ts');

const dist = resolve(process.env.OUT_DIR ?? 'dist');
// The search index (dist/pagefind/) is written while this check runs (src/integrations/search-index.ts):
// it holds no page, and no page links into it, so the walk never enters it.
const searchIndex = join(dist, 'pagefind');
/** @type {(dir: string) => string[]} */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (!e.isDirectory()) return [path];
    return path === searchIndex ? [] : walk(path);
  });
// Every page links to the same few dozen addresses (the menu, the footer, the helplines):
// each is looked up on disk once.
/** @type {Map<string, boolean>} */
const seen = new Map();
/** @param {string} path */
const exists = (path) => {
  let found = seen.get(path);
  if (found === undefined) {
    const full = join(dist, decodeURIComponent(path));
    found = (existsSync(full) && statSync(full).isFile()) || existsSync(join(full, 'index.html'));
    seen.set(path, found);
  }
  return found;
};
// The browser editor (dist/admin/, src/integrations/cms-admin.ts) is not a site page: its
// policy comes from public/_headers' /admin/* block (tests/build/admin.test.ts checks it).
const admin = join(dist, 'admin') + sep;
const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(admin));
const headers = join(dist, '_headers');
const problems = [
  ...headersProblems(existsSync(headers) ? readFileSync(headers, 'utf8') : undefined),
  ...pages.flatMap((file) => {
    const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    return pageProblems(path, readFileSync(file, 'utf8'), exists);
  }),
];
for (const problem of problems) console.error(`✖ ${problem}`);
console.log(
  problems.length === 0
    ? `✔ ${pages.length} built pages checked: each has its Content-Security-Policy, and every internal link leads to a page.`
    : `✖ ${problems.length} problem(s) in the built site. Fix them before deploying.`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
