#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse (12.2.3, with Debian's Chromium) over the pages a reader meets first —
 * home, an article, a story, the directory, a group and search, in both languages —
 * on a phone with simulated slow 4G, the Lighthouse default. Prints the four scores
 * and the Largest Contentful Paint per page, and writes the table into
 * docs/performance.md. Target: 100 in each, LCP ≤ 900 ms.
 *
 * It builds its own copy of the site into a temporary directory, with SITE_URL set to
 * the local server's host, so canonical links point where Lighthouse is looking;
 * dist/ is not touched.
 *
 *   npm run audit [-- --no-write] [-- --runs 1] [-- --kinds directory,group,about]
 *   CHROME_PATH=/path/to/chrome npm run audit
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { LOCALES } from '../src/i18n/locales.ts';
import { CHROME, launchChrome } from './lib/chrome.mjs';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    // Only some kinds of page (e.g. `directory,group`); `about` is a plain page to compare with.
    kinds: { type: 'string', default: 'home,article,story,directory,group,search' },
  },
});
const ROOT = resolve('.');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LCP_TARGET_MS = 900;

/** @param {string[]} args @param {Record<string, string>} env */
function run(args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? done(undefined) : fail(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The audited pages: the first of each kind in the sitemap, in each language. @param {string} outDir */
async function pagesToAudit(outDir) {
  const xml = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
  const kinds = [
    ['home', (/** @type {string} */ l) => new RegExp(`^/${l}/$`)],
    ['article', (/** @type {string} */ l) => new RegExp(`^/${l}/learn/[^/]+/$`)],
    ['story', (/** @type {string} */ l) => new RegExp(`^/${l}/stories/[^/]+/$`)],
    ['directory', (/** @type {string} */ l) => new RegExp(`^/${l}/groups/$`)],
    ['group', (/** @type {string} */ l) => new RegExp(`^/${l}/groups/(?!district/)[^/]+/$`)],
    ['search', (/** @type {string} */ l) => new RegExp(`^/${l}/search/$`)],
    ['about', (/** @type {string} */ l) => new RegExp(`^/${l}/about/$`)],
  ].filter(([kind]) => values.kinds.split(',').includes(/** @type {string} */ (kind)));
  return LOCALES.flatMap((locale) =>
    kinds.map(([kind, pattern]) => {
      const path = paths.find((p) => /** @type {(l: string) => RegExp} */ (pattern)(locale).test(p));
      if (!path) throw new Error(`no ${kind} page in the sitemap for ${locale}`);
      return { kind: /** @type {string} */ (kind), locale, path };
    }),
  );
}

const port = await freePort();
const origin = `http://localhost:${port}`;
const work = await mkdtemp(join(tmpdir(), 'rakan-pulih-audit-'));
const outDir = join(work, 'dist');
console.error(`Building the site for ${origin} into ${outDir}…`);
// https: the groups.json feed insists on https addresses; Lighthouse compares only the host.
// astro build makes the search index too (src/integrations/search-index.ts).
await run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
  OUT_DIR: outDir,
  SITE_URL: origin.replace('http:', 'https:'),
});

const server = spawn(process.execPath, [join(ROOT, 'tools/serve.mjs'), '--dir', outDir, '--port', String(port)], {
  cwd: ROOT,
});
await new Promise((ready) => server.stdout.on('data', (d) => d.toString().includes('Local:') && ready(undefined)));
const chrome = await launchChrome();

/** @type {{ kind: string, locale: string, path: string, scores: Record<string, number>, lcp: number }[]} */
const rows = [];
try {
  for (const page of await pagesToAudit(outDir)) {
    // With several runs, the one with the median LCP (and its scores) stands for the page.
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      // A run that fails to load the page (on a busy machine) is tried again, up to twice.
      let result;
      for (let attempt = 0; attempt < 3; attempt++) {
        result = await lighthouse(`${origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (result && !result.lhr.runtimeError) break;
        console.error(`${page.path}: ${result?.lhr.runtimeError?.code ?? 'no result'}; trying again`);
      }
      if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}`);
      const { categories, audits } = result.lhr;
      runs.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
        lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        lcpElement: lcpElement(audits['largest-contentful-paint-element']),
        failing: CATEGORIES.flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
        ),
      });
    }
    runs.sort((a, b) => a.lcp - b.lcp);
    const median = runs[Math.floor(runs.length / 2)] ?? runs[0];
    if (!median) continue;
    rows.push({ ...page, scores: median.scores, lcp: median.lcp });
    const line = `${page.path}: ${CATEGORIES.map((c) => `${c} ${median.scores[c]}`).join(', ')}, LCP ${median.lcp} ms`;
    console.error(median.failing.length ? `${line}\n  below 100: ${median.failing.join('; ')}` : line);
    // Over the LCP target: say which element it was, so the cause can be found.
    if (median.lcp > LCP_TARGET_MS) console.error(`  LCP element: ${median.lcpElement}`);
  }
} finally {
  chrome.kill();
  server.kill();
  await rm(work, { recursive: true, force: true });
}

const chromeVersion = await new Promise((done) => {
  const child = spawn(CHROME, ['--version']);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('exit', () => done(out.trim()));
});
const table = [
  '| page | path | performance | accessibility | best practices | SEO | LCP |',
  '|---|---|--:|--:|--:|--:|--:|',
  ...rows.map(
    (r) =>
      `| ${r.kind} (${r.locale}) | \`${r.path}\` | ${r.scores['performance']} | ${r.scores['accessibility']} | ${r.scores['best-practices']} | ${r.scores['seo']} | ${r.lcp} ms${r.lcp > LCP_TARGET_MS ? ' ⚠' : ''} |`,
  ),
  '',
  `Lighthouse 12.2.3, mobile, simulated throttling (the default); ${chromeVersion}; ${new Date().toISOString().slice(0, 10)}; ${values.runs} run(s) per page${Number(values.runs) > 1 ? ', median' : ''}.`,
].join('\n');
console.log(table);

const below = rows.filter((r) => Object.values(r.scores).some((s) => s < 100) || r.lcp > LCP_TARGET_MS);
if (values.write && !values['no-write']) {
  const doc = join(ROOT, 'docs/performance.md');
  const text = await readFile(doc, 'utf8');
  const start = '<!-- audit:start -->';
  const end = '<!-- audit:end -->';
  if (!text.includes(start) || !text.includes(end))
    throw new Error(`docs/performance.md has no ${start} … ${end} section`);
  await writeFile(
    doc,
    `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
  );
  console.error('Written into docs/performance.md');
}
if (below.length) {
  console.error(`${below.length} page(s) below target: ${below.map((r) => r.path).join(', ')}`);
  process.exitCode = 1;
}

/**
 * The Largest Contentful Paint element as Lighthouse names it (selector and the start
 * of its markup), with the phases of its time when Lighthouse gives them.
 * @param {any} audit Lighthouse's `largest-contentful-paint-element` audit.
 */
function lcpElement(audit) {
  /** @type {any[]} */
  const tables = audit?.details?.items ?? [];
  const node = tables[0]?.items?.[0]?.node;
  if (!node) return `not reported${audit?.errorMessage ? ` (${String(audit.errorMessage).slice(0, 100)})` : ''}`;
  /** @type {any[]} */
  const phases = tables[1]?.items ?? [];
  const timing = phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ');
  return `${node.selector ?? ''} ${String(node.snippet ?? '').slice(0, 120)}${timing ? ` (${timing})` : ''}`;
}
