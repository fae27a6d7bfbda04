/**
 * `npm run check:content`: every way a content file can be wrong, found before the
 * build and explained to an editor with the file, the line or field, and the fix.
 * Pure: it takes file paths and texts, so tests run it on fixtures.
 */
import type { z } from 'astro/zod';
import { LOCALE_NAMES_EN, LOCALES, otherLocale, type Locale } from '../../src/i18n/locales';
import {
  ENTRY_COLLECTIONS,
  GROUP_COLLECTION,
  LIST_COLLECTIONS,
  type EntryCollection,
  type ListCollection,
} from '../../src/lib/content/collections';
import { SECTIONS, SLUG_PATTERN, type Section } from '../../src/lib/content/schemas';
import { foldAccents } from '../../src/lib/text';
import { mdxSyntaxIssue, scanBody, type Found, type MdxSyntaxError } from './body';
import { fieldIssues } from './fields';
import { dataIssues, feedIssues, reservedNameIssue, textIssues } from './hardening';
import { holidayYearIssues } from './holidays';
import { sortIssues, type Issue } from './issues';
import { didYouMean } from './suggest';
import { checkLink, siteRoutes, type EntryRef } from './routes';
import { locate, parseMdx, parseYaml, type YamlSource } from './source';

export { countIssues, formatIssue, location, sortIssues, type Issue, type Severity } from './issues';

export interface ContentFile {
  /** Path inside the content folder, with forward slashes: `stories/en/hakim.mdx`. */
  path: string;
  /** The text, for text files (images and other binary files have none). */
  text?: string | undefined;
}

export interface CheckInput {
  files: readonly ContentFile[];
  /** Files under `src/pages/`, relative to it. */
  pageFiles: readonly string[];
  /** Files under `public/`, relative to it. */
  publicFiles: readonly string[];
  /**
   * The build's own MDX compiler, run on a body: the first syntax error, if any.
   * Optional so the checks also run where it is not available.
   */
  mdxSyntax?: ((body: string) => MdxSyntaxError | undefined) | undefined;
  /** Today, for checks that look ahead (holidays for next year); the real clock when left out. */
  now?: Date | undefined;
}

export type { EntryCollection, ListCollection };

/** A content file that could be read, with its data (validated when `valid`). */
export interface CheckedEntry {
  collection: EntryCollection | 'groups';
  file: string;
  /** Undefined for groups: both languages live in one file. */
  locale?: Locale | undefined;
  slug: string;
  data: Record<string, unknown>;
  valid: boolean;
}

export interface CheckResult {
  issues: Issue[];
  entries: CheckedEntry[];
}

/** The schema of each collection, from the site's one collections map. */
export const ENTRY_SCHEMAS: Record<EntryCollection, z.ZodType> = {
  articles: ENTRY_COLLECTIONS.articles.schema,
  stories: ENTRY_COLLECTIONS.stories.schema,
  pages: ENTRY_COLLECTIONS.pages.schema,
};
const LIST_SCHEMAS: Record<ListCollection, z.ZodType> = LIST_COLLECTIONS;
const LIST_FILE = new RegExp(`^(${Object.keys(LIST_COLLECTIONS).join('|')})\\.yaml$`);

export const LOCALE_NAMES = LOCALE_NAMES_EN;

type Placement =
  | { kind: 'entry'; collection: EntryCollection; locale: Locale; slug: string; mdx: boolean }
  | { kind: 'group'; slug: string }
  | { kind: 'list'; collection: ListCollection }
  | { kind: 'misplaced'; issue: Omit<Issue, 'file'> }
  | { kind: 'skip' };

const ASSET = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/**
 * A file name turned into a good page address: lower case, words joined by hyphens.
 * @example kebab('Hari Raya_Story') // 'hari-raya-story'
 */
