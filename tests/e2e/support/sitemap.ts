/**
 * The pages a crawl visits, read from the build on disk (dist/, or OUT_DIR) when the
 * test file loads, so every page added to the site is crawled without editing a test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const BUILD_DIR = resolve(process.env.OUT_DIR ?? 'dist');

function requireBuild() {
  if (!existsSync(join(BUILD_DIR, 'sitemap-index.xml'))) {
    throw new Error(`No built site with a sitemap in ${BUILD_DIR}: run "npm run build" first`);
  }
}

/** The path of every URL in the sitemap (following the sitemap index). */
export function sitemapPaths(): string[] {
  requireBuild();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const index = readFileSync(join(BUILD_DIR, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => {
    const file = join(BUILD_DIR, new URL(sitemap).pathname);
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The path of every built HTML page, sitemap or not (entry page, fallbacks, 404), Pagefind's
 * files and the browser editor (/admin/, not a page of the site: tests/e2e/admin.spec.ts) aside.
 */
export function builtPagePaths(): string[] {
  requireBuild();
  return walk(BUILD_DIR)
    .filter(
      (f) =>
        f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && !relative(BUILD_DIR, f).startsWith(`admin${sep}`),
    )
    .map((f) => relative(BUILD_DIR, f).split(sep).join('/'))
    .map((rel) =>
      rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`,
    )
    .sort();
}
