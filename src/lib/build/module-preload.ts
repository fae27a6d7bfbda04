/**
 * When and how a page's island modules load. Astro puts each island's module at the
 * end of the body, and that module imports shared chunks, which import others: the
 * browser discovers them one round trip after another (a chain three deep).
 *
 * The page's text comes first: every island here enhances a page that already works
 * without it, so its modules wait until the page has painted. Each external module
 * script becomes a small inline loader that, after the first frame, adds a
 * `<link rel="modulepreload">` for the module and every chunk it imports (one round
 * trip for all, no chain) and imports it. On a slow phone connection the scripts no
 * longer share the first round trips with the HTML, so the text paints sooner
 * (docs/performance.md, "Islands after the first paint"). The loader is the site's
 * own code and each page's policy allows it by hash (src/integrations/page-csp.ts).
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

/**
 * The inline loader for one island: after the first frame (at once in a hidden tab,
 * where frames wait), preload the module and its chunks, then import it.
 * @example moduleLoader(['/_astro/page.js', '/_astro/a.js']) // 'const m=["/_astro/page.js","/_astro/a.js"],go=()=>{…'
 */
export function moduleLoader(modules: readonly string[]): string {
  const list = JSON.stringify(modules);
  return (
    `const m=${list},go=()=>{for(const h of m){const l=document.createElement("link");` +
    `l.rel="modulepreload";l.href=h;document.head.append(l)}import(m[0])};` +
    `document.hidden?go():requestAnimationFrame(()=>setTimeout(go))`
  );
}

/** The modules an inline loader (from `moduleLoader`) loads, the entry first; empty for any other code. */
export function loaderModules(code: string): string[] {
  const match = /^const m=(\[[^\]]*\]),go=\(\)=>/.exec(code);
  if (!match) return [];
  const list: unknown = JSON.parse(match[1]!);
  return Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string' && m.startsWith('/')) : [];
}

/**
 * The page with each of its module scripts (those `isOurs` accepts) replaced by an
 * inline loader for the module and its chunks. `read` gives a module's code by its path.
 * Returns the page and the loaders written, so the caller can allow them by hash.
 */
export function withDeferredModules(
  html: string,
  read: (path: string) => string,
  isOurs: (path: string) => boolean,
): { html: string; loaders: string[] } {
  const loaders: string[] = [];
  const out = html.replace(/<script type="module" src="(\/[^"]+\.js)"><\/script>/g, (tag, entry: string) => {
    if (!isOurs(entry)) return tag;
    const loader = moduleLoader(moduleGraph([entry], read));
    loaders.push(loader);
    return `<script type="module">${loader}</script>`;
  });
  return { html: out, loaders };
}
