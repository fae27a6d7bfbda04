/**
 * Every content collection, in one map: where its files sit under `content/` and the
 * schema they must match. `src/content.config.ts` builds Astro's collections from it and
 * the content check (`tools/content-check/`) reads the same files by it, so a new
 * collection is added here once. Pure: no `astro:content`, so the tools can import it.
 */
import {
  articleSchema,
  glossarySchema,
  groupSchema,
  helplineSchema,
  holidaySchema,
  pageSchema,
  placeSchema,
  serviceSchema,
  storySchema,
} from './schemas';

/**
 * Prose: `content/<name>/<locale>/…/<slug>.md(x)`. `subfolders`: whether files may sit in
 * folders below the locale folder (articles and stories) or only directly in it (pages).
 */
export const ENTRY_COLLECTIONS = {
  articles: { schema: articleSchema, subfolders: true },
  stories: { schema: storySchema, subfolders: true },
  pages: { schema: pageSchema, subfolders: false },
} as const;

/** One YAML file per group: `content/groups/<id>.yaml`. */
export const GROUP_COLLECTION = { name: 'groups', schema: groupSchema } as const;

/** Lists: one YAML file each, `content/<name>.yaml`, holding a list of items. */
export const LIST_COLLECTIONS = {
  helplines: helplineSchema,
  glossary: glossarySchema,
  places: placeSchema,
  services: serviceSchema,
  holidays: holidaySchema,
} as const;

export type EntryCollection = keyof typeof ENTRY_COLLECTIONS;
export type ListCollection = keyof typeof LIST_COLLECTIONS;
