/**
 * The language switch keeps the page's query string on the pages that have one
 * (the directory's filters, a search): /ms/groups/?district=belait ↔
 * /en/groups/?district=belait. Read at the click, because these pages change their
 * query without reloading. Imported by the directory and search islands only, so
 * other pages still load no JavaScript.
 */
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-language-switch]') : null;
  if (link instanceof HTMLAnchorElement) link.search = location.search;
});
