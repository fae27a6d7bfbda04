#!/usr/bin/env node
// @ts-check
/**
 * Prints what each kind of built page costs before interaction, gzipped: the figures
 * behind the speed budgets (tests/build/budgets.test.ts) and docs/performance.md.
 *
 *   node tools/page-weight.mjs [--dir dist] [--all] [--write]
 *
 * --write puts the per-type table into docs/performance.md (between the weight markers).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pageType, pageWeight } from './lib/page-weight.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    all: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const paths = walk(values.dir)
  // The browser editor (/admin/) is not a page of the site (docs/editing.md).
  .filter(
    (f) =>
      f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && !relative(values.dir, f).startsWith(`admin${sep}`),
  )
  .map((f) => relative(values.dir, f).split(sep).join('/'))
  .map((rel) =>
    rel === 'index.html' ? '/' : rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`,
  );

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
const weights = paths.map((p) => pageWeight(values.dir, p));

if (values.all) {
  console.log('| page | HTML (with inline CSS) | CSS | JS | total (KB gzip) | requests |\n|---|--:|--:|--:|--:|--:|');
  for (const w of weights.sort((a, b) => b.totalGzip - a.totalGzip)) {
    console.log(
      `| ${w.path} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | ${kb(w.jsGzip)} | ${kb(w.totalGzip)} | ${w.requests} |`,
    );
  }
} else {
  /** @type {string[]} */
  const lines = [];
  /** @type {Map<string, typeof weights>} */
  const byType = new Map();
  for (const w of weights) byType.set(pageType(w.path), [...(byType.get(pageType(w.path)) ?? []), w]);
  lines.push(
    '| page type | pages | HTML (max) | of which CSS | other CSS | JS | inline script | total, median | total, max (heaviest page) | requests |',
  );
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const [type, list] of [...byType].sort()) {
    const totals = list.map((w) => w.totalGzip).sort((a, b) => a - b);
    const heaviest = list.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
    const median = totals[Math.floor((totals.length - 1) / 2)] ?? 0;
    lines.push(
      `| ${type} | ${list.length} | ${kb(Math.max(...list.map((w) => w.htmlGzip)))} | ${kb(Math.max(...list.map((w) => w.inlineCssGzip)))} | ${kb(Math.max(...list.map((w) => w.cssGzip - w.inlineCssGzip)))} | ${kb(Math.max(...list.map((w) => w.jsGzip)))} | ${Math.max(...list.map((w) => w.inlineScriptBytes))} B | ${kb(median)} | ${kb(heaviest.totalGzip)} (${heaviest.path}) | ${Math.max(...list.map((w) => w.requests))} |`,
    );
  }
  lines.push(
    '\nKB = 1024 bytes, gzip level 9. "HTML" includes the inlined stylesheet ("of which CSS", gzipped on its own);',
  );
  lines.push('"total" = HTML + every file loaded before interaction; requests include the icon.');
  console.log(lines.join('\n'));
  if (values.write) {
    const doc = 'docs/performance.md';
    const text = readFileSync(doc, 'utf8');
    const [start, end] = ['<!-- weight:start -->', '<!-- weight:end -->'];
    if (!text.includes(start) || !text.includes(end)) throw new Error(`${doc} has no ${start} … ${end} section`);
    writeFileSync(
      doc,
      `${text.slice(0, text.indexOf(start) + start.length)}\n${lines.join('\n')}\n${text.slice(text.indexOf(end))}`,
    );
    console.error(`Written into ${doc}`);
  }
}
