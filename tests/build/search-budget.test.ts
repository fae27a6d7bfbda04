/**
 * The weight of a first search: everything the search page's island and
 * Pagefind download to answer a reader's first query and show its first results,
 * counted as a static host sends it (text gzipped; Pagefind's index files and
 * WebAssembly are gzipped already and go as they are). Budget: 100 KB, judged on
 * this "gzip host", which every host is.
 *
 * Also printed: the same query from a "Brotli host", one that sends the Brotli
 * copies tools/index-search.mjs writes beside Pagefind's files (`X.br`) to
 * browsers that accept Brotli (nginx `brotli_static on`, Caddy `precompressed br`:
 * docs/deploy.md), the island's scripts included. Each copy must hold exactly
 * what its gzip file holds. tests/e2e/search.spec.ts measures the same in Chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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

/** The search page's own scripts and the modules they import, gzipped and as their Brotli copies. */
function islandBytes(locale: Locale): { gzip: number; brotli: number } {
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
  const files = [...seen].map((src) => join(DIST, src));
  for (const file of files) expect(existsSync(`${file}.br`), `no Brotli copy of ${file}`).toBe(true);
  return {
    gzip: files.reduce((sum, file) => sum + gzipped(file), 0),
    brotli: files.reduce((sum, file) => sum + statSync(`${file}.br`).size, 0),
  };
}

describe.each(['ms', 'en'] as const)('a first search in %s', (locale) => {
  it.each(FIRST_QUERIES[locale])(`"%s" downloads at most ${BUDGET / 1000} KB`, async (query) => {
    const { search, fetched } = await loadPagefind(DIST, locale);
    const page = searchPage(locale);
    const results = await page.run(search, query);
    await Promise.all(results.slice(0, RESULTS_PER_PAGE).map((r) => r.data()));
    expect(results.length, 'the query should find something').toBeGreaterThan(0);

    const file = (path: string) => join(DIST, 'pagefind', path);
    // The island fetches the list of common words beside Pagefind's files (common-words.ts).
    const common = { path: relative(join(DIST, 'pagefind'), page.commonFile), bytes: 0 };
    const pagefind = [{ path: 'pagefind.js', bytes: gzipped(file('pagefind.js')) }, common, ...fetched].map((f) => {
      const text = /\.(js|json)$/.test(f.path);
      const gzip = text ? gzipped(file(f.path)) : f.bytes;
      const copy = `${file(f.path)}.br`;
      expect(existsSync(copy), `no Brotli copy of ${f.path}`).toBe(true);
      const original = readFileSync(file(f.path));
      expect(
        brotliDecompressSync(readFileSync(copy)).equals(text ? original : gunzipSync(original)),
        `${f.path}.br holds what ${f.path} holds`,
      ).toBe(true);
      return { path: f.path, gzip, brotli: statSync(copy).size };
    });
    const island = islandBytes(locale);
    const gzipTotal = island.gzip + pagefind.reduce((sum, f) => sum + f.gzip, 0);
    const brotliTotal = island.brotli + pagefind.reduce((sum, f) => sum + f.brotli, 0);
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(6)} KB`;
    const lines = pagefind.map((f) => `${kb(f.gzip)}  ${kb(f.brotli)}  ${f.path}`);
    console.log(
      [
        `First query "${query}" (${locale}): ${(gzipTotal / 1000).toFixed(1)} KB from a gzip host, ${(brotliTotal / 1000).toFixed(1)} KB from a Brotli host`,
        `      gzip       Brotli`,
        `${kb(island.gzip)}  ${kb(island.brotli)}  search island`,
        ...lines,
      ].join('\n'),
    );
    expect(gzipTotal, lines.join('\n')).toBeLessThanOrEqual(BUDGET);
  });
});
