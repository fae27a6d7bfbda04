/**
 * Reading the built site in tests: every HTML page in dist/, parsed once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = resolve(process.env.OUT_DIR ?? 'dist');

export interface BuiltPage {
  /** The URL path, e.g. `/ms/learn/relapse/`. */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * Every built HTML page except Pagefind's own files and the browser editor (/admin/): the
 * editor is not a page of the site (no budgets, no crawl; tests/build/admin.test.ts).
 */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}: run "npm run build" first`);
  return walk(DIST)
    .filter(
      (f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && !relative(DIST, f).startsWith(`admin${sep}`),
    )
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path =
        rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, root: parse(html) };
    });
}

/** Whether a site path resolves to a built file, the way a static host serves it. */
export function existsInDist(pathname: string): boolean {
  const clean = decodeURIComponent(pathname.split('#')[0]?.split('?')[0] ?? '');
  const full = join(DIST, clean);
  return (existsSync(full) && statSync(full).isFile()) || existsSync(join(full, 'index.html'));
}
