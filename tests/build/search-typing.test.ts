/**
 * Typing a word costs no more than pasting it: the search page searches while the
 * reader types (src/lib/search/search-typing.ts), and each of those searches may download
 * index chunks and result fragments. Here every prefix the page would search soon
 * after a key (TYPING_PAUSE_MS: words it knows, and their misspellings) is searched in
 * turn, as a typist who pauses less than UNKNOWN_WORD_PAUSE_MS between keys triggers
 * it, against the real index, and the bytes are compared with the finished word
 * searched once.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { RESULTS_PER_PAGE } from '../../src/lib/search/search-results';
import { knownWhileTyping, TYPING_PAUSE_MS, typingPause } from '../../src/lib/search/search-typing';
import { DIST } from '../support/dist';
import { loadPagefind } from '../support/pagefind';
import { searchPage } from '../support/search-page';

// A slip of a few KB is allowed: a prefix may be a word of its own, or a misspelling of
// one ("keluarg"), and show pages the finished word does not.
const ALLOWANCE = 1.15;
const WORDS: Record<Locale, string[]> = {
  ms: ['pemulihan', 'ketagihan', 'keluarga'],
  en: ['recovery', 'addiction', 'family'],
};

async function bytesFor(locale: Locale, queries: string[]) {
  const page = searchPage(locale);
  const { search, fetched } = await loadPagefind(DIST, locale);
  for (const q of queries) {
    const results = await page.run(search, q);
    await Promise.all(results.slice(0, RESULTS_PER_PAGE).map((r) => r.data()));
  }
  return fetched.reduce((sum, f) => sum + f.bytes, 0);
}

describe.each(['ms', 'en'] as const)('typing a word in %s', (locale) => {
  it.each(WORDS[locale])('"%s" letter by letter downloads about what the pasted word does', async (word) => {
    const { known, groups } = searchPage(locale);
    const isKnown = knownWhileTyping(known, groups);
    const prefixes = [...word]
      .map((_, i) => word.slice(0, i + 1))
      .filter((p) => typingPause(p, isKnown) === TYPING_PAUSE_MS);
    expect(prefixes.at(-1), 'the finished word is searched as it is typed').toBe(word);
    const pasted = await bytesFor(locale, [word]);
    const typed = await bytesFor(locale, prefixes);
    console.log(
      `${locale} "${word}": pasted ${(pasted / 1000).toFixed(1)} KB, typed ${(typed / 1000).toFixed(1)} KB (${prefixes.join(' → ')})`,
    );
    expect(typed).toBeLessThanOrEqual(pasted * ALLOWANCE);
  });
});
