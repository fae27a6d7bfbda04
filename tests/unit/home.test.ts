import { describe, expect, it } from 'vitest';
import { HOME_PATHS, homeLinkHref, resolveHomeArticles } from '../../src/lib/home';

const page = (locale: 'ms' | 'en', section: string, slug: string, title: string) => ({
  locale,
  slug,
  entry: { data: { section, title } },
});

describe('the home page’s three ways in', () => {
  it('links the worried reader to the directory filtered for families', () => {
    const worried = HOME_PATHS.find((p) => p.id === 'worried');
    const groups = worried?.links.find((l) => l.label === 'nav.groups');
    expect(groups && homeLinkHref('ms', groups)).toBe('/ms/groups/?audience=families');
  });

  it('links without a query stay plain', () => {
    expect(homeLinkHref('en', { label: 'nav.help', path: 'help' })).toBe('/en/help/');
  });

  it('offers articles in the reader’s locale, by section and slug', () => {
    const pages = [page('ms', 'learn', 'relapse', 'Relaps'), page('en', 'learn', 'relapse', 'Relapse')];
    expect(resolveHomeArticles(['learn/relapse'], pages, 'en')).toEqual([
      { title: 'Relapse', href: '/en/learn/relapse/' },
    ]);
  });

  it('fails the build rather than show a link to an article that does not exist', () => {
    expect(() => resolveHomeArticles(['families/relapse'], [page('ms', 'learn', 'relapse', 'Relaps')], 'ms')).toThrow(
      /no such article/,
    );
  });
});
