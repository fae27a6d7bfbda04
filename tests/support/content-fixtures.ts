/**
 * Loads a bad-content fixture: the valid base tree (tests/fixtures/bad-content/_base)
 * with the fixture's own files laid over it, as `checkContent` input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheckInput, ContentFile } from '../../tools/content-check/index';

export const FIXTURES = new URL('../fixtures/bad-content/', import.meta.url).pathname;

function filesIn(dir: string): ContentFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return { path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') };
    });
}

/** The site's page files as the foundation defines them (fixed here, so tests do not follow other work). */
export const PAGE_FILES = [
  '404.astro',
  'index.astro',
  '[locale]/index.astro',
  '[locale]/about.astro',
  '[locale]/glossary.astro',
  '[locale]/quick-exit.astro',
  '[locale]/search.astro',
  '[locale]/help/index.astro',
  '[locale]/[section]/index.astro',
  '[locale]/[section]/[slug].astro',
  '[locale]/stories/index.astro',
  '[locale]/stories/[slug].astro',
  '[locale]/groups/index.astro',
  '[locale]/groups/[id].astro',
];

/** The names of every fixture (each a folder), without the base. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== '_base')
    .map((d) => d.name)
    .sort();
}

/** The base tree with the fixture's files replacing or adding to it. */
export function fixtureInput(name: string | undefined, mdxSyntax?: CheckInput['mdxSyntax']): CheckInput {
  const files = new Map(filesIn(join(FIXTURES, '_base')).map((f) => [f.path, f]));
  if (name) for (const f of filesIn(join(FIXTURES, name))) files.set(f.path, f);
  return {
    files: [...files.values()],
    pageFiles: PAGE_FILES,
    publicFiles: ['images/bench.svg', 'favicon.svg'],
    mdxSyntax,
  };
}

export const HOSTILE = new URL('../fixtures/hostile/', import.meta.url).pathname;

/** Every hostile fixture, as a path inside tests/fixtures/hostile/ (`urls/javascript-link.mdx`). */
export function hostileNames(): string[] {
  return readdirSync(HOSTILE, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(HOSTILE, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/**
 * Where a hostile fixture goes in the base tree: an `.mdx` replaces the English base
 * article (an `index.mdx` keeps its name, which is the point), an `.md` takes its place,
 * a `.yaml` replaces the base group. (public/ fixtures are checked by `checkPublic`.)
 */
export function hostileInput(name: string): CheckInput {
  const input = fixtureInput(undefined);
  const text = readFileSync(join(HOSTILE, name), 'utf8');
  const file = name.split('/').at(-1)!;
  const ext = file.slice(file.lastIndexOf('.'));
  const target =
    ext === '.yaml'
      ? 'groups/base-group.yaml'
      : file === 'index.mdx'
        ? 'articles/en/index.mdx'
        : `articles/en/base-article${ext}`;
  // An .md article takes the place of the .mdx one (two files cannot share an address).
  const files = input.files.filter((f) => f.path !== 'articles/en/base-article.mdx' || ext !== '.md');
  return { ...input, files: [...files.filter((f) => f.path !== target), { path: target, text }] };
}
