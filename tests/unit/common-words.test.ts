import { describe, expect, it } from 'vitest';
import {
  COMMON_MIN_PAGES,
  COMMON_SAMPLE,
  COMMON_SHARE,
  commonWords,
  samplePages,
  type CommonWords,
} from '../../src/lib/search/common-words';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { commonWordsToLeave, expandQuery, knownWords } from '../../src/lib/search/search-query';
import { allGroups, glossaryGroups, type GlossaryWords } from '../../src/lib/search/search-synonyms';
import { isStopWord } from '../../src/lib/search/search-words';
import type { Locale } from '../../src/i18n/locales';

/** `count` pages, the first `share` of them holding `word` (in the given form, page by page). */
function pages(count: number, parts: { words: (i: number) => string; share: number }[]): string[] {
  return Array.from({ length: count }, (_, i) =>
    parts
      .filter((p) => i < count * p.share)
      .map((p) => p.words(i))
      .join(' '),
  );
}

describe('commonWords', () => {
  it('lists the words on more than COMMON_SHARE of the pages, counting every form of a word once a page', () => {
    const texts = pages(COMMON_MIN_PAGES, [
      // Forms of one word: "support", "supporting", "supported" are one key.
      { words: (i) => ['support', 'supporting', 'supported'][i % 3] ?? '', share: 0.9 },
      { words: () => 'group group group', share: 0.85 },
      { words: () => 'tutong', share: 0.1 },
      { words: () => 'relapse', share: COMMON_SHARE }, // exactly the share: not more than it
    ]);
    expect(commonWords(texts, 'en')).toEqual(['group', 'support']);
  });

  it('lists nothing for a site too small for postings to matter', () => {
    const texts = pages(COMMON_MIN_PAGES - 1, [{ words: () => 'support', share: 1 }]);
    expect(commonWords(texts, 'en')).toEqual([]);
  });

  it('counts Malay words by their stems, as the island looks them up', () => {
    const texts = pages(COMMON_MIN_PAGES, [
      { words: (i) => (i % 2 ? 'sokongan' : 'menyokong'), share: 0.95 },
      { words: () => 'Tutong', share: 0.05 },
    ]);
    const common = new Set(commonWords(texts, 'ms'));
    expect([...common]).toEqual(['sokong']);
    // Typed in another form, the word is found common all the same.
    expect(commonWordsToLeave(['disokong', 'tutong'], [], 'ms', common, knownWords())).toEqual([true, false]);
  });
});

describe('leaving common words out of a query', () => {
  // The groups the search page uses, and words on more than 80 % of 6,000 synthetic pages
  // (a part of the list the index step wrote for them, by the island's word keys).
  const groups = allGroups(glossaryGroups(parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryWords[]));
  const known = knownWords(['masalah', 'problems', 'syabu'], groups);
  const COMMON = {
    en: ['not', 'support', 'group', 'relapse', 'family', 'husband', 'sleep', 'youth', 'someone', 'what', 'for'],
    ms: ['tidak', 'sokong', 'ibu', 'remaja', 'bandar', 'yang', 'dan', 'mahu', 'bangun', 'sedar'],
  };
  const first = (query: string, locale: 'ms' | 'en', common: ReadonlySet<string> = new Set(COMMON[locale])) =>
    expandQuery(query, locale, known, groups, common)[0]?.text;

  it('searches "support group Tutong" as "tutong" where both words are on nearly every page', () => {
    expect(first('support group Tutong', 'en')).toBe('tutong');
    expect(first('support group Tutong', 'en', new Set())).toBe('support group tutong');
  });

  it('keeps a crisis phrase whole: a filler word such as "not" or "tidak" is never left out', () => {
    expect(first('not breathing', 'en')).toBe('not breathing');
    expect(first('what if someone is not breathing', 'en')).toBe('not breathing');
    expect(first('overdose not waking Tutong', 'en')).toBe('overdose not waking tutong');
    expect(first('tidak bernafas', 'ms')).toBe('tidak bernafas');
    expect(first('adik tidak bernafas', 'ms')).toBe('tidak bernafas');
    expect(first('tidak mahu bangun', 'ms')).toBe('tidak mahu bangun');
    expect(first('tidak sedarkan diri', 'ms')).toBe('tidak sedarkan diri');
  });

  it('keeps the topic: a term of the tables, or a word when only unknown words or a relative would remain', () => {
    expect(first('my father relapse again', 'en')).toBe('relapse again');
    expect(first('support for my son', 'en')).toBe('support');
    expect(first('ibu bapa', 'ms')).toBe('ibu bapa');
  });

  it('never leaves out a place, nor a word of a phrase with a filler word in it', () => {
    expect(first('kumpulan sokongan Bandar', 'ms')).toBe('kumpulan bandar');
    // "youth" is a term of the tables (a topic), "group" alone is not.
    expect(first('youth group Belait', 'en')).toBe('youth belait');
    expect(first('sleep problems', 'en')).toBe('problems');
  });
});

