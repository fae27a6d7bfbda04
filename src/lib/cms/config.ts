/**
 * The browser editor's configuration (Decap CMS, served at /admin/), GENERATED from the
 * zod schemas that `npm run check:content` uses: the editor asks for exactly the fields a
 * content file must have, with the same required fields, choices, patterns and limits,
 * so a schema change reaches the editor without anyone editing the CMS by hand.
 * ./overlay.ts adds only the words (labels and help in Malay and English) and widgets.
 * What a schema checks in code (a refinement: mukim in its district, coordinates for an
 * in-person group…) the editor cannot check; `npm run check:content` in CI still does.
 */
import { z } from 'astro/zod';
import { articleSchema, groupSchema, LOCALES, storySchema } from '../content/schemas';
import { ARTICLE_OVERLAY, GROUP_OVERLAY, STORY_OVERLAY, type CollectionOverlay, type FieldOverlay } from './overlay';

/** A JSON Schema node, as zod writes it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod's JSON Schema output is walked by key, untyped
type Json = { [key: string]: any };

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  step?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  modes?: string[];
  collapsed?: boolean;
  summary?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: true;
  slug: string;
  identifier_field?: string;
  summary: string;
  i18n?: true;
  editor: { preview: boolean };
  fields: CmsField[];
}

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** Two words joined the way every label and hint in the editor shows them. */
export const words = (w: { ms: string; en: string }, between = ' · ') => `${w.ms}${between}${w.en}`;

export function jsonSchemaOf(schema: z.ZodType): Json {
  // `input`: what a file may say (a default makes a field optional there); a date is a
  // string or a Date, and a Date has no JSON Schema form, hence `unrepresentable: 'any'`.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
}

const choicesOf = (s: Json): string[] | undefined => s.enum ?? (s.const !== undefined ? [s.const] : undefined);

/**
 * One object from a union or intersection of objects (a story that is `composite` or
 * `personal`, say): every branch's fields, each required only when every branch requires
 * it, and a field's choices the union of the branches' choices. Which branch needs what
 * is then the job of the save check (./hooks.js) and of `npm run check:content`.
 */
export function flattenObject(s: Json): Json {
  const branches: Json[] | undefined = s.anyOf ?? s.oneOf ?? s.allOf;
  if (!branches || s.type === 'object') return s;
  const objects = branches.map(flattenObject).filter((b) => b.type === 'object');
  if (objects.length === 0) return s;
  const all = Boolean(s.allOf);
  const properties: Record<string, Json> = {};
  for (const b of objects) {
    for (const [key, prop] of Object.entries<Json>(b.properties ?? {})) {
      const prev = properties[key];
      const a = prev && choicesOf(prev);
      const c = choicesOf(prop);
      properties[key] =
        prev && a && c ? { ...prev, const: undefined, enum: [...new Set([...a, ...c])] } : (prev ?? prop);
    }
  }
  const required = Object.keys(properties).filter((k) =>
    all ? objects.some((b) => b.required?.includes(k)) : objects.every((b) => b.required?.includes(k)),
  );
  return { type: 'object', properties, required };
}

/** The node without its "or null" / "or anything (a Date)" branches, and whether null was one. */
function core(prop: Json): { node: Json; nullable: boolean } {
  const branches: Json[] | undefined = prop.anyOf ?? prop.oneOf;
  if (!branches) return { node: prop, nullable: false };
  const nullable = branches.some((b) => b.type === 'null');
  const real = branches.filter((b) => b.type !== 'null' && Object.keys(b).length > 0);
  if (real.length === 1) return { node: { ...prop, ...real[0], anyOf: undefined, oneOf: undefined }, nullable };
  return { node: flattenObject(prop), nullable };
}

const TOO_LONG = (n: number) => `${words({ ms: `Tidak lebih ${n} aksara`, en: `at most ${n} characters` })}`;
const NOT_MATCHING = words({ ms: 'Bentuknya tidak betul', en: 'not in the expected form' });
const WEB_ADDRESS = words({ ms: 'Alamat penuh bermula dengan https://', en: 'a full address starting with https://' });
const EMAIL = words({ ms: 'Alamat e-mel, contohnya nama@example.org', en: 'an email address, e.g. name@example.org' });

function labelOf(name: string, overlay: FieldOverlay | undefined): string {
  return overlay?.label ? words(overlay.label) : name;
}

