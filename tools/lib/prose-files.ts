/**
 * Which files the content checks read: the prose (articles, stories, pages) and every file
 * whose words a reader sees (those, plus the YAML data and the UI string tables).
 * Shared by the CLIs in tools/ and the content tests in tests/unit/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { FRONT_MATTER } from './front-matter.ts';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const PROSE_COLLECTIONS = ['articles', 'stories', 'pages'] as const;
export type ProseCollection = (typeof PROSE_COLLECTIONS)[number];

export interface ProseFile {
  /** Path from the repository root, with `/`. */
  path: string;
  collection: ProseCollection;
  locale: Locale;
  slug: string;
}

function list(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}

/** Every article, story and page file, in both locales, sorted by collection, locale, slug. */
export function proseFiles(root = ROOT): ProseFile[] {
  return PROSE_COLLECTIONS.flatMap((collection) =>
    LOCALES.flatMap((locale) =>
      list(join(root, 'content', collection, locale), /\.mdx?$/).map((name) => ({
        path: `content/${collection}/${locale}/${name}`,
        collection,
        locale,
        slug: name.replace(/\.mdx?$/, ''),
      })),
    ),
  );
}

/** Every file the language check reads: prose, YAML data and the UI string tables. */
export function languageCheckedFiles(root = ROOT): string[] {
  return [
    ...proseFiles(root).map((f) => f.path),
    ...list(join(root, 'content'), /\.ya?ml$/).map((name) => `content/${name}`),
    ...list(join(root, 'content', 'groups'), /\.ya?ml$/).map((name) => `content/groups/${name}`),
    ...LOCALES.map((locale) => `src/i18n/${locale}.ts`).filter((path) => existsSync(join(root, path))),
  ];
}

/** The front matter of a Markdown/MDX file as an object ({} when there is none). */
export function frontMatter(source: string): Record<string, unknown> {
  const block = FRONT_MATTER.exec(source);
  const data: unknown = block ? parse(block[1] ?? '') : {};
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The URL path of a prose file's page, as src/pages builds it. */
export function pageUrl(file: ProseFile, section?: unknown): string {
  if (file.collection === 'articles') return `/${file.locale}/${String(section)}/${file.slug}/`;
  if (file.collection === 'stories') return `/${file.locale}/stories/${file.slug}/`;
  return `/${file.locale}/${file.slug}/`;
}
