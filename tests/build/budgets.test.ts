/**
 * Speed budgets, checked on the build output (not timed): what each page makes a
 * reader download before they touch anything, gzipped. A reader on a cheap phone
 * and a slow connection gets an article in one round trip.
 */
import { describe, expect, it } from 'vitest';
import { inlineScriptsOf, pageType, pageWeight, type PageWeight } from '../../tools/lib/page-weight.mjs';
import { loaderModules } from '../../src/lib/build/module-preload';
import { sha256Source } from '../../src/lib/build/csp';
import { builtPages, DIST } from '../support/dist';

const KB = 1024;
export const BUDGETS = {
  /** An article: HTML + CSS + everything else before interaction, in about one TCP round trip. */
  articleTotal: 14 * KB,
  /** The home page, which carries more (paths, stories, the directory teaser). */
  homeTotal: 30 * KB,
  /** CSS on any page. */
  css: 15 * KB,
  /** Inline script on a page that has no island: the quick-exit handler, a few hundred bytes. */
  inlineScript: 512,
  /** The directory's own JavaScript (its island and chunks, beyond what a plain page loads): issue 12. */
  directoryScript: 10 * KB,
};

const pages = builtPages();
const weights: PageWeight[] = pages.map((p) => pageWeight(DIST, p.path));
const byType = (type: string) => weights.filter((w) => pageType(w.path) === type);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('speed budgets', () => {
  it('finds the pages it budgets for', () => {
    expect(byType('article').length).toBeGreaterThan(4);
    expect(
      byType('home')
        .map((w) => w.path)
        .sort(),
    ).toEqual(['/en/', '/ms/']);
  });

  it.each(byType('article').map((w) => [w.path, w] as const))(
    `article %s loads ≤ ${kb(BUDGETS.articleTotal)} gzip in all`,
    (_, w) => {
      expect(w.totalGzip, `${w.path}: ${describeWeight(w)}`).toBeLessThanOrEqual(BUDGETS.articleTotal);
    },
  );

  it.each(byType('article').map((w) => [w.path, pages.find((p) => p.path === w.path)!, w] as const))(
    'article %s loads no JavaScript until the reader opens search',
    (_, page, w) => {
      expect(w.resources.filter((r) => r.kind === 'js').map((r) => r.url)).toEqual([]);
      const inline = inlineScriptsOf(page.html);
      expect(inline.join('').length, 'inline script bytes').toBeLessThanOrEqual(BUDGETS.inlineScript);
      // The inline handler fetches nothing: no import(), no fetch.
      for (const script of inline) expect(script).not.toMatch(/\bimport\s*\(|\bfetch\s*\(|XMLHttpRequest/);
    },
  );

  it.each(byType('home').map((w) => [w.path, w] as const))(
    `home %s loads ≤ ${kb(BUDGETS.homeTotal)} gzip in all`,
    (_, w) => {
      expect(w.totalGzip, `${w.path}: ${describeWeight(w)}`).toBeLessThanOrEqual(BUDGETS.homeTotal);
    },
  );

  it(`every page has ≤ ${kb(BUDGETS.css)} of CSS, gzip`, () => {
    const over = weights.filter((w) => w.cssGzip > BUDGETS.css).map((w) => `${w.path}: ${kb(w.cssGzip)}`);
    expect(over).toEqual([]);
  });

  it('island pages load their modules after the first paint, all at once, and count them', () => {
    const islandPages = pages.filter((p) => /\/(groups|search)\/$/.test(p.path));
    expect(islandPages.length).toBeGreaterThan(3);
    for (const page of islandPages) {
      // No module script or preload the browser would fetch while the HTML still streams…
      expect(page.html, page.path).not.toMatch(/<script[^>]+type="module"[^>]+src=|<link rel="modulepreload"/);
      // …but a loader, allowed by the page's policy, for the island and every chunk it imports.
      const loaders = inlineScriptsOf(page.html).flatMap((code) => (loaderModules(code).length ? [code] : []));
      expect(loaders, page.path).toHaveLength(1);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(page.html)?.[1] ?? '';
      expect(policy, page.path).toContain(sha256Source(loaders[0]!));
      const modules = loaderModules(loaders[0]!);
      const js = weights.find((w) => w.path === page.path)!.resources.filter((r) => r.kind === 'js');
      expect(js.map((r) => r.url).sort(), page.path).toEqual([...modules].sort());
      expect(modules.length, `${page.path}: the island and its chunks`).toBeGreaterThan(1);
    }
  });

  it.each(['/en/groups/', '/ms/groups/'])(
    `the directory %s loads ≤ ${kb(BUDGETS.directoryScript)} of its own JavaScript, gzip`,
    (path) => {
      const plain = new Set(
        weights
          .find((w) => w.path === path.replace('groups/', 'about/'))!
          .resources.filter((r) => r.kind === 'js')
          .map((r) => r.url),
      );
      const own = weights.find((w) => w.path === path)!.resources.filter((r) => r.kind === 'js' && !plain.has(r.url));
      expect(own.length, 'the island and its chunks').toBeGreaterThan(1);
      const total = own.reduce((sum, r) => sum + r.gzip, 0);
      expect(total, own.map((r) => `${r.url} ${kb(r.gzip)}`).join(', ')).toBeLessThanOrEqual(BUDGETS.directoryScript);
    },
  );

  it('every file a page loads exists, on the site’s own origin', () => {
    const problems = weights.flatMap((w) => [
      ...w.resources.filter((r) => r.missing).map((r) => `${w.path}: missing ${r.url}`),
      ...w.otherOrigins.map((url) => `${w.path}: loads ${url} from another origin`),
    ]);
    expect(problems).toEqual([]);
  });
});

function describeWeight(w: PageWeight) {
  return [`HTML ${kb(w.htmlGzip)}`, ...w.resources.map((r) => `${r.url} ${kb(r.gzip)}`)].join(', ');
}
