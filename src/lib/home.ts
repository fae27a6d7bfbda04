import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/ms';
import { localePath } from '../i18n/paths';
import type { Section } from './content/schemas';

export interface HomePath {
  id: 'worried' | 'recover' | 'help';
  title: UiKey;
  text: UiKey;
  /** Articles to offer first, as `section/slug`. */
  articles: `${Section}/${string}`[];
  /** Extra destinations: the directory (optionally filtered) and the get-help page. */
  links: { label: UiKey; path: string; query?: string }[];
}

/** The three ways in from the home page, for a frightened reader who needs one obvious next step. */
export const HOME_PATHS: HomePath[] = [
  {
    id: 'worried',
    title: 'home.path.worried',
    text: 'home.path.worried.text',
    articles: [
      'families/talking-to-someone-you-are-worried-about',
      'families/supporting-without-enabling',
      'families/looking-after-yourself',
    ],
    links: [
      { label: 'nav.groups', path: 'groups', query: 'audience=families' },
      { label: 'nav.help', path: 'help' },
    ],
  },
  {
    id: 'recover',
    title: 'home.path.recover',
    text: 'home.path.recover.text',
    articles: ['learn/what-is-peer-support', 'programmes/peer-support-programmes-in-brunei', 'learn/relapse'],
    links: [
      { label: 'nav.groups', path: 'groups' },
      { label: 'nav.help', path: 'help' },
    ],
  },
  {
    id: 'help',
    title: 'home.path.help',
    text: 'home.path.help.text',
    articles: ['learn/becoming-a-peer-mentor', 'learn/words-that-heal', 'learn/stigma-myths-and-facts'],
    links: [{ label: 'nav.stories', path: 'stories' }],
  },
];

/** A home link's address in a locale, with its filter query when it has one. */
export function homeLinkHref(locale: Locale, link: HomePath['links'][number]): string {
  return localePath(locale, link.path) + (link.query ? `?${link.query}` : '');
}

interface ArticlePage {
  locale: Locale;
  slug: string;
  entry: { data: { title: string; section: string } };
}

/**
 * The articles a home path offers, as title and address in the reader's locale.
 * A reference to an article that does not exist fails the build, so the home page
 * never shows a dead link.
 */
export function resolveHomeArticles(refs: readonly string[], pages: readonly ArticlePage[], locale: Locale) {
  return refs.map((ref) => {
    const [section = '', slug] = ref.split('/');
    const page = pages.find((p) => p.locale === locale && p.slug === slug && p.entry.data.section === section);
    if (!page) throw new Error(`The home page links to "${ref}", but no such article exists in content/articles/`);
    return { title: page.entry.data.title, href: localePath(locale, section, page.slug) };
  });
}

/** The three home paths, each with its articles resolved in the reader's locale. */
export function homePaths(pages: readonly ArticlePage[], locale: Locale) {
  return HOME_PATHS.map((path) => ({ ...path, resolved: resolveHomeArticles(path.articles, pages, locale) }));
}
export type ResolvedHomePath = ReturnType<typeof homePaths>[number];

/**
 * "Find a group near me": the directory, opened at the "where you are" choice beside the
 * "use my location" button, so the next tap locates the reader.
 * @example findGroupHref('en') // '/en/groups/#filter-near'
 */
export function findGroupHref(locale: Locale): string {
  return `${localePath(locale, 'groups')}#filter-near`;
}
