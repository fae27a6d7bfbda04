/**
 * Recall@5 of search, per language, against the real built index: every query in
 * tests/fixtures/search-queries.yaml goes through the same expansion as the search
 * page (synonyms, translation, misspellings) and Pagefind's own pagefind.js and
 * WebAssembly, and must find its page in the top five.
 *
 * SEARCH_EXPANSION=off searches the query exactly as typed, as plain Pagefind
 * would; with an index built by `node tools/index-search.mjs --malay-stemmer none
 * --chunk-bytes 0` that measures search before this work (docs/search.md).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { searchVariants } from '../../src/lib/search/search-query';
import { DIST, existsInDist } from '../support/dist';
import { loadPagefind } from '../support/pagefind';
import { searchPage } from '../support/search-page';

interface Query {
  q: string;
  /** The page that answers it, or the pages that each would (any one in the top five is a hit). */
  expect: string | string[];
  kind: string;
}

const expected = (query: Query) => (Array.isArray(query.expect) ? query.expect : [query.expect]);

// The set's shape (issue 14): enough queries, and enough of them written as readers write.
const MINIMUM = { all: 150, question: 40, everyday: 30 };

const TARGET = 0.95;
const QUERIES = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as Record<Locale, Query[]>;
const expansion = process.env['SEARCH_EXPANSION'] !== 'off';
const report: string[] = [];

describe.each(['ms', 'en'] as const)('search in %s', (locale) => {
  const queries = QUERIES[locale];

  it(`has at least ${MINIMUM.all} queries (${MINIMUM.question} whole questions, ${MINIMUM.everyday} everyday words), each expecting pages that exist`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(MINIMUM.all);
    expect(queries.filter((q) => q.kind === 'question').length).toBeGreaterThanOrEqual(MINIMUM.question);
    expect(queries.filter((q) => q.kind === 'everyday').length).toBeGreaterThanOrEqual(MINIMUM.everyday);
    for (const query of queries) {
      for (const page of expected(query)) {
        expect(page.startsWith(`/${locale}/`), query.q).toBe(true);
        expect(existsInDist(page), `${query.q} → ${page}`).toBe(true);
      }
    }
  });

  it(`finds the expected page in the top five for at least ${TARGET * 100}% of queries`, async () => {
    const { search } = await loadPagefind(DIST, locale);
    const page = searchPage(locale);
    const misses: string[] = [];
    let reciprocal = 0;
    const byKind = new Map<string, { hit: number; all: number }>();
    for (const query of queries) {
      const q = String(query.q);
      const results = expansion
        ? await page.run(search, q)
        : await searchVariants(search, [{ text: q, weight: 1 }], {}, 0);
      const top = await Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
      const rank = top.findIndex((url) => expected(query).includes(url)) + 1;
      const hit = rank > 0;
      reciprocal += hit ? 1 / rank : 0;
      const tally = byKind.get(query.kind) ?? { hit: 0, all: 0 };
      byKind.set(query.kind, { hit: tally.hit + Number(hit), all: tally.all + 1 });
      if (!hit)
        misses.push(
          `  ✗ "${query.q}" (${query.kind}) wanted ${expected(query).join(' or ')}; got ${top.join(' ') || 'nothing'}`,
        );
    }
    const hits = queries.length - misses.length;
    const recall = hits / queries.length;
    const kinds = [...byKind].map(([kind, t]) => `${kind} ${t.hit}/${t.all}`).join(', ');
    report.push(
      `recall@5 ${locale}: ${(recall * 100).toFixed(1)}% (${hits}/${queries.length}; ${expansion ? 'with' : 'without'} query expansion), MRR@5 ${(reciprocal / queries.length).toFixed(3)} — ${kinds}`,
      ...misses,
    );
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });
});

afterAll(() => {
  console.log(['', `Search relevance (${DIST}):`, ...report].join('\n'));
});
