/**
 * What the built search page hands its island (data-* attributes), read the way
 * the island reads them, so build tests search exactly as a reader's browser does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Locale } from '../../src/i18n/locales';
import { expandQuery, intentBoost, knownWords, searchVariants, type SearchFn } from '../../src/lib/search/search-query';
import { allGroups, type SynonymGroup } from '../../src/lib/search/search-synonyms';
import { DIST } from './dist';

export function searchPage(locale: Locale) {
  const html = readFileSync(join(DIST, locale, 'search', 'index.html'), 'utf8');
  const root = parse(html).querySelector('[data-search]');
  if (!root) throw new Error(`no [data-search] on /${locale}/search/`);
  const groups = allGroups(JSON.parse(root.getAttribute('data-synonyms') ?? '[]') as SynonymGroup[]);
  const known = knownWords(root.getAttribute('data-vocabulary')?.split(' ') ?? [], groups);
  const familySection = root.getAttribute('data-family-section') ?? '';
  return {
    groups,
    known,
    familySection,
    /** The search island's search: expansion, intent, merging. */
    run<D>(search: SearchFn<D>, query: string, enough = 5) {
      return searchVariants(
        search,
        expandQuery(query, locale, known, groups),
        {},
        enough,
        intentBoost(query, familySection),
      );
    },
  };
}
