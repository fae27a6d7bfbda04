/**
 * Pure helpers for the search page and its island: shared with unit tests, free of the DOM.
 */

/**
 * Results shown at a time: each costs one small download (the page's fragment),
 * so the page shows a few and offers more. The first-query budget counts this many.
 * Four: about what a 360×740 phone shows under the search box, and it keeps the first
 * search under 100 KB now that pages are longer (five fragments took it to 100.1 KB).
 */
export const RESULTS_PER_PAGE = 4;

/**
 * How Pagefind cuts a snippet from a page's text: this many words around the matches, and
 * "…" where it cut, so a reader can tell a snippet that starts mid-sentence from one that
 * starts the page.
 */
export const EXCERPT_OPTIONS = { excerptLength: 24, excerptEllipsis: '…' } as const;

/** A piece of a Pagefind excerpt: plain text, or text the index matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * Splits Pagefind's excerpt HTML (escaped text with `<mark>` around matches) into
 * parts, so the page can render it as text nodes: nothing from the index ever
 * becomes markup. Any other tag is dropped.
 * @example parseExcerpt('a <mark>pulih</mark> b') // [{text:'a ',mark:false},{text:'pulih',mark:true},{text:' b',mark:false}]
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: html.slice(last, m.index), mark: false });
    parts.push({ text: m[1] ?? '', mark: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: html.slice(last), mark: false });
  return parts.map((p) => ({ ...p, text: decode(p.text.replace(/<[^>]*>/g, '')) })).filter((p) => p.text.length > 0);
}

/** The filters a reader can narrow results by; each is a `data-pagefind-filter` on the pages. */
export const SEARCH_FILTERS = ['section', 'district', 'day', 'language'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The state of the search page: what was typed and which filters are set. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string>>;
}

/** The query and filters from a search page URL (`?q=…&district=…`); empty when absent. */
export function stateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Whether there is anything to search for: words, or a filter. */
export function hasSearch(state: SearchState): boolean {
  return Boolean(state.query) || Object.keys(state.filters).length > 0;
}

/**
 * Set on `<html>` while the page's address holds a search (`?q=`, or a filter). The
 * results region then already holds a screen's height (src/components/search/SearchResults.astro),
 * so results arriving after Pagefind loads push nothing below them on screen.
 */
export const SEARCH_IN_URL_ATTRIBUTE = 'data-search-in-url';

/**
 * Sets `SEARCH_IN_URL_ATTRIBUTE` when the address holds a search, as `hasSearch(stateFromUrl(…))`
 * decides it. A classic script written inline before the results region, because it must run
 * before the page first paints, and a module (the island) runs only once the whole page is
 * read. The page's Content-Security-Policy lists it by hash as our own code
 * (src/integrations/page-csp.ts); the island keeps the attribute up to date afterwards.
 */
export const SEARCH_IN_URL_SCRIPT =
  `{const p=new URLSearchParams(location.search);` +
  `if(${JSON.stringify(['q', ...SEARCH_FILTERS])}.some((k)=>p.get(k)?.trim()))` +
  `document.documentElement.setAttribute(${JSON.stringify(SEARCH_IN_URL_ATTRIBUTE)},'')}`;

/** The query from a search page URL (`?q=`), trimmed; empty when absent. */
export function queryFromUrl(search: string): string {
  return stateFromUrl(search).query;
}

/**
 * The URL of the search page for a query and filters, so a search can be shared
 * or reloaded. Empty values are left out.
 * @example urlForQuery('/ms/search/', 'pulih', { district: 'Tutong' }) // '/ms/search/?q=pulih&district=Tutong'
 */
export function urlForQuery(pathname: string, query: string, filters: SearchState['filters'] = {}): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of SEARCH_FILTERS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The filters that are set, in the shape Pagefind's `search` takes. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => Boolean(v))) as Record<string, string>;
}

/**
 * Whether a result's section says more than its kind: only for a guide ("Guide · For families")
 * or a result with no kind. A story's or a group's section repeats its kind (review R22).
 * @example sectionAddsTo('story') // false
 */
export function sectionAddsTo(kind: string | undefined): boolean {
  return kind === undefined || kind === 'guide';
}

/**
 * The line under a result's title: what it is (a guide, a story, a family group…),
 * its section, then where (a group's or a story's district) and when (a group's
 * meeting days). `labels` renames raw filter values for display (the group pages'
 * section value is the menu label). Only a guide's section says more than its kind ("Guide ·
 * For families"); "Story · Recovery stories" and "Family group · Support groups" say the same
 * thing twice (review R22), so with `sectionToo` false the kind stands alone.
 * @example resultContext({ section: ['Nasihat keluarga'] }, new Map(), 'Panduan') // 'Panduan · Nasihat keluarga'
 * @example resultContext({ section: ['Kumpulan sokongan'], district: ['Tutong'] }, new Map(), 'Kumpulan keluarga', false) // 'Kumpulan keluarga · Tutong'
 */
export function resultContext(
  filters: Record<string, readonly string[]>,
  labels: ReadonlyMap<string, string> = new Map(),
  kind?: string,
  sectionToo = true,
): string {
  const section = filters['section']?.[0];
  const sectionLabel = section && (labels.get(section) ?? section);
  const parts = [
    kind,
    sectionLabel && (sectionToo || !kind) ? sectionLabel : undefined,
    filters['district']?.[0],
    filters['day']?.join(', '),
  ];
  return parts.filter(Boolean).join(' · ');
}