export function kebab(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a path inside the content folder is, by where it sits. */
export function placementOf(path: string): Placement {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (name.startsWith('.')) return { kind: 'skip' };
  const [top] = parts;
  if (top === 'articles' || top === 'stories' || top === 'pages') {
    const page = /\.(mdx|md)$/.exec(name);
    if (!page) {
      if (ASSET.test(name)) return { kind: 'skip' };
      return {
        kind: 'misplaced',
        issue: {
          severity: 'warning',
          message: `The site does not read this file: pages are .mdx files. Rename it to end in .mdx, or move it out of ${top}/.`,
        },
      };
    }
    const locale = parts[1];
    const folders = LOCALES.map((l) => `${top}/${l}/`).join(' or ');
    if (parts.length === 2) {
      return {
        kind: 'misplaced',
        issue: { severity: 'error', message: `This file is not in a language folder. Move it into ${folders}.` },
      };
    }
    if (!(LOCALES as readonly string[]).includes(locale ?? '')) {
      return {
        kind: 'misplaced',
        issue: { severity: 'error', message: `"${locale}" is not a language folder. Move the file into ${folders}.` },
      };
    }
    if (parts.length > 3) {
      return {
        kind: 'misplaced',
        issue: {
          severity: 'error',
          message: `Pages cannot sit in a subfolder. Move the file up into ${top}/${locale}/ (the section is set by section: in the front matter).`,
        },
      };
    }
    return {
      kind: 'entry',
      collection: top,
      locale: locale as Locale,
      slug: name.slice(0, -page[0].length),
      mdx: page[1] === 'mdx',
    };
  }
  if (top === 'groups') {
    const yaml = /\.ya?ml$/.exec(name);
    if (parts.length > 2) {
      return {
        kind: 'misplaced',
        issue: {
          severity: 'warning',
          message: 'The site does not read subfolders of groups/. Move the file up into groups/.',
        },
      };
    }
    if (!yaml) {
      return {
        kind: 'misplaced',
        issue: {
          severity: 'warning',
          message: 'The site does not read this file: each group is a .yaml file in groups/.',
        },
      };
    }
    return { kind: 'group', slug: name.slice(0, -yaml[0].length) };
  }
  if (parts.length === 1 && LIST_FILE.test(name)) {
    return { kind: 'list', collection: name.replace('.yaml', '') as ListCollection };
  }
  return { kind: 'skip' };
}

const TODO = /\bTODO\b/;

/** Placeholder text the scaffolder wrote (`TODO`) and nobody replaced yet. */
function placeholderIssues(file: string, text: string, draft: boolean | undefined): Issue[] {
  const lines = text.split(/\r?\n/).flatMap((line, i) => (TODO.test(line) ? [i + 1] : []));
  if (lines.length === 0) return [];
  const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
  if (draft === true) {
    return [
      {
        severity: 'warning',
        file,
        line: lines[0],
        message: `This draft still has placeholder text (TODO) on ${where}. It stays off the site until you replace every TODO and set draft: false.`,
      },
    ];
  }
  const keepOff = draft === false ? ', or set draft: true to keep the page off the site for now' : '';
  return [
    {
      severity: 'error',
      file,
      line: lines[0],
      message: `Placeholder text (TODO) is still on ${where}. Replace each TODO with the real information and delete the word TODO${keepOff}.`,
    },
  ];
}

interface Readable {
  file: string;
  placement: Extract<Placement, { kind: 'entry' | 'group' | 'list' }>;
  source: YamlSource;
  data: unknown;
  valid: boolean;
  body?: { text: string; line: number; mdx: boolean };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads and checks each file on its own: placement, name, syntax, fields, placeholders. */
function checkFile(file: ContentFile, issues: Issue[]): Readable | undefined {
  const placement = placementOf(file.path);
  if (placement.kind === 'skip') return undefined;
  if (placement.kind === 'misplaced') {
    issues.push({ ...placement.issue, file: file.path });
    return undefined;
  }
  if ((placement.kind === 'entry' || placement.kind === 'group') && !SLUG_PATTERN.test(placement.slug)) {
    const better = kebab(placement.slug) || 'a-name-in-plain-words';
    const extension = file.path.slice(file.path.lastIndexOf('.'));
    issues.push({
      severity: 'error',
      file: file.path,
      message: `The file name "${placement.slug}" is also the page address, so it may use only lower-case letters, digits and hyphens. Rename the file to "${better}${extension}".`,
    });
  }
  if (placement.kind === 'entry' || placement.kind === 'group') {
    const reserved = reservedNameIssue(file.path, placement.slug);
    if (reserved) issues.push(reserved);
  }
  const text = file.text ?? '';
  issues.push(...textIssues(file.path, text));
  let source: YamlSource;
  let body: Readable['body'];
  if (placement.kind === 'entry') {
    const parsed = parseMdx(file.path, text);
    issues.push(...parsed.issues);
    if (!parsed.ok) return undefined;
    source = parsed.source.frontMatter;
    body = { text: parsed.source.body, line: parsed.source.bodyLine, mdx: placement.mdx };
  } else {
    const parsed = parseYaml(file.path, text);
    issues.push(...parsed.issues);
    if (!parsed.ok) return undefined;
    source = parsed.source;
    if (source.data === null || source.data === undefined) {
      issues.push({
        severity: 'error',
        file: file.path,
        message: 'The file is empty. Start from `npm run new -- group "Name"`, or copy a group file that works.',
      });
      return undefined;
    }
  }

  const impossible = dataIssues(file.path, source);
  issues.push(...impossible);
  let valid: boolean;
  let data: unknown = source.data;
  if (placement.kind === 'list') {
    const schema = LIST_SCHEMAS[placement.collection];
    if (!Array.isArray(source.data)) {
      issues.push({
        severity: 'error',
        file: file.path,
        message:
          'This file must be a list: each item starts with "- " at the beginning of a line. Compare it with the example at the top of the file.',
      });
      return undefined;
    }
    const before = issues.length;
    const items: unknown[] = source.data;
    items.forEach((item, i) => {
      issues.push(...fieldIssues(file.path, schema, source, item, [i]));
    });
    valid = issues.length === before;
  } else {
    const schema = placement.kind === 'group' ? GROUP_COLLECTION.schema : ENTRY_SCHEMAS[placement.collection];
    if (placement.kind === 'group' && (typeof source.data !== 'object' || Array.isArray(source.data))) {
      issues.push({
        severity: 'error',
        file: file.path,
        message:
          'A group file is a set of "field: value" lines (name:, kind:, …), not a list. Start from `npm run new -- group "Name"`.',
      });
      return undefined;
    }
    const problems = fieldIssues(file.path, schema, source);
    issues.push(...problems);
    valid = problems.length === 0 && impossible.length === 0;
    if (valid) data = schema.parse(source.data);
  }

  // Articles and stories can wait as drafts; pages, groups and lists are always on the site.
  const draft =
    placement.kind === 'entry' && placement.collection !== 'pages' ? asRecord(source.data).draft === true : undefined;
  issues.push(...placeholderIssues(file.path, text, draft));
  return { file: file.path, placement, source, data, valid, ...(body ? { body } : {}) };
}

/** The address an entry is published at (in its own locale). */
function ownPath(collection: EntryCollection, locale: Locale, slug: string, section: unknown): string {
  if (collection === 'stories') return `/${locale}/stories/${slug}/`;
  if (collection === 'pages') return `/${locale}/${slug}/`;
  return `/${locale}/${(SECTIONS as readonly unknown[]).includes(section) ? String(section) : 'learn'}/${slug}/`;
}

/** Two files that would get the same address (e.g. `Relapse.mdx` and `relapse.mdx`). */
function duplicateIssues(readable: readonly Readable[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const r of readable) {
    const p = r.placement;
    if (p.kind === 'list') continue;
    const key =
      p.kind === 'entry' ? `${p.collection}/${p.locale}/${p.slug.toLowerCase()}` : `groups/${p.slug.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r.file);
      continue;
    }
    const what =
      p.kind === 'group' ? `The group id "${p.slug.toLowerCase()}"` : `The page address "${p.slug.toLowerCase()}"`;
    issues.push({
      severity: 'error',
      file: r.file,
      message: `${what} is used twice: by ${first} and by this file (capital letters do not count, so they would overwrite each other). Rename one of them.`,
    });
  }
  for (const r of readable) {
    if (r.placement.kind !== 'list' || !Array.isArray(r.data)) continue;
    const ids = new Map<string, number>();
    r.data.forEach((item, i) => {
      const id = asRecord(item).id;
      if (typeof id !== 'string') return;
      const earlier = ids.get(id.toLowerCase());
      if (earlier === undefined) ids.set(id.toLowerCase(), i);
      else {
        issues.push({
          severity: 'error',
          file: r.file,
          line: locate(r.source, [i, 'id']).line,
          field: `[${i + 1}].id`,
          message: `The id "${id}" is already used by item ${earlier + 1}. Each item needs its own id.`,
        });
      }
    });
  }
  const names = new Map<string, string>();
  for (const r of readable) {
    if (r.placement.kind !== 'group') continue;
    const name = asRecord(asRecord(r.data).name).en;
    if (typeof name !== 'string') continue;
    const first = names.get(name.toLowerCase());
    if (first) {
      issues.push({
        severity: 'warning',
        file: r.file,
        line: locate(r.source, ['name']).line,
        field: 'name',
        message: `${first} has the same English name, "${name}". If this is a copy, give the group its own name so families can tell them apart.`,
      });
    } else names.set(name.toLowerCase(), r.file);
  }
  return issues;
}

/**
 * Translation rules (docs/editing.md, "Translate a page"): a page and its translation
 * share a file name in the two language folders. A file marked `translationOf` must
 * have that original; an article and its translation share a section; a published
 * page without a translation is only a warning (readers get it under a notice).
 */
function translationIssues(readable: readonly Readable[], paths: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  // A counterpart that exists but cannot be read has its own error; it is not "missing".
  // A Set and a Map, not a search per entry: the check stays linear at thousands of pages.
  const pathSet = new Set(paths);
  const exists = (collection: string, locale: Locale, slug: string) =>
    pathSet.has(`${collection}/${locale}/${slug}.mdx`) || pathSet.has(`${collection}/${locale}/${slug}.md`);
  const entries = readable.filter(
    (r): r is Readable & { placement: Extract<Placement, { kind: 'entry' }> } => r.placement.kind === 'entry',
  );
  const key = (collection: string, locale: Locale, slug: string) => `${collection}/${locale}/${slug}`;
  const byKey = new Map<string, (typeof entries)[number]>();
  // The first entry at a key wins, as `entries.find` did.
  for (const e of entries) {
    const k = key(e.placement.collection, e.placement.locale, e.placement.slug);
    if (!byKey.has(k)) byKey.set(k, e);
  }
  const find = (collection: string, locale: Locale, slug: string) => byKey.get(key(collection, locale, slug));
  for (const entry of entries) {
    const { collection, locale, slug } = entry.placement;
    const data = asRecord(entry.source.data);
    const other = otherLocale(locale);
    const counterpart = find(collection, other, slug);
    const counterpartPath = `${collection}/${other}/${slug}.mdx`;
    const translationOf = data.translationOf;
    const line = locate(entry.source, ['translationOf']).line;
    if (translationOf === locale) {
      issues.push({
        severity: 'error',
        file: entry.file,
        line,
        field: 'translationOf',
        message: `translationOf: ${locale} says this file translates itself. Write the language of the original (${other}), or remove the line if this file is the original.`,
      });
    } else if (translationOf === other && !exists(collection, other, slug)) {
      issues.push({
        severity: 'error',
        file: entry.file,
        line,
        field: 'translationOf',
        message: `This file is marked as a translation of the ${LOCALE_NAMES[other]} page (translationOf: ${other}), but there is no ${counterpartPath}. A translation has the same file name as its original: rename this file to match the original, or remove the translationOf line if this is an original page.`,
      });
    } else if (!exists(collection, other, slug) && data.draft !== true && translationOf === undefined) {
      issues.push({
        severity: 'warning',
        file: entry.file,
        message: `There is no ${LOCALE_NAMES[other]} version (${counterpartPath}). Until there is, the ${LOCALE_NAMES[other]} site shows this page in ${LOCALE_NAMES[locale]}, under a notice. See "Translate a page" in docs/editing.md.`,
      });
    }
    if (collection === 'articles' && counterpart) {
      const section = data.section;
      const otherSection = asRecord(counterpart.source.data).section;
      const isOriginal =
        translationOf === undefined && (asRecord(counterpart.source.data).translationOf === locale || locale === 'ms');
      if (typeof section === 'string' && typeof otherSection === 'string' && section !== otherSection && !isOriginal) {
        issues.push({
          severity: 'error',
          file: entry.file,
          line: locate(entry.source, ['section']).line,
          field: 'section',
          message: `The section here is "${section}", but the ${LOCALE_NAMES[other]} version (${counterpart.file}) says "${otherSection}". A page and its translation must be in the same section, or the language switch leads to a missing page. Use section: ${otherSection} in both files (or change both).`,
        });
      }
    }
  }
  return issues;
}

/**
 * A story's `guide:` names an article by its file name, for the story's "next steps" box. One
 * that names no article is an error (the box would quietly offer another guide); one with no
 * published version in the story's language (only the other language's, or a draft) is a
 * warning: those readers get another guide until it has.
 */
function guideIssues(readable: readonly Readable[]): Issue[] {
  const articles = entryRefs(readable, 'articles');
  const slugs = [...new Set(articles.map((a) => a.slug))];
  const issues: Issue[] = [];
  for (const r of readable) {
    if (r.placement.kind !== 'entry' || r.placement.collection !== 'stories') continue;
    const guide = asRecord(r.source.data).guide;
    if (typeof guide !== 'string') continue;
    const at = { file: r.file, line: locate(r.source, ['guide']).line, field: 'guide' };
    const { locale } = r.placement;
    if (!slugs.includes(guide)) {
      issues.push({
        severity: 'error',
        ...at,
        message: `There is no article "${guide}" (content/articles/<language>/${guide}.mdx).${didYouMean(guide, slugs)} Write the file name of the article the story points to, or remove the line.`,
      });
    } else {
      const here = articles.find((a) => a.slug === guide && a.locale === locale);
      if (here?.draft !== false) {
        const language = LOCALE_NAMES_EN[locale];
        const [state, until] = here
          ? [`is still a draft in ${language}`, 'it is published']
          : [`has no ${language} version yet`, 'it has'];
        issues.push({
          severity: 'warning',
          ...at,
          message: `The article "${guide}" ${state}, so this story's "next steps" offer another guide until ${until}.`,
        });
      }
    }
  }
  return issues;
}

