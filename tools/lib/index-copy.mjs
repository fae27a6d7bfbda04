// @ts-check
/**
 * The copy of a built page that the search indexer hands Pagefind. The page on
 * disk is never changed; only what Pagefind reads:
 *
 * - A Malay page says `lang="id"`, so Pagefind stems it with its Indonesian
 *   stemmer (Malay has none; see docs/search.md).
 * - The site's own name is marked `data-pagefind-ignore`. It is on many pages
 *   ("Rakan Pulih tidak menyimpan…"), and "pulih" shares its stem with
 *   "pemulihan": left in, it made the privacy page the first result for
 *   "pemulihan". Pagefind also indexes the `title` meta, so a title keeps the name
 *   out of it too and carries the whole title as `fulltitle`, which the search
 *   page shows.
 */
export const SITE_NAME = 'Rakan Pulih';
/** Stands for the site name in a result's `fulltitle` (U+2060 WORD JOINER: no word to index). */
export const SITE_NAME_MARK = '\u2060';
const NAME = /\bRakan Pulih\b/g;
const MALAY_HTML = /<html([^>]*)\slang="ms"/;
const TITLE_H1 = /<h1([^>]*?)\sdata-pagefind-meta="title"([^>]*)>([\s\S]*?)<\/h1>/g;

/**
 * @param {string} content the page's HTML
 * @param {{ malayAs?: 'id' | 'none' }} options index Malay pages as Indonesian ("id", the default) or as they are
 */
export function pageForIndex(content, { malayAs = 'id' } = {}) {
  let html = content.replace(TITLE_H1, (h1, before, after, inner) => {
    if (!inner.includes(SITE_NAME)) return h1;
    // Pagefind indexes meta values too: the name stands as an invisible placeholder
    // (SITE_NAME_MARK), which the search page turns back into the name.
    const title = inner
      .replace(/<[^>]*>/g, '')
      .trim()
      .replace(/"/g, '&quot;')
      .replace(NAME, SITE_NAME_MARK);
    return `<h1${before} data-pagefind-meta="title, fulltitle[data-index-title]" data-index-title="${title}"${after}>${inner}</h1>`;
  });
  html = html.replace(/>([^<]*)</g, (all, text) =>
    text.includes(SITE_NAME) ? `>${text.replace(NAME, '<span data-pagefind-ignore>$&</span>')}<` : all,
  );
  return malayAs === 'id' ? html.replace(MALAY_HTML, '<html$1 lang="id"') : html;
}