describe('samplePages', () => {
  it('counts every page of a small site and an even spread of a large one', () => {
    expect(samplePages(5)).toEqual([0, 1, 2, 3, 4]);
    const sample = samplePages(2991);
    expect(sample.length).toBeLessThanOrEqual(COMMON_SAMPLE);
    expect(sample.length).toBeGreaterThan(COMMON_SAMPLE / 2);
    expect(sample.at(-1)).toBeLessThan(2991);
    expect(new Set(sample.slice(1).map((i, n) => i - (sample[n] ?? 0))).size).toBe(1); // evenly spaced
  });

  it('finds in a sample what counting every page finds, told the language’s page count', () => {
    const texts = pages(3000, [
      { words: () => 'support', share: 0.95 },
      { words: () => 'tutong', share: 0.5 },
    ]);
    const sample = samplePages(texts.length).map((i) => texts[i] ?? '');
    expect(commonWords(sample, 'en', texts.length)).toEqual(commonWords(texts, 'en'));
    expect(commonWords(sample.slice(0, 10), 'en', 999)).toEqual([]);
  });
});

describe('the relevance set with the common words of 6,000 synthetic pages', () => {
  // tests/fixtures/common-words-6000.json: what the index step wrote for `npm run bench -- --pages 6000`.
  const lists = JSON.parse(readFileSync('tests/fixtures/common-words-6000.json', 'utf8')) as CommonWords;
  const fixture = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as Record<Locale, { q: string }[]>;
  const groups = allGroups(glossaryGroups(parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryWords[]));
  const known = knownWords([], groups);

  it.each(['ms', 'en'] as const)('%s: only leaves words out, never a filler word of a phrase or a place', (locale) => {
    const common = new Set(lists[locale] ?? []);
    expect(common.size).toBeGreaterThan(40);
    let changed = 0;
    for (const { q } of fixture[locale]) {
      const before = (expandQuery(q, locale, known, groups)[0]?.text ?? '').split(' ');
      const after = (expandQuery(q, locale, known, groups, common)[0]?.text ?? '').split(' ');
      expect(after.filter(Boolean).length, q).toBeGreaterThan(0);
      for (const word of after) expect(before, `${q}: "${word}" was not in the query`).toContain(word);
      for (const word of before)
        if (isStopWord(word) || ['tutong', 'belait', 'temburong', 'bandar', 'muara', 'gadong', 'seria'].includes(word))
          expect(after, `${q}: "${word}" was left out`).toContain(word);
      if (after.join(' ') !== before.join(' ')) changed += 1;
    }
    console.log(`${locale}: ${changed} of ${fixture[locale].length} queries searched with fewer words`);
    // The list does change some queries (else this test would prove nothing).
    expect(changed).toBeGreaterThan(0);
  });
});
