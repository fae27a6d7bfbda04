import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
} from './lib/content/schemas';
import { LOCALES } from './i18n/locales';

// Content lives at the repository root. CONTENT_DIR points elsewhere (the benchmark's generated content).
const root = process.env.CONTENT_DIR ?? './content';

// One folder per locale, from the one locale list: `{ms,en}`.
const localeFolders = `{${LOCALES.join(',')}}`;

// Entry ids keep the locale folder: `en/what-is-peer-support`. `src/i18n/paths.ts` splits them.
const articles = defineCollection({
  loader: glob({ pattern: `${localeFolders}/**/*.{md,mdx}`, base: `${root}/articles` }),
  schema: articleSchema,
});

const stories = defineCollection({
  loader: glob({ pattern: `${localeFolders}/**/*.{md,mdx}`, base: `${root}/stories` }),
  schema: storySchema,
});

// Standing pages (about, quick exit): prose an editor owns, at fixed URLs.
const pages = defineCollection({
  loader: glob({ pattern: `${localeFolders}/*.{md,mdx}`, base: `${root}/pages` }),
  schema: pageSchema,
});

const groups = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/groups` }),
  schema: groupSchema,
});

const helplines = defineCollection({ loader: file(`${root}/helplines.yaml`), schema: helplineSchema });
const glossary = defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossarySchema });
const places = defineCollection({ loader: file(`${root}/places.yaml`), schema: placeSchema });
const services = defineCollection({ loader: file(`${root}/services.yaml`), schema: serviceSchema });
const holidays = defineCollection({ loader: file(`${root}/holidays.yaml`), schema: holidaySchema });

export const collections = { articles, stories, pages, groups, helplines, glossary, places, services, holidays };
