/**
 * Every address the built site will have, worked out from the content files and
 * the files in `src/pages/` — so a link in an article can be checked before the
 * build, with the same pairing rules the pages use (`src/i18n/paths.ts`).
 */
import { LOCALE_NAMES_EN, LOCALES, type Locale } from '../../src/i18n/locales';
import { LISTED_SECTIONS } from '../../src/lib/content/articles';
import { entryPages, type Routable } from '../../src/lib/content/routes';
import type { Section } from '../../src/lib/content/schemas';
import { closest } from './suggest';

export interface EntryRef {
  locale: Locale;
  slug: string;
  draft: boolean;
  /** Articles only. */
  section?: Section | undefined;
}

export interface RouteInput {
  articles: readonly EntryRef[];
  stories: readonly EntryRef[];
  groups: readonly string[];
  /** Files under `src/pages/`, relative to it: `[locale]/about.astro`. */
  pageFiles: readonly string[];
  /** Files under `public/`, relative to it: `favicon.svg`. */
  publicFiles: readonly string[];
}

export interface Routes {
  /** Address → whether only a draft would be there (it is missing from the built site). */
  pages: Map<string, { draft: boolean }>;
  /** Addresses from page files whose parameters we cannot list: any value is accepted. */
  patterns: RegExp[];
}

/**
 * The addresses the articles or stories get, by the site's own route module
 * (`src/lib/content/routes.ts`, the one the pages build from). A slug with only drafts
 * is listed too, marked as a draft: a link to it is "not published yet", not "no such page".
 */