/** Every readable entry of a collection: its language, file name, draft flag and (articles) section. */
function entryRefs(readable: readonly Readable[], collection: EntryCollection): EntryRef[] {
  return readable.flatMap((r) => {
    if (r.placement.kind !== 'entry' || r.placement.collection !== collection) return [];
    const data = asRecord(r.source.data);
    const section = (SECTIONS as readonly unknown[]).includes(data.section) ? (data.section as Section) : undefined;
    return [{ locale: r.placement.locale, slug: r.placement.slug, draft: data.draft === true, section }];
  });
}

/** Links, images and helpline cards, checked against the whole site. */
function referenceIssues(readable: readonly Readable[], input: CheckInput): Issue[] {
  // A file that cannot be read still has an address (its own error explains the problem),
  // so links to it are not reported as broken too.
  const placements = input.files.map((f) => placementOf(f.path));
  const unreadable = placements.filter(
    (p): p is Extract<Placement, { kind: 'entry' }> =>
      p.kind === 'entry' &&
      !readable.some(
        (r) =>
          r.placement.kind === 'entry' &&
          r.placement.collection === p.collection &&
          r.placement.locale === p.locale &&
          r.placement.slug === p.slug,
      ),
  );
  const routes = siteRoutes({
    articles: entryRefs(readable, 'articles'),
    stories: [
      ...entryRefs(readable, 'stories'),
      ...unreadable
        .filter((p) => p.collection === 'stories')
        .map((p) => ({ locale: p.locale, slug: p.slug, draft: false })),
    ],
    groups: placements.flatMap((p) => (p.kind === 'group' ? [p.slug] : [])),
    pageFiles: input.pageFiles,
    publicFiles: input.publicFiles,
  });
  for (const p of unreadable.filter((u) => u.collection === 'articles')) {
    for (const locale of LOCALES)
      routes.patterns.push(new RegExp(`^/${locale}/[^/]+/${p.slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/$`));
  }
  const helplines = readable.find((r) => r.placement.kind === 'list' && r.placement.collection === 'helplines');
  const helplineIds = Array.isArray(helplines?.source.data)
    ? helplines.source.data.map((h) => String(asRecord(h).id))
    : undefined;
  const contentPaths = new Set(input.files.map((f) => f.path));

  const issues: Issue[] = [];
  for (const r of readable) {
    if (r.placement.kind !== 'entry' || !r.body) continue;
    const { collection, locale, slug } = r.placement;
    const data = asRecord(r.source.data);
    const published = data.draft !== true;
    const from = ownPath(collection, locale, slug, data.section);
    const found = scanBody(r.file, r.body.text, r.body.line, r.body.mdx, r.body.mdx && collection !== 'pages');
    issues.push(...found.issues);
    // The tree read, so only what the compiler alone finds is left (it stops at the first).
    const syntax = r.body.mdx && !found.unreadable ? input.mdxSyntax?.(r.body.text) : undefined;
    if (syntax) issues.push(mdxSyntaxIssue(r.file, r.body.line, syntax));
    for (const link of found.links) {
      const verdict = checkLink(link.value, from, locale, published, routes);
      if (!verdict.ok) {
        issues.push({
          severity: published ? 'error' : 'warning',
          file: r.file,
          line: link.line,
          column: link.column,
          message: verdict.message,
        });
      } else if (verdict.warning) {
        issues.push({
          severity: 'warning',
          file: r.file,
          line: link.line,
          column: link.column,
          message: verdict.warning,
        });
      }
    }
    for (const image of found.images) issues.push(...imageIssues(r.file, image, contentPaths, input.publicFiles));
    if (helplineIds) {
      for (const card of found.helplines) {
        if (!helplineIds.includes(card.value)) {
          issues.push({
            severity: 'error',
            file: r.file,
            line: card.line,
            column: card.column,
            message: `There is no helpline with id "${card.value}" in helplines.yaml.${didYouMeanId(card.value, helplineIds)} The ids are: ${helplineIds.join(', ')}.`,
          });
        }
      }
    }
  }
  return issues;
}

