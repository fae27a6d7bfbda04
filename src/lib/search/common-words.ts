/**
 * Words on nearly every page of a large site. Pagefind requires every word of a
 * query, and for each it downloads the word's postings: every page it is on. For a
 * word on nine pages in ten that is the heaviest download of a search ("support"
 * and "group" in "support group Tutong": 11.3 KB at 6,000 pages, even with one
 * position a page), and it buys nothing: BM25 weighs a word by how rare it is, and
 * such a word ranks no page above another, nor does requiring it leave out more than
 * one page in five.
 *
 * So the search index step (tools/index-search.mjs) counts, on a site large enough
 * for it to matter, the pages each word is on (by the island's own word keys, so the
 * island matches what was counted; in an even sample of COMMON_SAMPLE pages) and
 * writes the words on more than COMMON_SHARE of a language's pages to
 * `pagefind/common-words.json`. The island leaves such a word out of a query about a
 * place where it carries no meaning of its own (`commonWordsToLeave` in
 * search-query.ts: "support group Tutong" → "Tutong"; never a filler word, a place, a
 * term of the tables or a word of an everyday phrase). Below COMMON_MIN_PAGES pages no
 * list is made: postings are small there, and the word may still tell pages apart.
 */
import type { Locale } from '../../i18n/locales';
import { queryWords } from './search-query';
import { wordKeys } from './search-synonyms';

/** A word on more than this share of a language's pages is common. */
export const COMMON_SHARE = 0.8;
/** No word is common in a language with fewer pages than this. */
export const COMMON_MIN_PAGES = 1000;
/** Where the index step writes the lists, in Pagefind's folder. */
export const COMMON_WORDS_FILE = 'common-words.json';

/** The common words of each site language: word keys (`wordKeys`). */
export type CommonWords = Partial<Record<Locale, string[]>>;

/**
 * How many pages, evenly spread, are counted on a larger site: the share of a word on
 * 80 % of the pages comes out within 1.6 points (one standard error). A word near the
 * line may fall either side of it; such a word ranks next to nothing either way.
 */
export const COMMON_SAMPLE = 600;

/**
 * Which of a language's `count` pages to count: every page up to COMMON_SAMPLE,
 * then an even spread of them.
 * @example samplePages(1200) // [0, 2, 4, …, 1198]
 */
export function samplePages(count: number): number[] {
  const step = Math.max(1, Math.ceil(count / COMMON_SAMPLE));
  return Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);
}

/**
 * The keys of the words on more than COMMON_SHARE of the pages, given the indexed
 * text of every page or of a sample of them (`samplePages`); none when the language
 * has fewer than COMMON_MIN_PAGES pages.
 * @example commonWords(sample, 'en', 2991) // ['support', 'group', …] at 6,000 synthetic pages
 */
export function commonWords(pages: readonly string[], locale: Locale, pageCount = pages.length): string[] {
  if (pageCount < COMMON_MIN_PAGES || !pages.length) return [];
  const counts = new Map<string, number>();
  const keysOf = new Map<string, string[]>();
  for (const text of pages) {
    const keys = new Set<string>();
    for (const word of new Set(queryWords(text))) {
      let k = keysOf.get(word);
      if (!k) keysOf.set(word, (k = wordKeys(word, locale)));
      for (const key of k) if (key) keys.add(key);
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n > pages.length * COMMON_SHARE)
    .map(([key]) => key)
    .sort();
}

/**
 * The common words of one language, as the island loads them beside Pagefind: none
 * when the file is missing, unreadable or not a list (the query is then searched with
 * every word, as on a small site).
 * @example await loadCommonWords('/pagefind/common-words.json', 'ms') // Set { 'sokong', … } or Set {}
 */
export async function loadCommonWords(
  url: string,
  locale: Locale,
  fetcher: (url: string) => Promise<Response> = fetch,
): Promise<Set<string>> {
  try {
    const response = await fetcher(url);
    if (!response.ok) return new Set();
    const list = ((await response.json()) as CommonWords)[locale];
    return new Set(Array.isArray(list) ? list.filter((w) => typeof w === 'string') : []);
  } catch {
    return new Set();
  }
}
