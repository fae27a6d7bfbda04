/**
 * The pages' one way to the article and story routes, and to the holidays file: reads
 * the collections and hands them to the pure functions in `routes.ts` and
 * `directory/holidays.ts` (which the content checker and the tests import without Astro).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { toHoliday } from '../directory/holidays';
import { sortForSection } from './articles';
import { articleRoutes, entryPages, storyRoutes } from './routes';
import type { Place, Section } from './schemas';

/** `getStaticPaths` for `[locale]/[section]/[slug]`: every article page, with its related articles. */
export async function articlePaths() {
  return articleRoutes(await getCollection('articles'));
}

/** `getStaticPaths` for `[locale]/stories/[slug]`. */
export async function storyPaths() {
  return storyRoutes(await getCollection('stories'));
}

/** The article pages of one locale (its own articles and fallbacks), each with its `url`. */
export async function articlePages(locale: Locale) {
  return (await allArticlePages()).filter((p) => p.locale === locale);
}

type ArticlePages = ReturnType<typeof entryPages<CollectionEntry<'articles'>>>;
let articlesOnce: Promise<ArticlePages> | undefined;
/**
 * Every article page, worked out once per build: each story's "next steps" asks for them, and
 * reading and pairing every article again for each story made the build grow with the square
 * of the pages (issue 15). A dev server reads them afresh each time, so an edit shows at once.
 */
function allArticlePages(): Promise<ArticlePages> {
  if (!import.meta.env.PROD) return getCollection('articles').then(entryPages);
  articlesOnce ??= getCollection('articles').then(entryPages);
  return articlesOnce;
}

/** The story pages of one locale (its own stories and fallbacks), each with its `url`. */
export async function storyPages(locale: Locale) {
  return entryPages(await getCollection('stories')).filter((p) => p.locale === locale);
}

/**
 * A section's article list in one locale, in section order: what the section page and
 * the help page show (title, description, address, and the language it is written in).
 */
export async function sectionList(locale: Locale, section: Section) {
  const pages = (await articlePages(locale)).filter((p) => p.entry.data.section === section);
  return sortForSection(
    pages.map((p) => ({ ...p.entry, page: p })),
    locale,
  ).map(({ page }) => ({
    title: page.entry.data.title,
    description: page.entry.data.description,
    href: page.url,
    contentLocale: page.contentLocale,
  }));
}

/** Every entry of `content/holidays.yaml`, as the pages, feeds and islands use them. */
export async function holidayList() {
  return (await getCollection('holidays')).map((h) => toHoliday(h.data));
}

let places: Promise<Place[]> | undefined;
/** Every entry of `content/places.yaml`, read once per build (a card per group asks for them). */
export function placeList(): Promise<Place[]> {
  places ??= getCollection('places').then((all) => all.map((p) => p.data));
  return places;
}
