/**
 * The addresses of articles and stories, in one place: which pages exist (one per
 * slug per locale, a missing translation shown as a fallback), their URLs, and the
 * `getStaticPaths` entries the pages build from.
 *
 * Pure: no `astro:content` here, so the content checker and the tests can import it.
 * Pages read the collections through `route-data.ts`, which hands them to these functions.
 */
import type { Locale } from '../../i18n/locales';
import { localePath, pageVersions, pairBySlug, splitEntryId, type PageVersion } from '../../i18n/paths';
import { published, sectionLists } from './articles';
import type { Section } from './schemas';

/** What a URL needs to know about an entry: its collection, its id (`ms/slug`) and an article's section. */
export interface Routable {
  collection: 'articles' | 'stories';
  id: string;
  data: { section?: Section };
}

/** An article's address. @example articleUrl('en', 'learn', 'relapse') // '/en/learn/relapse/' */
export function articleUrl(locale: Locale, section: Section, slug: string): string {
  return localePath(locale, section, slug);
}

/** A story's address. @example storyUrl('ms', 'hari-pertama') // '/ms/stories/hari-pertama/' */
export function storyUrl(locale: Locale, slug: string): string {
  return localePath(locale, 'stories', slug);
}

/**
 * The address an entry has in a locale (its own page there, or the fallback page
 * showing it when it has no translation).
 */
export function urlFor(entry: Routable, locale: Locale): string {
  const { slug } = splitEntryId(entry.id);
  if (entry.collection === 'stories') return storyUrl(locale, slug);
  if (!entry.data.section) throw new Error(`Article "${entry.id}" has no section`);
  return articleUrl(locale, entry.data.section, slug);
}

/** A page of an article or story, with its address. */
export type RoutedPage<T> = PageVersion<T> & { url: string };

/** Every published page of a collection: one per slug per locale (drafts never get one). */
export function entryPages<T extends Routable & { data: { draft: boolean } }>(entries: readonly T[]): RoutedPage<T>[] {
  return pageVersions(pairBySlug(published(entries))).map((page) => ({ ...page, url: urlFor(page.entry, page.locale) }));
}

/** Articles an article page suggests at its foot. */
const RELATED_COUNT = 4;

type Article = Routable & { id: string; data: { draft: boolean; section: Section; title: string; order?: number | undefined } };

/**
 * `getStaticPaths` entries for articles: each page with up to four others from its
 * section (in the language it is written in, in section order). Each section is
 * sorted once, and a page looks at its first five entries only — so the cost stays
 * linear in the number of articles.
 */
export function articleRoutes<T extends Article>(entries: readonly T[]) {
  const pages = entryPages(entries);
  const lists = sectionLists(published(entries));
  const heads = new Map([...lists].map(([key, list]) => [key, list.slice(0, RELATED_COUNT + 1)]));
  return pages.map((page) => {
    const section = page.entry.data.section;
    const related = (heads.get(`${page.contentLocale}/${section}`) ?? [])
      .map((a) => ({ slug: splitEntryId(a.id).slug, title: a.data.title }))
      .filter((a) => a.slug !== page.slug)
      .slice(0, RELATED_COUNT)
      .map((a) => ({ title: a.title, href: articleUrl(page.locale, section, a.slug) }));
    return { params: { locale: page.locale, section, slug: page.slug }, props: { ...page, related } };
  });
}

/** `getStaticPaths` entries for stories. */
export function storyRoutes<T extends Routable & { data: { draft: boolean } }>(entries: readonly T[]) {
  return entryPages(entries).map((page) => ({ params: { locale: page.locale, slug: page.slug }, props: page }));
}
