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
import { COMMON_WORDS_FILE, type CommonWords } from '../../src/lib/search/common-words';
import { DIST } from './dist';

export function searchPage(locale: Locale) {
  const html = readFileSync(join(DIST, locale, 'search', 'index.html'), 'utf8');
  const root = parse(html).querySelector('[data-search]');
  if (!root) throw new Error(`no [data-search] on /${locale}/search/`);
  const groups = allGroups(JSON.parse(root.getAttribute('data-synonyms') ?? '[]') as SynonymGroup[]);
  const known = knownWords(root.getAttribute('data-vocabulary')?.split(' ') ?? [], groups);
  const familySection = root.getAttribute('data-family-section') ?? '';
  // What the island fetches beside Pagefind (src/lib/search/common-words.ts).
  const commonFile = join(DIST, 'pagefind', COMMON_WORDS_FILE);
  const common = new Set((JSON.parse(readFileSync(commonFile, 'utf8')) as CommonWords)[locale] ?? []);
  return {
    groups,
    known,
    familySection,
    common,
    commonFile,
    /** The search island's search: expansion, intent, merging. */
    run<D>(search: SearchFn<D>, query: string, enough = 5) {
      return searchVariants(
        search,
        expandQuery(query, locale, known, groups, common),
        {},
        enough,
        intentBoost(query, familySection),
      );
    },
  };
}