function versions(collection: Routable['collection'], entries: readonly EntryRef[]) {
  const routable = entries.map((e) => ({
    collection,
    id: `${e.locale}/${e.slug}`,
    // An article without a valid section has its own error; its address is checked as the default section's.
    data: { section: e.section ?? 'learn', draft: e.draft },
  }));
  const out = new Map<string, { draft: boolean }>();
  for (const page of entryPages(routable)) out.set(page.url, { draft: false });
  const publishedSlugs = new Set(entries.filter((e) => !e.draft).map((e) => e.slug));
  const draftOnly = routable
    .filter((_, i) => !publishedSlugs.has(entries[i]!.slug))
    .map((r) => ({ ...r, data: { ...r.data, draft: false } }));
  for (const page of entryPages(draftOnly)) if (!out.has(page.url)) out.set(page.url, { draft: true });
  return out;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;

/** All addresses of the site. */
export function siteRoutes(input: RouteInput): Routes {
  const pages = new Map<string, { draft: boolean }>();
  const patterns: RegExp[] = [];
  const add = (path: string, draft = false) => {
    if (!pages.has(path) || pages.get(path)!.draft) pages.set(path, { draft });
  };

  for (const [path, info] of versions('articles', input.articles)) add(path, info.draft);
  for (const [path, info] of versions('stories', input.stories)) add(path, info.draft);

  for (const file of input.pageFiles) {
    const posix = file.replace(/\\/g, '/');
    if (posix.split('/').some((part) => part.startsWith('_'))) continue;
    const isPage = PAGE_EXTENSIONS.test(posix);
    if (!isPage && !ENDPOINT_EXTENSIONS.test(posix)) continue;
    const segments = posix.replace(isPage ? PAGE_EXTENSIONS : ENDPOINT_EXTENSIONS, '').split('/');
    if (isPage && segments.at(-1) === 'index') segments.pop();
    const template = segments.join('/');
    const finish = (parts: string[]) =>
      isPage ? `/${parts.join('/')}${parts.length ? '/' : ''}` : `/${parts.join('/')}`;

    for (const locale of template.includes('[locale]') ? LOCALES : ([undefined] as const)) {
      const parts = segments.map((s) => (s === '[locale]' && locale ? locale : s));
      const rest = parts.join('/');
      if (!rest.includes('[')) {
        add(finish(parts));
      } else if (template === '[locale]/[section]') {
        for (const section of LISTED_SECTIONS) add(finish([locale!, section]));
      } else if (template === '[locale]/[section]/[slug]' || template === '[locale]/stories/[slug]') {
        // Listed from the content above.
      } else if (/^\[locale\]\/groups\/\[id\][^/]*$/.test(template)) {
        for (const id of input.groups) add(finish([locale!, 'groups', parts[2]!.replace('[id]', id)]));
      } else {
        const source = finish(parts)
          .split(/(\[[^\]]+\])/)
          .map((piece) =>
            /^\[\.\.\./.test(piece) ? '.*' : /^\[/.test(piece) ? '[^/]+' : piece.replace(/[.*+?^${}()|\\]/g, '\\$&'),
          )
          .join('');
        patterns.push(new RegExp(`^${source}$`));
      }
    }
  }
  for (const file of input.publicFiles) add(`/${file.replace(/\\/g, '/')}`);
  return { pages, patterns };
}

export type LinkVerdict = { ok: true; warning?: string } | { ok: false; message: string };

const SKIP = /^(https?:|mailto:|tel:|#|\/\/|data:)/i;

/** The path a link points to, resolved against the page it is on, without `?query` or `#anchor`. */
export function linkPath(href: string, from: string): string | undefined {
  if (SKIP.test(href) || href.trim() === '' || href.startsWith('{')) return undefined;
  const url = new URL(href, `https://site.invalid${from}`);
  return decodeURI(url.pathname);
}

const LOCALE_NAMES = LOCALE_NAMES_EN;

/**
 * Whether a link from the page at `from` (in `locale`) reaches a page of the built site.
 * @example checkLink('/en/help', '/en/learn/relapse/', 'en', routes) // { ok: false, message: '… add / at the end …' }
 */
export function checkLink(href: string, from: string, locale: Locale, published: boolean, routes: Routes): LinkVerdict {
  const path = linkPath(href, from);
  if (path === undefined) return { ok: true };
  const target = routes.pages.get(path);
  const crossLocale = (p: string): string | undefined => {
    const linked = p.split('/')[1];
    return linked !== locale && (LOCALES as readonly string[]).includes(linked ?? '')
      ? `This ${LOCALE_NAMES[locale]} page links to the ${LOCALE_NAMES[linked as Locale]} page ${p}. Readers expect to stay in their language: link to /${locale}${p.slice(3)} unless you mean to switch language.`
      : undefined;
  };
  if (target) {
    if (target.draft && published) {
      return {
        ok: false,
        message: `This links to ${path}, but that page is still a draft (draft: true), so it is not on the site. Publish that page first, or remove the link.`,
      };
    }
    const warning = crossLocale(path);
    return warning ? { ok: true, warning } : { ok: true };
  }
  if (routes.patterns.some((p) => p.test(path))) return { ok: true };
  if (!path.endsWith('/') && routes.pages.has(`${path}/`)) {
    return {
      ok: false,
      message: `Every address on this site ends with a slash. Change the link "${href}" to "${path}/".`,
    };
  }
  const withLocale = `/${locale}${path}`;
  if (!(LOCALES as readonly string[]).includes(path.split('/')[1] ?? '') && routes.pages.has(withLocale)) {
    return { ok: false, message: `Addresses start with the language. Change the link "${href}" to "${withLocale}".` };
  }
  const sameLocale = [...routes.pages.keys()].filter((p) => p.startsWith(`/${path.split('/')[1]}/`));
  const last = path.split('/').filter(Boolean).at(-1);
  // The page may have moved to another section: same name, other folder.
  const moved = sameLocale.filter((p) => last !== undefined && p.split('/').filter(Boolean).at(-1) === last);
  const guess = moved.length > 0 ? moved : closest(path, sameLocale.length > 0 ? sameLocale : [...routes.pages.keys()]);
  const hint =
    guess.length > 0
      ? ` Did you mean ${guess.map((g) => `"${g}"`).join(' or ')}?`
      : ' Check the address against the page’s URL in `npm run dev`.';
  return { ok: false, message: `The link "${href}" goes to ${path}, but there is no such page on the site.${hint}` };
}
