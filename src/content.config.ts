import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { LOCALES } from './i18n/locales';
import {
  ENTRY_COLLECTIONS,
  GROUP_COLLECTION,
  LIST_COLLECTIONS,
  type EntryCollection,
  type ListCollection,
} from './lib/content/collections';

// Content lives at the repository root. CONTENT_DIR points elsewhere (the benchmark's generated content).
const root = process.env.CONTENT_DIR ?? './content';

// One folder per locale, from the one locale list: `{ms,en}`.
const localeFolders = `{${LOCALES.join(',')}}`;

// Entry ids keep the locale folder: `en/what-is-peer-support`. `src/i18n/paths.ts` splits them.
// Standing pages (about, quick exit) sit directly in their locale folder, at fixed URLs.
// Each helper takes the map's entry itself (not a key) so every collection keeps its own schema's type.
function entries<S extends z.ZodType>(
  name: EntryCollection,
  { schema, subfolders }: { schema: S; subfolders: boolean },
) {
  const pattern = `${localeFolders}/${subfolders ? '**/' : ''}*.{md,mdx}`;
  return defineCollection({ loader: glob({ pattern, base: `${root}/${name}` }), schema });
}

function list<S extends z.ZodType>(name: ListCollection, schema: S) {
  return defineCollection({ loader: file(`${root}/${name}.yaml`), schema });
}

// The collections and their schemas are listed once, in src/lib/content/collections.ts (the content check reads it too).
export const collections = {
  articles: entries('articles', ENTRY_COLLECTIONS.articles),
  stories: entries('stories', ENTRY_COLLECTIONS.stories),
  pages: entries('pages', ENTRY_COLLECTIONS.pages),
  groups: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/${GROUP_COLLECTION.name}` }),
    schema: GROUP_COLLECTION.schema,
  }),
  helplines: list('helplines', LIST_COLLECTIONS.helplines),
  glossary: list('glossary', LIST_COLLECTIONS.glossary),
  places: list('places', LIST_COLLECTIONS.places),
  services: list('services', LIST_COLLECTIONS.services),
  holidays: list('holidays', LIST_COLLECTIONS.holidays),
};
