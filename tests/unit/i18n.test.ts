import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { LOCALES, otherLocale } from '../../src/i18n/locales';
import { ms } from '../../src/i18n/ms';
import {
  alternatesFor,
  localeOfPath,
  localePath,
  pageVersions,
  pairBySlug,
  splitEntryId,
  switchLocalePath,
} from '../../src/i18n/paths';
import { dictionaries, useTranslations } from '../../src/i18n/ui';

describe('the string catalogues', () => {
  it('have the same keys in Malay and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ms).sort());
  });

  it.each(LOCALES)('leave no string blank in %s', (locale) => {
    // A plural string is checked form by form.
    const strings = Object.entries(dictionaries[locale]).flatMap(([k, v]) =>
      typeof v === 'string' ? [[k, v]] : Object.entries(v).map(([form, text]) => [`${k}.${form}`, text]),
    );
    const blank = strings.filter(([, v]) => v.trim() === '');
    expect(strings.length).toBeGreaterThan(100);
    expect(blank).toEqual([]);
  });

  it('give a plural string the same kind in both languages', () => {
    const plural = (d: Record<string, unknown>) =>
      Object.keys(d)
        .filter((k) => typeof d[k] !== 'string')
        .sort();
    expect(plural(en)).toEqual(plural(ms));
    expect(plural(ms).length).toBeGreaterThan(0);
  });

  it('translates a key into the page’s language', () => {
    expect(useTranslations('ms')('nav.help')).toBe('Dapatkan bantuan');
    expect(useTranslations('en')('nav.help')).toBe('Get help');
  });

  it('offers the other language on the switch', () => {
    expect(otherLocale('ms')).toBe('en');
    expect(otherLocale('en')).toBe('ms');
  });
});

describe('paths', () => {
  it('prefixes the locale and ends with a slash', () => {
    expect(localePath('ms')).toBe('/ms/');
    expect(localePath('en', 'learn', 'relapse')).toBe('/en/learn/relapse/');
    expect(localePath('ms', '/groups/', 'kasih-subok')).toBe('/ms/groups/kasih-subok/');
  });

  it('reads the locale from a path', () => {
    expect(localeOfPath('/en/groups/')).toBe('en');
    expect(localeOfPath('/ms/')).toBe('ms');
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/fr/x/')).toBeUndefined();
  });

  it('switches only the locale segment', () => {
    expect(switchLocalePath('/ms/learn/relapse/', 'en')).toBe('/en/learn/relapse/');
    expect(switchLocalePath('/en/stories/', 'ms')).toBe('/ms/stories/');
    expect(switchLocalePath('/', 'en')).toBe('/en/');
  });

  it('splits a content id into locale and slug, and rejects a file outside a locale folder', () => {
    expect(splitEntryId('en/what-is-peer-support')).toEqual({ locale: 'en', slug: 'what-is-peer-support' });
    expect(() => splitEntryId('what-is-peer-support')).toThrow(/locale folder/);
    expect(() => splitEntryId('fr/x')).toThrow(/locale folder/);
  });
});

describe('translation pairs and fallbacks', () => {
  const entries = [{ id: 'ms/a' }, { id: 'en/a' }, { id: 'ms/only-malay' }];
  const pages = pageVersions(pairBySlug(entries));

  it('renders a page in each locale for every slug', () => {
    expect(pages.map((p) => `${p.locale}/${p.slug}`).sort()).toEqual([
      'en/a',
      'en/only-malay',
      'ms/a',
      'ms/only-malay',
    ]);
  });

  it('shows a missing translation in the language it exists in, marked as a fallback', () => {
    const fallback = pages.find((p) => p.locale === 'en' && p.slug === 'only-malay');
    expect(fallback).toMatchObject({ contentLocale: 'ms', isFallback: true, available: ['ms'] });
    expect(fallback?.entry).toEqual({ id: 'ms/only-malay' });
  });

  it('does not mark a translated page as a fallback', () => {
    const page = pages.find((p) => p.locale === 'en' && p.slug === 'a');
    expect(page).toMatchObject({ contentLocale: 'en', isFallback: false, available: ['ms', 'en'] });
  });
});

describe('hreflang alternates', () => {
  const site = 'https://example.org';

  it('lists both languages and an x-default for a translated page', () => {
    expect(alternatesFor('/en/learn/relapse/', ['ms', 'en'], site)).toEqual([
      { hreflang: 'ms', href: 'https://example.org/ms/learn/relapse/' },
      { hreflang: 'en', href: 'https://example.org/en/learn/relapse/' },
      { hreflang: 'x-default', href: 'https://example.org/ms/learn/relapse/' },
    ]);
  });

  it('claims no translation for a page in one language only', () => {
    expect(alternatesFor('/en/learn/only-malay/', ['ms'], site)).toEqual([]);
  });

  it('can point x-default at the bilingual entry page', () => {
    expect(alternatesFor('/', ['ms', 'en'], site, '/').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://example.org/',
    });
  });
});

describe('section lists', () => {
  it('sorts each locale’s section once, by order then title', async () => {
    const { sectionLists } = await import('../../src/lib/content/articles');
    const a = (id: string, section: 'learn' | 'families', title: string, order?: number) => ({
      id,
      data: { section, title, draft: false, ...(order === undefined ? {} : { order }) },
    });
    const lists = sectionLists([
      a('ms/b', 'learn', 'Bantu'),
      a('ms/a', 'learn', 'Zaman', 1),
      a('en/c', 'learn', 'Care'),
      a('ms/f', 'families', 'Keluarga'),
    ]);
    expect(lists.get('ms/learn')?.map((e) => e.id)).toEqual(['ms/a', 'ms/b']);
    expect(lists.get('en/learn')?.map((e) => e.id)).toEqual(['en/c']);
    expect(lists.get('ms/families')?.map((e) => e.id)).toEqual(['ms/f']);
  });
});