/** One editor field for one schema property. Exported for the parity test. */
export function fieldOf(name: string, prop: Json, required: boolean, overlay: FieldOverlay | undefined): CmsField {
  const { node, nullable } = core(prop);
  const field: CmsField = { name, label: labelOf(name, overlay), widget: 'string', required: required && !nullable };
  const hint = overlay?.hint ? words(overlay.hint, ' — ') : (prop.description as string | undefined);
  if (hint) field.hint = hint;
  if (node.default !== undefined) field.default = node.default;
  if (overlay?.default !== undefined) field.default = overlay.default;
  const options = (values: string[]) =>
    values.map((value) => ({ value, label: overlay?.optionLabel ? overlay.optionLabel(value) : value }));

  const choices = choicesOf(node);
  if (node.const === true) {
    // A yes-only switch (a group's Ramadan `paused: true`): on writes true; left off, the
    // save check (./hooks.js) leaves the line out, since `false` is not a value it takes.
    field.widget = 'boolean';
  } else if (choices) {
    Object.assign(field, { widget: 'select', options: options(choices) });
  } else if (node.type === 'string' && node.pattern === DATE_PATTERN) {
    // Stored as text, YYYY-MM-DD; no default, so no date appears that nobody chose.
    Object.assign(field, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
    field.default ??= '';
  } else if (node.type === 'string') {
    if (node.format === 'uri') field.pattern = ['^https?://\\S+$', WEB_ADDRESS];
    else if (node.format === 'email') field.pattern = [node.pattern ?? '^\\S+@\\S+\\.\\S+$', EMAIL];
    else if (node.pattern) field.pattern = [node.pattern, NOT_MATCHING];
    else if (node.maxLength !== undefined)
      field.pattern = [`^[\\s\\S]{0,${node.maxLength}}$`, TOO_LONG(node.maxLength)];
  } else if (node.type === 'integer' || node.type === 'number') {
    Object.assign(field, { widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float' });
    // zod writes ±2^53 as the limits of any integer; only a real limit is worth showing.
    if (node.minimum !== undefined && Math.abs(node.minimum) < Number.MAX_SAFE_INTEGER) field.min = node.minimum;
    if (node.maximum !== undefined && Math.abs(node.maximum) < Number.MAX_SAFE_INTEGER) field.max = node.maximum;
  } else if (node.type === 'boolean') {
    field.widget = 'boolean';
    field.default ??= false;
  } else if (node.type === 'array') {
    const items = core(node.items ?? {}).node;
    const itemChoices = choicesOf(items);
    if (itemChoices) Object.assign(field, { widget: 'select', multiple: true, options: options(itemChoices) });
    else if (items.type === 'object' || items.anyOf || items.allOf) {
      Object.assign(field, { widget: 'list', fields: fieldsOf(flattenObject(items), overlay?.fields ?? {}, true) });
    } else field.widget = 'list';
    if (node.minItems !== undefined) field.min = node.minItems;
    if (node.maxItems !== undefined) field.max = node.maxItems;
  } else if (node.type === 'object') {
    // Inside an optional block every field is optional too: the block is left out whole.
    Object.assign(field, { widget: 'object', fields: fieldsOf(node, overlay?.fields ?? {}, field.required) });
  }
  if (overlay?.widget) field.widget = overlay.widget;
  if (overlay?.min !== undefined) field.min = overlay.min;
  if (overlay?.max !== undefined) field.max = overlay.max;
  if (overlay?.step !== undefined) field.step = overlay.step;
  return field;
}

/** Every property of an object schema, in the schema's order. */
export function fieldsOf(schema: Json, overlay: CollectionOverlay, required = true): CmsField[] {
  const object = flattenObject(schema);
  return Object.entries<Json>(object.properties ?? {}).map(([name, prop]) =>
    fieldOf(name, prop, required && (object.required ?? []).includes(name), overlay[name]),
  );
}

/** Articles and stories: one file per language; a field is translated or the same in both. */
function withI18n(fields: CmsField[], overlay: CollectionOverlay): CmsField[] {
  // Decap takes the mode on the top-level field only; the fields inside a block follow it.
  return fields.map((f) => ({ ...f, i18n: overlay[f.name]?.translate ? true : 'duplicate' }));
}

const BODY: CmsField = {
  name: 'body',
  label: words({ ms: 'Teks', en: 'Text' }),
  widget: 'markdown',
  required: true,
  i18n: true,
  // Plain Markdown first: the rich-text mode can rewrite the site's boxes (<Callout> …).
  modes: ['raw', 'rich_text'],
  hint: words(
    {
      ms: 'Gunakan ## untuk tajuk kecil. Ayat pendek. Kotak dan kad talian bantuan: lihat docs/editing.ms.md.',
      en: 'Use ## for headings. Short sentences. Boxes and helpline cards: see docs/editing.md.',
    },
    ' — ',
  ),
};

export interface BackendOptions {
  /** `github` or `gitlab` (docs/deploy.md). */
  name?: string | undefined;
  /** `owner/name` of the repository. */
  repo?: string | undefined;
  branch?: string | undefined;
  /** The OAuth proxy's address (docs/deploy.md); GitHub's own when absent. */
  baseUrl?: string | undefined;
  /** GitLab without a proxy: `pkce` and the GitLab application's id (docs/deploy.md). */
  authType?: string | undefined;
  appId?: string | undefined;
  /** A self-hosted GitLab's API, e.g. https://git.example.org/api/v4. */
  apiRoot?: string | undefined;
}

/** The backend from the build's environment (docs/deploy.md); a placeholder repository otherwise. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  return {
    name: env.CMS_BACKEND,
    repo: env.CMS_REPO,
    branch: env.CMS_BRANCH,
    baseUrl: env.CMS_BASE_URL,
    authType: env.CMS_AUTH_TYPE,
    appId: env.CMS_APP_ID,
    apiRoot: env.CMS_API_ROOT,
  };
}

type Bilingual = { ms: string; en: string };

/**
 * A folder of MDX files, one per language side by side (articles, stories): the same
 * settings for both, only the names, the help line and the fields differ.
 */
function proseCollection(
  name: string,
  label: Bilingual,
  singular: Bilingual,
  description: Bilingual,
  fields: CmsCollection['fields'],
): CmsCollection {
  return {
    name,
    label: words(label),
    label_singular: words(singular),
    description: words(description, ' — '),
    folder: `content/${name}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    summary: '{{title}}',
    i18n: true,
    editor: { preview: false },
    fields,
  };
}

export function cmsCollections(): CmsCollection[] {
  return [
    proseCollection(
      'stories',
      { ms: 'Kisah', en: 'Stories' },
      { ms: 'Kisah', en: 'Story' },
      {
        ms: 'Kisah diterbitkan hanya dengan keizinan, dengan nama samaran. Kisah gabungan dilabelkan begitu.',
        en: 'Stories are published only with consent, under a pseudonym. Composite stories are labelled as such.',
      },
      [...withI18n(fieldsOf(jsonSchemaOf(storySchema), STORY_OVERLAY), STORY_OVERLAY), BODY],
    ),
    proseCollection(
      'articles',
      { ms: 'Artikel', en: 'Articles' },
      { ms: 'Artikel', en: 'Article' },
      { ms: 'Setiap artikel perlukan sekurang-kurangnya satu sumber.', en: 'Every article needs at least one source.' },
      [...withI18n(fieldsOf(jsonSchemaOf(articleSchema), ARTICLE_OVERLAY), ARTICLE_OVERLAY), BODY],
    ),
    {
      name: 'groups',
      label: words({ ms: 'Kumpulan', en: 'Groups' }),
      label_singular: words({ ms: 'Kumpulan', en: 'Group' }),
      description: words(
        {
          ms: 'Satu fail bagi setiap kumpulan, kedua-dua bahasa di dalamnya.',
          en: 'One file per group, both languages inside.',
        },
        ' — ',
      ),
      folder: 'content/groups',
      extension: 'yaml',
      format: 'yaml',
      create: true,
      // The file name is the group's id in its address (/ms/groups/<id>/): from the Malay name.
      slug: '{{fields.name.ms}}',
      identifier_field: 'name.ms',
      summary: '{{fields.name.ms}} — {{fields.district}}',
      editor: { preview: false },
      fields: fieldsOf(jsonSchemaOf(groupSchema), GROUP_OVERLAY),
    },
  ];
}

/** The whole configuration, as /admin/config.yml carries it. */
export function cmsConfig(backend: BackendOptions = {}): Record<string, unknown> {
  return {
    backend: {
      name: backend.name ?? 'github',
      repo: backend.repo ?? 'OWNER/REPOSITORY',
      branch: backend.branch ?? 'main',
      ...(backend.baseUrl && { base_url: backend.baseUrl }),
      ...(backend.authType && { auth_type: backend.authType }),
      ...(backend.appId && { app_id: backend.appId }),
      ...(backend.apiRoot && { api_root: backend.apiRoot }),
      squash_merges: true,
    },
    // On localhost the editor talks to `npx decap-server` instead (docs/editing.md).
    local_backend: true,
    // Every change becomes a branch and a pull request that someone reviews (docs/deploy.md).
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: LOCALES[0] },
    site_url: '/',
    display_url: '/',
    collections: cmsCollections(),
  };
}
