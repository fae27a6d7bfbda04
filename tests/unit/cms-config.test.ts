/**
 * Parity between the browser editor (/admin/) and the content schemas: the editor must
 * ask for every field a file may have, require what the schema requires, and offer
 * exactly the schema's choices. The configuration is generated (src/lib/cms/config.ts),
 * so this fails when the generator drops or misreads a field a schema change brought
 * (a new kind of field, a union), or when the overlay names a field that no longer exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cmsCollections,
  cmsConfig,
  DATE_PATTERN,
  fieldsOf,
  flattenObject,
  jsonSchemaOf,
  type CmsField,
} from '../../src/lib/cms/config';
import { ARTICLE_OVERLAY, GROUP_OVERLAY, STORY_OVERLAY, type CollectionOverlay } from '../../src/lib/cms/overlay';
import { articleSchema, groupSchema, storySchema } from '../../src/lib/content/schemas';

const SCHEMAS = { stories: storySchema, articles: articleSchema, groups: groupSchema } as const;
const OVERLAYS: Record<string, CollectionOverlay> = {
  stories: STORY_OVERLAY,
  articles: ARTICLE_OVERLAY,
  groups: GROUP_OVERLAY,
};
type Json = { [key: string]: any };

const collection = (name: string) => {
  const c = cmsCollections().find((x) => x.name === name);
  if (!c) throw new Error(`no collection ${name}`);
  return c;
};

/** Every difference between a schema node's properties and the editor's fields, as readable lines. */
function differences(schema: Json, fields: CmsField[], at: string, parentRequired = true): string[] {
  const object = flattenObject(schema);
  const out: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, raw] of Object.entries<Json>(object.properties ?? {})) {
    const path = `${at}${name}`;
    const field = byName.get(name);
    if (!field) {
      out.push(`${path}: in the schema, missing from the editor`);
      continue;
    }
    const branches: Json[] = raw.anyOf ?? [raw];
    const nullable = branches.some((b) => b.type === 'null');
    const prop = branches.find((b) => b.type !== 'null' && Object.keys(b).length > 0) ?? raw;
    const required = parentRequired && (object.required ?? []).includes(name) && !nullable;
    if (field.required !== required)
      out.push(`${path}: required is ${field.required} in the editor, ${required} in the schema`);
    // A yes-only value (`paused: true`) is an on/off switch; any other single value is a choice.
    if (prop.const === true && field.widget !== 'boolean') out.push(`${path}: yes-only, but not a switch`);
    const choices: string[] | undefined =
      prop.enum ?? (prop.const !== undefined && prop.const !== true ? [prop.const] : undefined) ?? prop.items?.enum;
    const offered = field.options?.map((o) => o.value);
    if (JSON.stringify(choices) !== JSON.stringify(offered)) {
      out.push(`${path}: choices ${JSON.stringify(offered)} in the editor, ${JSON.stringify(choices)} in the schema`);
    }
    if (prop.type === 'array' && (prop.minItems ?? undefined) !== field.min) {
      out.push(`${path}: at least ${field.min} in the editor, ${prop.minItems} in the schema`);
    }
    if (
      (prop.type === 'integer' || prop.type === 'number') &&
      prop.minimum > -Number.MAX_SAFE_INTEGER &&
      field.min !== prop.minimum
    ) {
      out.push(`${path}: minimum ${field.min} in the editor, ${prop.minimum} in the schema`);
    }
    if (
      (prop.type === 'integer' || prop.type === 'number') &&
      prop.maximum < Number.MAX_SAFE_INTEGER &&
      field.max !== prop.maximum
    ) {
      out.push(`${path}: maximum ${field.max} in the editor, ${prop.maximum} in the schema`);
    }
    if (prop.pattern === DATE_PATTERN) {
      if (field.widget !== 'datetime') out.push(`${path}: a date, but not a date picker`);
    } else if (prop.pattern && prop.format !== 'email' && field.pattern?.[0] !== prop.pattern) {
      out.push(`${path}: pattern ${field.pattern?.[0]} in the editor, ${prop.pattern} in the schema`);
    }
    if (
      prop.maxLength !== undefined &&
      !prop.pattern &&
      !new RegExp(field.pattern?.[0] ?? '^$').test('x'.repeat(prop.maxLength))
    ) {
      out.push(`${path}: the editor refuses ${prop.maxLength} characters`);
    }
    if (
      prop.maxLength !== undefined &&
      !prop.pattern &&
      new RegExp(field.pattern?.[0] ?? '.*').test('x'.repeat(prop.maxLength + 1))
    ) {
      out.push(`${path}: the editor accepts more than ${prop.maxLength} characters`);
    }
    if (prop.type === 'object') out.push(...differences(prop, field.fields ?? [], `${path}.`, required));
    if (prop.type === 'array' && prop.items?.type === 'object')
      out.push(...differences(prop.items, field.fields ?? [], `${path}[].`, true));
  }
  for (const name of byName.keys()) {
    if (!(name in (object.properties ?? {})) && !(at === '' && name === 'body'))
      out.push(`${at}${name}: in the editor, not in the schema`);
  }
  return out;
}

