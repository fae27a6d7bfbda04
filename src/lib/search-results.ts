/**
 * Pure helpers for the search island: shared with unit tests, free of the DOM.
 */

/** A piece of a Pagefind excerpt: plain text, or text the index matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

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
  return parts
    .map((p) => ({ ...p, text: decode(p.text.replace(/<[^>]*>/g, '')) }))
    .filter((p) => p.text.length > 0);
}

/** The query from a search page URL (`?q=`), trimmed; empty when absent. */
export function queryFromUrl(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The URL of the search page for a query (empty query: no `q`). */
export function urlForQuery(pathname: string, query: string, section = ''): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (section) params.set('section', section);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
