/**
 * URL helpers. Every URL is `/{locale}/…/` with a trailing slash, and a page's
 * translation is the same path with the other locale's segment.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from './locales';

/**
 * Joins segments into a site path with a locale prefix and a trailing slash.
 * @example localePath('ms', 'learn', 'relapse') // '/ms/learn/relapse/'
 */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[locale, ...rest].join('/')}/`;
}

/** The locale a path starts with, if any. @example localeOfPath('/en/groups/') // 'en' */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/**
 * The same path in another locale; a path without a locale gets one.
 * @example switchLocalePath('/ms/learn/relapse/', 'en') // '/en/learn/relapse/'
 */
export function switchLocalePath(path: string, to: Locale): string {
  const parts = path.split('/').filter(Boolean);
  if (isLocale(parts[0])) parts.shift();
  return localePath(to, ...parts);
}

/**
 * Splits a content entry id (`en/what-is-peer-support`) into its locale and slug.
 * Throws on an id outside a locale folder, so a misplaced file fails the build.
 */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first) || rest.length === 0) {
    throw new Error(`Content file "${id}" must sit in a locale folder: ${LOCALES.map((l) => `${l}/`).join(' or ')}`);
  }
  return { locale: first, slug: rest.join('/') };
}

export interface Localised<T> {
  slug: string;
  /** The entry in each locale it exists in. */
  byLocale: Partial<Record<Locale, T>>;
}

/**
 * Groups entries by slug so each page knows its translation (or that it has none).
 * @example pairByslug([{ id: 'ms/a' }, { id: 'en/a' }]) // [{ slug: 'a', byLocale: { ms, en } }]
 */
export function pairBySlug<T extends { id: string }>(entries: readonly T[]): Localised<T>[] {
  const bySlug = new Map<string, Localised<T>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    const pair = bySlug.get(slug) ?? { slug, byLocale: {} };
    pair.byLocale[locale] = entry;
    bySlug.set(slug, pair);
  }
  return [...bySlug.values()];
}

export interface PageVersion<T> {
  /** The locale of the URL (and of the interface). */
  locale: Locale;
  slug: string;
  /** The entry shown: in the URL's locale when it exists, else the one that does. */
  entry: T;
  /** The locale the entry is written in. */
  contentLocale: Locale;
  /** True when the page shows content in the other language under a notice. */
  isFallback: boolean;
  /** The locales this slug is really written in (for hreflang). */
  available: Locale[];
}

/**
 * One page per slug per locale: a page missing in one language still renders
 * there, in the language it exists in, marked as a fallback.
 */
export function pageVersions<T>(pairs: readonly Localised<T>[]): PageVersion<T>[] {
  const pages: PageVersion<T>[] = [];
  for (const { slug, byLocale } of pairs) {
    const available = LOCALES.filter((l) => byLocale[l] !== undefined);
    for (const locale of LOCALES) {
      const own = byLocale[locale];
      const contentLocale = own ? locale : otherLocale(locale);
      const entry = own ?? byLocale[contentLocale];
      if (entry === undefined) continue;
      pages.push({ locale, slug, entry, contentLocale, isFallback: !own, available });
    }
  }
  return pages;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang alternates for a path that exists in `available` locales. A page
 * that exists in one language only has none: it claims no translation.
 */
export function alternatesFor(
  path: string,
  available: readonly Locale[],
  site: URL | string,
  xDefaultPath?: string,
): Alternate[] {
  if (available.length < 2) return [];
  const links = available.map((l) => ({ hreflang: l, href: new URL(switchLocalePath(path, l), site).href }));
  const xDefault = new URL(xDefaultPath ?? switchLocalePath(path, DEFAULT_LOCALE), site).href;
  return [...links, { hreflang: 'x-default', href: xDefault }];
}
