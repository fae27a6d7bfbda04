/**
 * Flattens a page's module request chain. Astro puts each island's module at the end
 * of the body, and that module imports shared chunks, which import others: the
 * browser discovers them one round trip after another (a chain three deep), and
 * Lighthouse's simulation counts that chain against the page. A
 * `<link rel="modulepreload">` in the head for the module and every chunk it
 * imports lets the browser fetch them all at once, while the HTML still streams.
 */

/** The chunks a built module imports statically (`import"./x.js"`, `from"./x.js"`), as paths next to it. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/**
 * Every module a page's scripts load, in the order to preload them: each entry, then
 * what it imports, depth first, each once. `read` gives a module's code by its path.
 */
export function moduleGraph(entries: readonly string[], read: (path: string) => string): string[] {
  const order: string[] = [];
  const visit = (path: string) => {
    if (order.includes(path)) return;
    order.push(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const relative of staticImports(read(path))) visit(dir + relative.slice(2));
  };
  entries.forEach(visit);
  return order;
}

/** The module scripts a page loads from the site itself. */
export function moduleEntries(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
}

/** The page with a modulepreload link per module, at the end of its head. */
export function withModulePreload(html: string, modules: readonly string[]): string {
  if (modules.length === 0 || html.includes('rel="modulepreload"')) return html;
  const links = modules.map((m) => `<link rel="modulepreload" href="${m}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
