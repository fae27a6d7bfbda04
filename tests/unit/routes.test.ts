import { describe, expect, it } from 'vitest';
import { articleRoutes, entryPages, storyRoutes, urlFor } from '../../src/lib/content/routes';
import type { Section } from '../../src/lib/content/schemas';

const article = (id: string, section: Section, title: string, extra: { draft?: boolean; order?: number } = {}) => ({
  collection: 'articles' as const,
  id,
  data: { section, title, draft: extra.draft ?? false, ...(extra.order !== undefined && { order: extra.order }) },
});
const story = (id: string, draft = false) => ({
  collection: 'stories' as const,
  id,
  data: { draft } as { draft: boolean; section?: Section },
});

describe('urlFor', () => {
  it('gives an article its section’s address and a story the stories address, in the asked locale', () => {
    expect(urlFor(article('ms/relapse', 'learn', 'Relaps'), 'ms')).toBe('/ms/learn/relapse/');
    expect(urlFor(article('ms/relapse', 'learn', 'Relaps'), 'en')).toBe('/en/learn/relapse/');
    expect(urlFor(article('en/hotlines', 'help', 'Hotlines'), 'en')).toBe('/en/help/hotlines/');
    expect(urlFor(story('en/first-day'), 'ms')).toBe('/ms/stories/first-day/');
  });

  it('refuses an entry outside a locale folder', () => {
    expect(() => urlFor(story('first-day'), 'ms')).toThrow(/locale folder/);
  });
});

describe('entryPages', () => {
  it('gives every published slug a page in each locale, with its address, and drafts none', () => {
    const pages = entryPages([story('ms/a'), story('en/a'), story('ms/b'), story('en/c', true)]);
    expect(pages.map((p) => [p.url, p.contentLocale, p.isFallback])).toEqual([
      ['/ms/stories/a/', 'ms', false],
      ['/en/stories/a/', 'en', false],
      ['/ms/stories/b/', 'ms', false],
      ['/en/stories/b/', 'ms', true],
    ]);
  });
});

describe('storyRoutes', () => {
  it('hands each page its locale and slug as parameters and the page as props', () => {
    const [route] = storyRoutes([story('ms/a')]);
    expect(route?.params).toEqual({ locale: 'ms', slug: 'a' });
    expect(route?.props).toMatchObject({ locale: 'ms', slug: 'a', url: '/ms/stories/a/', available: ['ms'] });
  });
});

describe('articleRoutes', () => {
  const learn = ['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) => article(`en/${s}`, 'learn', `Title ${s}`, { order: i }));
  const routes = articleRoutes([
    ...learn,
    article('en/g', 'learn', 'Title g', { draft: true, order: -1 }),
    article('en/x', 'families', 'Families x'),
    article('ms/a', 'learn', 'Tajuk a'),
  ]);
  const related = (locale: string, slug: string) =>
    routes.find((r) => r.params.locale === locale && r.params.slug === slug)?.props.related.map((r) => r.href);

  it('suggests the first four others of the same section, in section order, never itself or a draft', () => {
    expect(related('en', 'a')).toEqual(['/en/learn/b/', '/en/learn/c/', '/en/learn/d/', '/en/learn/e/']);
    expect(related('en', 'c')).toEqual(['/en/learn/a/', '/en/learn/b/', '/en/learn/d/', '/en/learn/e/']);
    expect(related('en', 'f')).toEqual(['/en/learn/a/', '/en/learn/b/', '/en/learn/c/', '/en/learn/d/']);
  });

  it('suggests nothing when the section has no other article', () => {
    expect(related('en', 'x')).toEqual([]);
  });

  it('suggests from the language the page is written in, at addresses in the page’s locale', () => {
    // The Malay page of `b` is a fallback showing the English article: English neighbours, Malay addresses.
    expect(related('ms', 'b')).toEqual(['/ms/learn/a/', '/ms/learn/c/', '/ms/learn/d/', '/ms/learn/e/']);
    // The Malay article `a` has no Malay neighbour.
    expect(related('ms', 'a')).toEqual([]);
  });

  it('routes by locale, section and slug, and builds no page for a draft', () => {
    expect(routes.map((r) => Object.values(r.params).join('/'))).not.toContain('en/learn/g');
    expect(routes.find((r) => r.params.slug === 'x')?.params).toEqual({ locale: 'ms', section: 'families', slug: 'x' });
  });
});
