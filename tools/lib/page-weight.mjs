// @ts-check
/**
 * What a built page costs a reader before they touch anything: the HTML, and every
 * file it makes the browser fetch on load (stylesheets, scripts, images, the icon,
 * fonts a stylesheet names), each measured gzipped. Used by the speed budgets
 * (tests/build/budgets.test.ts) and by `npm run weight`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { isLocale } from '../../src/i18n/locales.ts';
import { loaderModules } from '../../src/lib/build/module-preload.ts';

const BASE = 'http://site.invalid';

/** @typedef {'css' | 'js' | 'img' | 'icon' | 'font' | 'other'} ResourceKind */
/** @typedef {{ kind: ResourceKind, url: string }} Resource */

/**
 * The files an HTML page fetches on load, as site paths (or full URLs for another origin).
 * Script the page only imports on demand (search) is not here: it is not loaded yet.
 * @param {string} html
 * @param {string} pagePath the page's own path, for relative URLs, e.g. `/ms/learn/relapse/`
 * @returns {Resource[]}
 * @example resourcesOf('<link rel="stylesheet" href="/a.css">', '/')  // [{ kind: 'css', url: '/a.css' }]
 */
export function resourcesOf(html, pagePath) {
  const root = parse(html);
  /** @type {Resource[]} */
  const found = [];
  /** @param {ResourceKind} kind @param {string | undefined} href */
  const add = (kind, href) => {
    if (!href || href.startsWith('data:') || href.startsWith('#')) return;
    const url = new URL(href, BASE + pagePath);
    found.push({ kind, url: url.origin === BASE ? decodeURIComponent(url.pathname) : url.href });
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (rel.includes('stylesheet')) add('css', href);
    else if (rel.includes('icon')) add('icon', href);
    else if (rel.includes('modulepreload')) add('js', href);
    else if (rel.includes('preload'))
      add(link.getAttribute('as') === 'script' ? 'js' : link.getAttribute('as') === 'font' ? 'font' : 'other', href);
  }
  for (const script of root.querySelectorAll('script[src]')) add('js', script.getAttribute('src'));
  // Island modules the page's inline loader fetches just after the first paint: still part of loading it.
  for (const script of root.querySelectorAll('script:not([src])'))
    for (const m of loaderModules(script.text)) add('js', m);
  for (const img of root.querySelectorAll('img[src], input[type=image][src]')) add('img', img.getAttribute('src'));
  for (const el of root.querySelectorAll('video[poster]')) add('img', el.getAttribute('poster'));
  for (const el of root.querySelectorAll(
    'iframe[src], embed[src], object[data], audio[src], video[src], source[src]',
  )) {
    add('other', el.getAttribute('src') ?? el.getAttribute('data'));
  }
  // Unique by URL: a browser fetches a file once.
  return [...new Map(found.map((r) => [r.url, r])).values()];
}

/**
 * The fonts and images a stylesheet names with `url(…)`, as site paths.
 * @param {string} css @param {string} cssPath
 * @returns {Resource[]}
 */
export function cssResourcesOf(css, cssPath) {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => m[2] ?? '')
    .filter((href) => href && !href.startsWith('data:') && !href.startsWith('#'))
    .map((href) => {
      const url = new URL(href, BASE + cssPath);
      const path = url.origin === BASE ? decodeURIComponent(url.pathname) : url.href;
      return { kind: /** @type {ResourceKind} */ (/\.(woff2?|ttf|otf)$/i.test(path) ? 'font' : 'img'), url: path };
    });
}

/**
 * The modules a script imports statically (fetched at once, before it runs), as site paths.
 * `import()` is left out: it loads later, when the code asks.
 * @param {string} code @param {string} scriptPath
 * @returns {Resource[]}
 * @example jsImportsOf('import{a}from"./b.js";', '/_astro/a.js') // [{ kind: 'js', url: '/_astro/b.js' }]
 */
export function jsImportsOf(code, scriptPath) {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => /^(\.{0,2}\/|https?:)/.test(href))
    .map((href) => {
      const url = new URL(href, BASE + scriptPath);
      return {
        kind: /** @type {ResourceKind} */ ('js'),
        url: url.origin === BASE ? decodeURIComponent(url.pathname) : url.href,
      };
    });
}

