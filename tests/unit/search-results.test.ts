import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { filterChoices } from '../../src/lib/search/search-filters';
import {
  hasSearch,
  pagefindFilters,
  parseExcerpt,
  queryFromUrl,
  resultContext,
  sectionAddsTo,
  SEARCH_IN_URL_ATTRIBUTE,
  SEARCH_IN_URL_SCRIPT,
  stateFromUrl,
  urlForQuery,
} from '../../src/lib/search/search-results';

describe('parseExcerpt', () => {
  it('splits marked matches from plain text and decodes entities', () => {
    expect(parseExcerpt('a <mark>pulih</mark> &amp; b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'pulih', mark: true },
      { text: ' & b', mark: false },
    ]);
  });

  it('never lets other markup through', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)>hi <mark><b>x</b></mark>')).toEqual([
      { text: 'hi ', mark: false },
      { text: 'x', mark: true },
    ]);
  });
});

describe('search page URLs', () => {
  it('reads the query and the known filters, ignoring empty and unknown ones', () => {
    expect(stateFromUrl('?q=+pulih+&district=Tutong&day=&colour=red')).toEqual({
      query: 'pulih',
      filters: { district: 'Tutong' },
    });
    expect(queryFromUrl('')).toBe('');
  });

  it('writes the query and filters back, leaving out what is empty', () => {
    expect(urlForQuery('/ms/search/', ' pulih ', { district: 'Tutong', day: '' })).toBe(
      '/ms/search/?q=pulih&district=Tutong',
    );
    expect(urlForQuery('/ms/search/', '', { section: 'Kisah pemulihan' })).toBe('/ms/search/?section=Kisah+pemulihan');
    expect(urlForQuery('/en/search/', '  ')).toBe('/en/search/');
  });

  it('round-trips a search', () => {
    const state = { query: 'kumpulan sokongan', filters: { district: 'Brunei-Muara', language: 'Bahasa Melayu' } };
    expect(stateFromUrl(urlForQuery('/ms/search/', state.query, state.filters).split('?')[1] ?? '')).toEqual(state);
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ district: 'Tutong', day: '' })).toEqual({ district: 'Tutong' });
  });
});

describe('the early mark of a search in the address', () => {
  /** Runs the inline script as a browser would, against an address; whether it marked the page. */
  function marks(search: string): boolean {
    const set: string[] = [];
    const document = { documentElement: { setAttribute: (name: string) => set.push(name) } };
    new Function('location', 'document', SEARCH_IN_URL_SCRIPT)({ search }, document);
    expect(set.every((name) => name === SEARCH_IN_URL_ATTRIBUTE)).toBe(true);
    return set.length > 0;
  }

  it('marks an address with words or a filter, not an empty or unknown one', () => {
    expect(marks('?q=keluarga')).toBe(true);
    expect(marks('?district=Tutong')).toBe(true);
    expect(marks('?q=+&day=')).toBe(false);
    expect(marks('?colour=red')).toBe(false);
    expect(marks('')).toBe(false);
  });

  it('agrees with the island about every address', () => {
    const part = fc.tuple(
      fc.constantFrom('q', 'section', 'district', 'day', 'language', 'colour', 'Q'),
      fc.constantFrom('', '+', '%20', 'pulih', 'Tutong', '%E2%80%A6', '&'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        const search = parts.length ? `?${parts.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
        expect(marks(search)).toBe(hasSearch(stateFromUrl(search)));
      }),
    );
  });
});

describe('resultContext', () => {
  it('shows a group’s section, district and meeting days', () => {
    const labels = new Map([['Cari kumpulan', 'Kumpulan sokongan']]);
    expect(resultContext({ section: ['Cari kumpulan'], district: ['Tutong'], day: ['Isnin', 'Jumaat'] }, labels)).toBe(
      'Kumpulan sokongan · Tutong · Isnin, Jumaat',
    );
  });

  it('shows a story’s district and an article’s section alone', () => {
    expect(resultContext({ section: ['Kisah pemulihan'], district: ['Belait'] })).toBe('Kisah pemulihan · Belait');
    expect(resultContext({ section: ['Ketahui'] })).toBe('Ketahui');
    expect(resultContext({})).toBe('');
  });

  it('starts with what the result is, without saying it twice', () => {
    expect(resultContext({ section: ['Untuk keluarga'] }, new Map(), 'Panduan')).toBe('Panduan · Untuk keluarga');
    // "Kumpulan keluarga · Kumpulan sokongan · Tutong" named the kind twice (review R22).
    const labels = new Map([['Cari kumpulan', 'Kumpulan sokongan']]);
    expect(
      resultContext({ section: ['Cari kumpulan'], district: ['Tutong'] }, labels, 'Kumpulan keluarga', false),
    ).toBe('Kumpulan keluarga · Tutong');
    expect(resultContext({ section: ['Kisah pemulihan'] }, new Map(), 'Kisah', false)).toBe('Kisah');
    // Without a kind, the section is all there is to say.
    expect(resultContext({ section: ['Kisah pemulihan'] }, new Map(), undefined, false)).toBe('Kisah pemulihan');
  });
});

describe('sectionAddsTo', () => {
  it('keeps the section only where it says more than the kind', () => {
    expect(sectionAddsTo('guide')).toBe(true);
    expect(sectionAddsTo(undefined)).toBe(true);
    for (const kind of ['story', 'family-group', 'support-group', 'mentoring', 'community-activity'])
      expect(sectionAddsTo(kind)).toBe(false);
  });
});

describe('filterChoices', () => {
  it('offers each filter in the page language, values as the pages write them', () => {
    const ms = filterChoices(useTranslations('ms'));
    expect(ms.district.map((c) => c.value)).toEqual(['Brunei-Muara', 'Belait', 'Tutong', 'Temburong']);
    expect(ms.day.map((c) => c.label)).toContain('Jumaat');
    expect(ms.section).toContainEqual({ value: 'Cari kumpulan', label: 'Kumpulan sokongan' });
    const en = filterChoices(useTranslations('en'));
    expect(en.day.map((c) => c.label)).toContain('Friday');
    expect(en.language.map((c) => c.value)).toContain('Malay');
  });
});
