import { describe, expect, it } from 'vitest';
import {
  COMMON_MIN_PAGES,
  COMMON_SAMPLE,
  COMMON_SHARE,
  commonWords,
  loadCommonWords,
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
    expect(commonWordsToLeave(['disokong', 'tutong'], ['disokong', 'tutong'], [], 'ms', common)).toEqual([true, false]);
  });
});

describe('leaving common words out of a query', () => {
  // The groups and vocabulary the search pages use, and the words on more than 80 % of
  // 6,000 synthetic pages (what the index step wrote for them).
  const groups = allGroups(glossaryGroups(parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryWords[]));
  const vocabulary = ['helps', 'masalah', 'problems', 'rakan', 'pusat', 'rawatan', 'iman', 'heart', 'sleep'];
  const known = knownWords(vocabulary, groups);
  const lists = JSON.parse(readFileSync('tests/fixtures/common-words-6000.json', 'utf8')) as CommonWords;
  const first = (query: string, locale: 'ms' | 'en', common: ReadonlySet<string> = new Set(lists[locale])) =>
    expandQuery(query, locale, known, groups, common)[0]?.text;

  it('searches a query about a place without the words on nearly every page', () => {
    expect(first('support group Tutong', 'en')).toBe('tutong');
    expect(first('support group Tutong', 'en', new Set())).toBe('support group tutong');
    expect(first('kumpulan sokongan Tutong', 'ms')).toBe('kumpulan tutong');
    // "peer" is a term of the tables: it stays.
    expect(first('peer support Tutong', 'en')).toBe('peer tutong');
  });

  it('keeps crisis and everyday phrases whole, place or not', () => {
    expect(first('terlebih dos Tutong', 'ms')).toBe('terlebih dos tutong');
    expect(first('abang terlebih dos di Kuala Belait', 'ms')).toBe('terlebih dos kuala belait');
    expect(first('rasa gian Tutong', 'ms')).toBe('rasa gian tutong');
    expect(first('overdose not waking Tutong', 'en')).toBe('overdose not waking tutong');
    expect(first('tidak sedarkan diri Seria', 'ms')).toBe('tidak sedarkan diri seria');
  });

  it('changes nothing in a query that names no place', () => {
    for (const [query, locale] of [
      ['not breathing', 'en'],
      ['what if someone is not breathing', 'en'],
      ['my father relapse again', 'en'],
      ['how does peer support help', 'en'],
      ['heart racing after meth', 'en'],
      ['sleep withdrawal', 'en'],
      ['tidak bernafas', 'ms'],
      ['tidak mahu bangun', 'ms'],
      ['makan ubat tidur', 'ms'],
      ['pusat rawatan', 'ms'],
      ['rasa gian', 'ms'],
      ['terlebih dos syabu', 'ms'],
    ] as const)
      expect(first(query, locale), query).toBe(first(query, locale, new Set()));
  });

  it('takes no ordinary word of a place name, nor a place on nearly every page, for a place', () => {
    expect(first('kumpulan sokongan di kota', 'ms')).toBe(first('kumpulan sokongan di kota', 'ms', new Set()));
    expect(first('plan b support group', 'en')).toBe(first('plan b support group', 'en', new Set()));
    // "bandar" is on nearly every synthetic Malay page: it ranks nothing, so it decides nothing.
    expect(lists.ms).toContain('bandar');
    expect(first('kumpulan sokongan Bandar', 'ms')).toBe('kumpulan sokongan bandar');
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

describe('loadCommonWords', () => {
  const serve =
    (body: string, status = 200) =>
    () =>
      Promise.resolve(new Response(body, { status }));

  it('gives the list of the page’s language', async () => {
    const file = JSON.stringify({ ms: ['sokong', 'pulih'], en: ['support'] });
    expect([...(await loadCommonWords('/x.json', 'ms', serve(file)))]).toEqual(['sokong', 'pulih']);
    expect([...(await loadCommonWords('/x.json', 'en', serve(file)))]).toEqual(['support']);
  });

  it('gives no words when the file is missing, unreadable, or not a list', async () => {
    expect((await loadCommonWords('/x.json', 'ms', serve('', 404))).size).toBe(0);
    expect((await loadCommonWords('/x.json', 'ms', serve('{not json'))).size).toBe(0);
    expect((await loadCommonWords('/x.json', 'ms', serve('{"ms":"sokong"}'))).size).toBe(0);
    expect((await loadCommonWords('/x.json', 'ms', () => Promise.reject(new Error('offline')))).size).toBe(0);
  });
});