function didYouMeanId(id: string, ids: readonly string[]): string {
  const near = ids.filter((candidate) => candidate.includes(id) || id.includes(candidate));
  return near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

function imageIssues(
  file: string,
  image: Found,
  contentPaths: ReadonlySet<string>,
  publicFiles: readonly string[],
): Issue[] {
  const src = image.value.split(/[?#]/)[0] ?? '';
  if (src === '' || /^(https?:|data:)|^\/\//i.test(src)) return [];
  if (src.startsWith('/')) {
    if (publicFiles.includes(decodeURI(src.slice(1)))) return [];
    return [
      {
        severity: 'error',
        file,
        line: image.line,
        column: image.column,
        message: `The image ${src} does not exist. Put the file in public${src} (or fix the path).`,
      },
    ];
  }
  const base = file.split('/').slice(0, -1);
  const resolved = new URL(src, `https://site.invalid/${base.join('/')}/`).pathname.slice(1);
  if (contentPaths.has(decodeURI(resolved))) return [];
  return [
    {
      severity: 'error',
      file,
      line: image.line,
      column: image.column,
      message: `The image ${src} does not exist next to this file (looked for ${resolved}). Check the file name and its folder.`,
    },
  ];
}

/** Checks every content file, alone and against each other. */
export function checkContent(input: CheckInput): CheckResult {
  const issues: Issue[] = [];
  const readable: Readable[] = [];
  for (const file of input.files) {
    const r = checkFile(file, issues);
    if (r) readable.push(r);
  }
  issues.push(
    ...duplicateIssues(readable),
    ...translationIssues(
      readable,
      input.files.map((f) => f.path),
    ),
    ...referenceIssues(readable, input),
    ...guideIssues(readable),
    ...feedIssues(
      readable.flatMap((r) =>
        r.placement.kind === 'group' && r.valid
          ? [{ file: r.file, id: r.placement.slug, data: r.data, source: r.source }]
          : [],
      ),
    ),
    ...readable.flatMap((r) =>
      r.placement.kind === 'list' && r.placement.collection === 'holidays' && Array.isArray(r.source.data)
        ? holidayYearIssues(r.file, r.source.data, input.now ?? new Date())
        : [],
    ),
  );
  const entries: CheckedEntry[] = readable.flatMap((r) => {
    const p = r.placement;
    if (p.kind === 'list') return [];
    return [
      {
        collection: p.kind === 'group' ? 'groups' : p.collection,
        file: r.file,
        locale: p.kind === 'entry' ? p.locale : undefined,
        slug: p.slug,
        data: asRecord(r.data),
        valid: r.valid,
      },
    ];
  });
  return { issues: sortIssues(issues), entries };
}