describe('the browser editor asks for exactly what the schemas accept', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: every field, required flag, choice, pattern and limit`, () => {
      expect(differences(jsonSchemaOf(schema), collection(name).fields, '')).toEqual([]);
    });

    it(`${name}: the overlay names only fields the schema has`, () => {
      const stale = (overlay: CollectionOverlay, schemaNode: Json, at: string): string[] => {
        const object = flattenObject(schemaNode);
        return Object.entries(overlay).flatMap(([key, entry]) => {
          const prop = object.properties?.[key];
          if (!prop) return [`${at}${key}`];
          const inner = prop.type === 'array' ? prop.items : prop;
          return entry.fields ? stale(entry.fields, inner, `${at}${key}.`) : [];
        });
      };
      expect(stale(OVERLAYS[name] ?? {}, jsonSchemaOf(schema), '')).toEqual([]);
    });
  }

  it('notices a field the editor lacks and a choice it lacks (the comparison can fail)', () => {
    const fields = collection('stories').fields.filter((f) => f.name !== 'narrator');
    const role = fields.find((f) => f.name === 'role');
    if (role?.options) role.options = role.options.slice(1);
    const found = differences(jsonSchemaOf(storySchema), fields, '');
    expect(found).toContain('narrator: in the schema, missing from the editor');
    expect(found.some((d) => d.startsWith('role: choices'))).toBe(true);
  });

  it('labels every field in both languages (a new schema field needs its words in src/lib/cms/overlay.ts)', () => {
    const unlabelled = cmsCollections().flatMap((c) =>
      c.fields.filter((f) => !f.label.includes(' · ')).map((f) => `${c.name}.${f.name}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('gives every field of a form help in both languages (Malay — English)', () => {
    const unhelped = cmsCollections().flatMap((c) =>
      c.fields.filter((f) => !f.hint?.includes(' — ')).map((f) => `${c.name}.${f.name}`),
    );
    expect(unhelped).toEqual([]);
  });

  it('keeps articles and stories in one folder per language, and a group in one file', () => {
    const config = cmsConfig();
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['ms', 'en'], default_locale: 'ms' });
    expect(collection('stories')).toMatchObject({ folder: 'content/stories', extension: 'mdx', i18n: true });
    expect(collection('articles')).toMatchObject({ folder: 'content/articles', extension: 'mdx', i18n: true });
    expect(collection('groups')).toMatchObject({ folder: 'content/groups', extension: 'yaml' });
    expect(collection('groups').i18n).toBeUndefined();
    // Translated per language: title, description, body, content notes; the rest is one value for both.
    const translated = collection('stories')
      .fields.filter((f) => f.i18n === true)
      .map((f) => f.name);
    expect(translated).toEqual(['title', 'description', 'contentNotes', 'translationOf', 'body']);
    expect(collection('stories').fields.find((f) => f.name === 'consent')?.i18n).toBe('duplicate');
  });

  it('starts a story as a labelled composite and a group as a sample, and invents no date', () => {
    const stories = collection('stories').fields;
    expect(stories.find((f) => f.name === 'kind')?.default).toBe('composite');
    expect(collection('groups').fields.find((f) => f.name === 'sample')?.default).toBe(true);
    const dates = [
      ...stories,
      ...collection('groups').fields,
      ...(stories.find((f) => f.name === 'consent')?.fields ?? []),
    ].filter((f) => f.widget === 'datetime');
    expect(dates.length).toBeGreaterThan(2);
    for (const d of dates) expect(d.default).toBe('');
    // No verification record unless someone checked: the group's record starts empty.
    const verified = collection('groups').fields.find((f) => f.name === 'verified');
    expect(verified).toMatchObject({ widget: 'object', required: false });
    expect(verified?.default).toBeUndefined();
    for (const f of verified?.fields ?? []) expect([undefined, '']).toContain(f.default);
  });

  it('asks for a group’s source in both languages, so the Malay page reads in Malay', () => {
    const source = collection('groups').fields.find((f) => f.name === 'source');
    expect(source).toMatchObject({ widget: 'object', required: true });
    expect(source?.fields?.map((f) => [f.name, f.required])).toEqual([
      ['ms', true],
      ['en', true],
    ]);
  });

  it('commits through reviewed changes, with the backend named by the build', () => {
    expect(cmsConfig()).toMatchObject({ publish_mode: 'editorial_workflow', local_backend: true });
    expect(
      cmsConfig({ name: 'gitlab', repo: 'ngo/rakan-pulih', baseUrl: 'https://auth.example.org' }).backend,
    ).toMatchObject({
      name: 'gitlab',
      repo: 'ngo/rakan-pulih',
      base_url: 'https://auth.example.org',
    });
  });
});

