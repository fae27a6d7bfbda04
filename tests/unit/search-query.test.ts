import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allGroups, glossaryGroups, type GlossaryWords } from '../../src/lib/search/search-synonyms';
import { editDistance } from '../../src/lib/text';
import {
  correctWord,
  FAMILY_BOOST,
  intentBoost,
  singleWordScores,
  expandQuery,
  knownWords,
  MAX_VARIANTS,
  queryWords,
  searchVariants,
  searchVocabulary,
  type EngineResult,
  type SearchFn,
} from '../../src/lib/search/search-query';

// The groups the search page uses: the table in code and the glossary's `search:` words.
const GROUPS = allGroups(glossaryGroups(parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryWords[]));
const texts = (query: string, locale: 'ms' | 'en', extra: string[] = []) =>
  expandQuery(query, locale, knownWords(extra, GROUPS), GROUPS).map((v) => v.text);

describe('queryWords', () => {
  it('lower-cases, drops punctuation and accents, keeps digits and inner hyphens', () => {
    expect(queryWords('  Kumpulan, sokongan! Tutong ')).toEqual(['kumpulan', 'sokongan', 'tutong']);
    expect(queryWords('Talian 145 — kanak-kanak')).toEqual(['talian', '145', 'kanak-kanak']);
    expect(queryWords('café')).toEqual(['cafe']);
    expect(queryWords('?!')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('temburung', 'temburong')).toBe(1);
    expect(editDistance('sembayang', 'sembahyang')).toBe(1);
    expect(editDistance('pemluihan', 'pemulihan')).toBe(1);
    expect(editDistance('relaps', 'relapse')).toBe(1);
    expect(editDistance('dadah', 'keluarga')).toBeGreaterThan(4);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('correctWord', () => {
  const known = knownWords(['fasilitator', 'hari', 'hati'], GROUPS);

  it('recognises a misspelt place or known word', () => {
    expect(correctWord('temburung', known)).toBe('temburong');
    expect(correctWord('ketagian', known)).toBe('ketagihan');
    expect(correctWord('fasilitater', known)).toBe('fasilitator');
  });

  it('leaves known words, their other forms, short words and numbers alone', () => {
    expect(correctWord('temburong', known)).toBeUndefined();
    expect(correctWord('memulihkan', known)).toBeUndefined();
    expect(correctWord('hatu', known)).toBeUndefined();
    expect(correctWord('12345', known)).toBeUndefined();
  });

  it('takes the people around a reader as they are, not as slips of other words', () => {
    const withKanan = knownWords(['kanan'], GROUPS);
    expect(correctWord('kawan', withKanan)).toBeUndefined();
    expect(correctWord('sahabat', withKanan)).toBeUndefined();
    expect(correctWord('kanun', withKanan)).toBe('kanan'); // a slip is still corrected
    // …and no other word is taken for one of them: "lawan ketagihan" is not about a friend.
    expect(correctWord('lawan', knownWords())).toBeUndefined();
    expect(correctWord('kawal', knownWords())).toBeUndefined();
    expect(correctWord('other', knownWords())).toBeUndefined();
    expect(correctWord('rather', knownWords())).toBeUndefined();
  });

  it('does not guess between two equally close words', () => {
    expect(correctWord('kilanis', knownWords(['kilanas', 'kilanos']))).toBeUndefined();
  });
});

describe('expandQuery', () => {
  it('searches the query as typed first', () => {
    expect(expandQuery('Pemulihan', 'ms')[0]).toEqual({ text: 'pemulihan', weight: 1 });
    expect(expandQuery('   ', 'ms')).toEqual([]);
  });

  it('adds synonyms in the index language, both ways', () => {
    expect(texts('dadah', 'ms')).toEqual(['dadah', 'narkotik']);
    expect(texts('syabu', 'ms')).toEqual(['syabu', 'metamfetamin', 'ais', 'meth']);
    expect(texts('narkotik', 'ms')).toContain('dadah');
    expect(texts('ketagihan', 'ms')).toContain('penagihan');
    expect(texts('penagihan', 'ms')).toContain('ketagihan');
  });

  it('translates words typed in the other language into the index language', () => {
    expect(texts('drugs', 'ms').slice(0, 2)).toEqual(['drugs', 'dadah']);
    expect(texts('support group Tutong', 'ms')).toEqual(['support group tutong', 'kumpulan sokongan tutong']);
    expect(texts('kumpulan sokongan keluarga', 'en')[1]).toBe('support group family');
    expect(texts('pemulihan', 'en')).toContain('recovery');
  });

  it('matches a synonym in any of its forms', () => {
    expect(texts('memulihkan', 'en')).toContain('recovery');
    expect(texts('families', 'ms')).toContain('keluarga');
  });

  it('corrects a misspelt word, after the word as typed', () => {
    expect(texts('Temburung', 'ms')).toEqual(['temburung', 'temburong']);
    expect(texts('sembayang', 'ms').slice(0, 2)).toEqual(['sembayang', 'sembahyang']);
  });

  it('marks synonyms, which only run when the rest find too little', () => {
    const variants = expandQuery('dadah', 'ms');
    expect(variants.filter((v) => !v.synonym).map((v) => v.text)).toEqual(['dadah']);
    expect(variants.slice(1).every((v) => v.synonym && v.weight < 1)).toBe(true);
  });

  it('runs at most a few searches, never the same twice', () => {
    for (const q of ['dadah', 'drugs', 'family support group recovery', 'methamphetamine']) {
      const list = texts(q, 'ms');
      expect(list.length).toBeLessThanOrEqual(MAX_VARIANTS);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('leaves a query with nothing to expand as it is', () => {
    expect(texts('futsal', 'ms')).toEqual(['futsal']);
  });

  it('leaves out the filler words of a question, in both languages', () => {
    expect(texts('macam mana nak tegur adik yang guna dadah', 'ms')[0]).toBe('tegur guna dadah');
    expect(texts('how do I talk to my brother about drugs', 'en')[0]).toBe('talk drugs');
    // …unless nothing else is left, or they belong to a known phrase.
    expect(texts('apa itu', 'ms')[0]).toBe('apa itu');
    expect(texts('tidak sedarkan diri', 'ms')).toContain('terlebih dos');
    expect(texts('he passed out', 'en')).toContain('overdose');
  });

  it('never searches for the site name', () => {
    expect(texts('Rakan Pulih pemulihan', 'ms')[0]).toBe('pemulihan');
    expect(texts('rakan pulih', 'ms')).toEqual([]);
    expect(texts('rakan sebaya', 'ms')[0]).toBe('rakan sebaya');
  });

  it('bridges everyday words to the words pages use, always (not only when little is found)', () => {
    for (const [q, locale, page] of [
      ['pengsan', 'ms', 'terlebih dos'],
      ['inda bangun', 'ms', 'terlebih dos'],
      ['unconscious', 'en', 'overdose'],
      ['rehab', 'ms', 'pusat pemulihan'],
      ['rehab', 'en', 'rehabilitation centre'],
      ['ice', 'en', 'methamphetamine'],
      ['tegur', 'ms', 'bercakap'],
      ['burnt out', 'en', 'looking after yourself'],
    ] as const) {
      const variants = expandQuery(q, locale, knownWords([], GROUPS), GROUPS);
      const bridged = variants.find((v) => v.text === page);
      expect(bridged, `${q} → ${page}: ${variants.map((v) => v.text).join(' | ')}`).toBeDefined();
      expect(bridged?.synonym, q).toBeUndefined();
    }
  });

  it('sees a question about a family member, not about the family as a topic', () => {
    expect(intentBoost('my son is using drugs', 'Families')).toEqual({
      filters: { section: 'Families' },
      factor: FAMILY_BOOST,
    });
    expect(intentBoost('adiknya guna syabu', 'Keluarga')?.filters).toEqual({ section: 'Keluarga' });
    expect(intentBoost('kumpulan keluarga Tutong', 'Keluarga')).toBeUndefined();
    expect(intentBoost('overdose', 'Families')).toBeUndefined();
  });
});

type Page = { url: string };
/** A fake index: each page has its words; a query matches pages that have all of its words. */
function fakeSearch(pages: Record<string, string[]>): { search: SearchFn<Page>; asked: string[] } {
  const asked: string[] = [];
  const search: SearchFn<Page> = async (term) => {
    asked.push(term ?? '');
    const words = (term ?? '').split(' ');
    const results: EngineResult<Page>[] = Object.entries(pages)
      .filter(([, has]) => words.every((w) => has.includes(w)))
      .map(([url, has]) => ({
        id: url,
        score: words.filter((w) => has.includes(w)).length / has.length,
        data: async () => ({ url }),
      }));
    return { results };
  };
  return { search, asked };
}

describe('searchVariants', () => {
  it('ranks pages with the typed word above pages with a synonym', async () => {
    const { search } = fakeSearch({ '/narkotik/': ['narkotik'], '/dadah/': ['dadah'] });
    const found = await searchVariants(search, expandQuery('narkotik', 'ms'));
    expect(found.map((r) => r.id)).toEqual(['/narkotik/', '/dadah/']);
  });

  it('does not search synonyms when the typed words already find enough', async () => {
    const pages = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/p${i}/`, ['dadah']]));
    const { search, asked } = fakeSearch(pages);
    const found = await searchVariants(search, expandQuery('dadah', 'ms'));
    expect(found).toHaveLength(6);
    expect(asked).toEqual(['dadah']);
  });

  it('keeps one result per page, with its best score', async () => {
    const { search } = fakeSearch({ '/a/': ['narkotik', 'dadah'] });
    const found = await searchVariants(search, expandQuery('narkotik', 'ms'));
    expect(found).toHaveLength(1);
    expect(found[0]?.score).toBe(0.5);
  });

  it('falls back to single words when no page has them all, preferring pages with more', async () => {
    const { search } = fakeSearch({ '/both/': ['kerja', 'sekolah', 'lain'], '/one/': ['kerja'], '/none/': ['lain'] });
    const found = await searchVariants(search, expandQuery('kerja sekolah', 'ms'));
    expect(found.map((r) => r.id)).toEqual(['/both/', '/one/']);
  });

  it('in that fallback, ranks the page with the rare word above pages with only common ones', async () => {
    const common = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/c${i}/`, ['friend', 'drugs']]));
    const { search } = fakeSearch({ ...common, '/overdose/': ['overdose', 'drugs', 'x', 'y'] });
    const found = await searchVariants(
      search,
      expandQuery('what if my friend collapsed after taking drugs', 'en', knownWords([], GROUPS), GROUPS),
    );
    expect(found[0]?.id).toBe('/overdose/');
  });

  it('lifts the pages an intent favours, by the boost factor, with one more search', async () => {
    const { search } = fakeSearch({ '/story/': ['dadah', 'dadah'], '/guide/': ['dadah', 'a', 'b', 'c'] });
    const boosted: SearchFn<Page> = async (term, o) =>
      term === null
        ? {
            results:
              o?.filters?.['section'] === 'Keluarga'
                ? [{ id: '/guide/', score: 0, data: async () => ({ url: '/guide/' }) }]
                : [],
          }
        : search(term, o);
    const plain = await searchVariants(boosted, expandQuery('adik guna dadah', 'ms'));
    expect(plain[0]?.id).toBe('/story/');
    const found = await searchVariants(
      boosted,
      expandQuery('adik guna dadah', 'ms'),
      {},
      5,
      intentBoost('adik guna dadah', 'Keluarga'),
    );
    expect(found[0]?.id).toBe('/guide/');
    expect(found[0]?.score).toBeCloseTo((plain.find((r) => r.id === '/guide/')?.score ?? 0) * FAMILY_BOOST);
  });

  it('passes the filters to every search', async () => {
    const seen: unknown[] = [];
    await searchVariants(async (_t, o) => (seen.push(o?.filters), { results: [] }), expandQuery('dadah', 'ms'), {
      district: 'Tutong',
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((f) => JSON.stringify(f) === '{"district":"Tutong"}')).toBe(true);
  });
});

describe('singleWordScores', () => {
  it('weights each word by its rarity and its best page', () => {
    const r = (id: string, score: number) => ({ id, score, data: async () => ({ url: id }) });
    const scores = singleWordScores([[r('/od/', 2)], [r('/a/', 4), r('/b/', 4), r('/c/', 4), r('/od/', 1)]]);
    expect(scores.get('/od/')?.score).toBeGreaterThan(scores.get('/a/')?.score ?? Infinity);
    expect(singleWordScores([[], []]).size).toBe(0);
  });
});

describe('searchVocabulary', () => {
  it('keeps frequent words of five letters or more, most frequent first, without numbers', () => {
    expect(searchVocabulary(['Relaps: apa itu', 'Relaps dan keluarga', 'Talian 145'])).toEqual([
      'relaps',
      'keluarga',
      'talian',
    ]);
  });

  it('stops at the limit', () => {
    expect(searchVocabulary(['alpha bravo charlie delta'], 2)).toHaveLength(2);
  });
});
