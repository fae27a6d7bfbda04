/**
 * Recall@5 of search, per language, against the real built index: every query in
 * tests/fixtures/search-queries.yaml goes through the same expansion as the search
 * page (synonyms, translation, misspellings) and Pagefind's own pagefind.js and
 * WebAssembly, and must find its page in the top five.
 *
 * SEARCH_EXPANSION=off searches the query exactly as typed, as plain Pagefind
 * would; with an index built by `node scripts/index-search.mjs --malay-stemmer none
 * --chunk-bytes 0` that measures search before this work (docs/search.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { expandQuery, knownWords, searchVariants } from '../../src/lib/search-query';
import { DIST, existsInDist } from '../support/dist';
import { loadPagefind } from '../support/pagefind';

interface Query {
  q: string;
  expect: string;
  kind: string;
}

const TARGET = 0.95;
const QUERIES = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as Record<Locale, Query[]>;
const expansion = process.env['SEARCH_EXPANSION'] !== 'off';
const report: string[] = [];

/** The words the search page teaches its island (data-vocabulary), read from the built page. */
function pageVocabulary(locale: Locale): string[] {
  const html = readFileSync(join(DIST, locale, 'search', 'index.html'), 'utf8');
  return /data-vocabulary="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
}

describe.each(['ms', 'en'] as const)('search in %s', (locale) => {
  const queries = QUERIES[locale];

  it('has at least 40 queries, each expecting a page that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const query of queries) {
      expect(query.expect.startsWith(`/${locale}/`), query.q).toBe(true);
      expect(existsInDist(query.expect), `${query.q} → ${query.expect}`).toBe(true);
    }
  });

  it(`finds the expected page in the top five for at least ${TARGET * 100}% of queries`, async () => {
    const { search } = await loadPagefind(DIST, locale);
    const known = knownWords(pageVocabulary(locale));
    const misses: string[] = [];
    const byKind = new Map<string, { hit: number; all: number }>();
    for (const query of queries) {
      const variants = expansion ? expandQuery(query.q, locale, known) : [{ text: query.q, weight: 1 }];
      const results = await searchVariants(search, variants, {}, expansion ? 5 : 0);
      const top = await Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
      const hit = top.includes(query.expect);
      const tally = byKind.get(query.kind) ?? { hit: 0, all: 0 };
      byKind.set(query.kind, { hit: tally.hit + Number(hit), all: tally.all + 1 });
      if (!hit) misses.push(`  ✗ "${query.q}" (${query.kind}) wanted ${query.expect}; got ${top.join(' ') || 'nothing'}`);
    }
    const hits = queries.length - misses.length;
    const recall = hits / queries.length;
    const kinds = [...byKind].map(([kind, t]) => `${kind} ${t.hit}/${t.all}`).join(', ');
    report.push(
      `recall@5 ${locale}: ${(recall * 100).toFixed(1)}% (${hits}/${queries.length}; ${expansion ? 'with' : 'without'} query expansion) — ${kinds}`,
      ...misses,
    );
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });
});

afterAll(() => {
  console.log(['', `Search relevance (${DIST}):`, ...report].join('\n'));
});