describe('every field the content uses today is one the editor knows (so saving keeps it)', () => {
  const keyPaths = (value: unknown, at = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
      ? Object.entries(value).flatMap(([k, v]) => [`${at}${k}`, ...keyPaths(v, `${at}${k}.`)])
      : Array.isArray(value)
        ? value.flatMap((v) => keyPaths(v, at.replace(/\.$/, '[].')))
        : [];
  const fieldPaths = (fields: CmsField[], at = ''): string[] =>
    fields.flatMap((f) => {
      const inner = f.widget === 'list' ? `${at}${f.name}[].` : `${at}${f.name}.`;
      return [`${at}${f.name}`, ...fieldPaths(f.fields ?? [], inner)];
    });
  const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as unknown;

  for (const name of ['stories', 'articles', 'groups'] as const) {
    it(name, () => {
      const known = new Set(fieldPaths(collection(name).fields));
      const dir = join('content', name);
      const files =
        name === 'groups'
          ? readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), 'utf8')) as unknown)
          : ['ms', 'en'].flatMap((l) => readdirSync(join(dir, l)).map((f) => frontMatter(join(dir, l, f))));
      expect(files.length).toBeGreaterThan(0);
      const unknown = [...new Set(files.flatMap((f) => keyPaths(f)))].filter((p) => !known.has(p));
      expect(unknown).toEqual([]);
    });
  }
});

describe('a story schema that is a union (composite or personal) becomes one form', () => {
  const union = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('composite'), title: z.string() }),
    z.object({
      kind: z.literal('personal'),
      title: z.string(),
      consent: z.object({ record: z.string(), given: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    }),
  ]);
  const fields = fieldsOf(jsonSchemaOf(union), {});

  it('offers both kinds, and asks for consent without requiring it of a composite', () => {
    expect(fields.find((f) => f.name === 'kind')).toMatchObject({ widget: 'select', required: true });
    expect(fields.find((f) => f.name === 'kind')?.options?.map((o) => o.value)).toEqual(['composite', 'personal']);
    expect(fields.find((f) => f.name === 'title')?.required).toBe(true);
    const consent = fields.find((f) => f.name === 'consent');
    expect(consent).toMatchObject({ widget: 'object', required: false });
    expect(consent?.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['record', 'string', false],
      ['given', 'datetime', false],
    ]);
  });
});
