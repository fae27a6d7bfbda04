// @ts-check
/**
 * The file-system side of the editor scripts: where the content is, and reading it
 * into the plain `{ path, text }` lists that `tools/content-check` works on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is in tools/lib/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The content folder: CONTENT_DIR when set (as src/content.config.ts reads it), else content/. */
export function contentDir() {
  return resolve(repoRoot, process.env.CONTENT_DIR ?? 'content');
}

/**
 * How to show a folder to the person at the terminal: relative to where they are, when inside it.
 * @param {string} path
 */
export function shownPath(path) {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split(sep).join('/');
}

/**
 * Every file below `dir`, as paths relative to it with forward slashes.
 * @param {string} dir
 */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((p) => !p.split('/').some((part) => part === 'node_modules' || part === '.git'))
    .sort();
}

const TEXT = /\.(mdx?|ya?ml)$/i;

/** The input for `checkContent`: content files (with text where it is text), page files and public files. */
export function readSite(dir = contentDir()) {
  const files = listFiles(dir).map((path) => ({
    path,
    text: TEXT.test(path) ? readFileSync(join(dir, path), 'utf8') : undefined,
  }));
  return {
    files,
    pageFiles: listFiles(join(repoRoot, 'src', 'pages')),
    publicFiles: listFiles(join(repoRoot, 'public')),
  };
}

/** The files of public/, with the text of each SVG (the only type there that can hold code). */
export function readPublic(dir = join(repoRoot, 'public')) {
  return listFiles(dir).map((path) => ({
    path,
    text: /\.svg$/i.test(path) ? readFileSync(join(dir, path), 'utf8') : undefined,
  }));
}

/**
 * The content folder read for a command, or a plain message and exit 1 when it
 * holds nothing (run from the wrong folder, or a CONTENT_DIR typo).
 */
export function readSiteOrExit(dir = contentDir()) {
  const site = readSite(dir);
  if (site.files.length === 0) {
    console.error(
      `No content found in ${dir}. Run this from the project folder, or set CONTENT_DIR to the content folder.`,
    );
    process.exit(1);
  }
  return site;
}
