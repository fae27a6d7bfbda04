/**
 * The weight of a first search: everything the search page's island and
 * Pagefind download to answer a reader's first query and show its first results,
 * counted as a static host sends it (text gzipped; Pagefind's index files and
 * WebAssembly are gzipped already and go as they are). Budget: 100 KB.
 * tests/e2e/search.spec.ts measures the same in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { loaderModules } from '../../src/lib/build/module-preload';
import { RESULTS_PER_PAGE } from '../../src/lib/search/search-results';
import { DIST } from '../support/dist';
import { loadPagefind } from '../support/pagefind';
import { searchPage } from '../support/search-page';

const BUDGET = 100_000;
const FIRST_QUERIES: Record<Locale, string[]> = {
  ms: ['pemulihan', 'dadah', 'kumpulan sokongan Tutong', 'ketagihan'],
  en: ['recovery', 'drugs', 'support group Tutong', 'addiction'],
};

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The search page's own scripts and the modules they import, gzipped. */
function islandBytes(locale: Locale): number {
  const html = readFileSync(join(DIST, locale, 'search', 'index.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = readFileSync(join(DIST, src), 'utf8');
    for (const [, dep] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
      visit(join(src, '..', dep ?? ''));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) visit(src ?? '');
  for (const [, code] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    loaderModules(code ?? '').forEach(visit);
  return [...seen].reduce((sum, src) => sum + gzipped(join(DIST, src)), 0);
}

describe.each(['ms', 'en'] as const)('a first search in %s', (locale) => {
  it.each(FIRST_QUERIES[locale])(`"%s" downloads at most ${BUDGET / 1000} KB`, async (query) => {
    const { search, fetched } = await loadPagefind(DIST, locale);
    const results = await searchPage(locale).run(search, query);
    await Promise.all(results.slice(0, RESULTS_PER_PAGE).map((r) => r.data()));
    expect(results.length, 'the query should find something').toBeGreaterThan(0);

    const pagefind = [
      { path: 'pagefind.js', bytes: gzipped(join(DIST, 'pagefind', 'pagefind.js')) },
      ...fetched.map((f) =>
        f.path.endsWith('.json') ? { path: f.path, bytes: gzipped(join(DIST, 'pagefind', f.path)) } : f,
      ),
    ];
    const island = islandBytes(locale);
    const total = island + pagefind.reduce((sum, f) => sum + f.bytes, 0);
    const lines = pagefind.map((f) => `${(f.bytes / 1000).toFixed(1).padStart(6)} KB  ${f.path}`);
    console.log(
      [
        `First query "${query}" (${locale}): ${(total / 1000).toFixed(1)} KB`,
        `${(island / 1000).toFixed(1).padStart(6)} KB  search island`,
        ...lines,
      ].join('\n'),
    );
    expect(total, lines.join('\n')).toBeLessThanOrEqual(BUDGET);
  });
});