/** Bytes after gzip (level 9, as a static host would serve them). @param {Buffer | string} data */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * The inline scripts of a page: what runs before the reader asks for anything.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptsOf(html) {
  return parse(html)
    .querySelectorAll('script:not([src])')
    .filter((s) => !/^(application\/(ld\+)?json|speculationrules)$/.test(s.getAttribute('type') ?? ''))
    .map((s) => s.rawText.trim());
}

/**
 * The text of the page's inline `<style>` elements (the stylesheet, inlined at build).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineStylesOf(html) {
  return parse(html)
    .querySelectorAll('style')
    .map((s) => s.rawText);
}

/**
 * @typedef {{ url: string, kind: ResourceKind, bytes: number, gzip: number, missing: boolean }} Measured
 * @typedef {{
 *   path: string, htmlGzip: number, resources: Measured[], totalGzip: number,
 *   cssGzip: number, inlineCssGzip: number, jsGzip: number, inlineScriptBytes: number, requests: number, otherOrigins: string[]
 * }} PageWeight
 */

/**
 * Weighs one built page.
 * @param {string} distDir @param {string} pagePath
 * @returns {PageWeight}
 */
export function pageWeight(distDir, pagePath) {
  const file = join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  /** @param {string} url */
  const fileOf = (url) => join(distDir, url);
  /** @type {Measured[]} */
  const resources = [];
  const otherOrigins = [];
  const queue = [
    ...resourcesOf(text, pagePath),
    ...inlineStylesOf(text).flatMap((css) => cssResourcesOf(css, pagePath)),
    ...inlineScriptsOf(text).flatMap((js) => jsImportsOf(js, pagePath)),
  ];
  const seen = new Set();
  while (queue.length) {
    const r = /** @type {Resource} */ (queue.shift());
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    if (/^https?:/.test(r.url)) {
      otherOrigins.push(r.url);
      continue;
    }
    const path = fileOf(r.url);
    const missing = !existsSync(path) || !statSync(path).isFile();
    const body = missing ? Buffer.alloc(0) : readFileSync(path);
    resources.push({ url: r.url, kind: r.kind, bytes: body.length, gzip: missing ? 0 : gzipSize(body), missing });
    if (r.kind === 'css' && !missing) queue.push(...cssResourcesOf(body.toString('utf8'), r.url));
    if (r.kind === 'js' && !missing) queue.push(...jsImportsOf(body.toString('utf8'), r.url));
  }
  const htmlGzip = gzipSize(html);
  const sum = (/** @type {Measured[]} */ list) => list.reduce((n, r) => n + r.gzip, 0);
  // Inline CSS travels inside the HTML (already in htmlGzip); it is measured on its own for the CSS budget.
  const inlineCss = inlineStylesOf(text).join('\n');
  const inlineCssGzip = inlineCss ? gzipSize(inlineCss) : 0;
  return {
    path: pagePath,
    htmlGzip,
    resources,
    totalGzip: htmlGzip + sum(resources),
    cssGzip: inlineCssGzip + sum(resources.filter((r) => r.kind === 'css')),
    inlineCssGzip,
    jsGzip: sum(resources.filter((r) => r.kind === 'js')),
    inlineScriptBytes: inlineScriptsOf(text).reduce((n, s) => n + Buffer.byteLength(s), 0),
    requests: 1 + resources.length,
    otherOrigins,
  };
}

/**
 * The kind of page a path is, for budgets and reports.
 * @param {string} path
 * @example pageType('/ms/learn/relapse/') // 'article'
 */
export function pageType(path) {
  const parts = path.split('/').filter(Boolean);
  const [locale, section, slug, more] = parts;
  if (path === '/') return 'entry';
  if (path === '/404.html') return 'not found';
  if (!isLocale(locale)) return 'other';
  if (!section) return 'home';
  if (section === 'groups')
    return slug === undefined ? 'directory' : slug === 'district' && more ? 'district' : 'group';
  if (section === 'stories') return slug === undefined ? 'story list' : 'story';
  if (['learn', 'families', 'programmes', 'help'].includes(section))
    return slug === undefined ? (section === 'help' ? 'help' : 'section') : 'article';
  return section;
}
