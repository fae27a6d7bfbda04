/**
 * Field checks: the zod schemas from `src/lib/content/schemas.ts` (the one source of truth,
 * also used by the build) run on the parsed YAML, and each problem is put back on
 * its line with what was written and, for a near miss, what was meant.
 */
import type { z } from 'astro/zod';
import { isInsideBrunei } from '../../src/lib/brunei';
import { didYouMean } from './suggest';
import { sentence, type Issue } from './issues';
import { locate, type YamlSource } from './source';

type Path = readonly PropertyKey[];

/**
 * A field path as editors read it: `consent.obtained`, `schedule[1].end`.
 * List items count from 1, as a person counts them.
 */
export function fieldLabel(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key + 1}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as the editor wrote it, short enough for one line. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an impossible date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `a list (${value.map(shown).join(', ')})`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${shown(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}

type ZodIssue = z.core.$ZodIssue;

/** The extra words after zod's message: what was written, and what was probably meant. */
function whatWasWritten(issue: ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_value': {
      const choices = issue.values.map(String);
      return ` You wrote ${shown(value)}.${typeof value === 'string' ? didYouMean(value, choices) : ''}`;
    }
    case 'invalid_type': {
      const unquoted =
        typeof value === 'string' &&
        ((issue.expected === 'number' && value.trim() !== '' && !Number.isNaN(Number(value))) ||
          (issue.expected === 'boolean' && /^(true|false)$/.test(value)));
      const written =
        typeof value === 'number' && issue.expected === 'string'
          ? `${value} (a number; put it in double quotes)`
          : shown(value);
      return ` You wrote ${written}.${unquoted ? ' Remove the quotes around it.' : ''}`;
    }
    case 'invalid_format':
    case 'invalid_union':
      return ` You wrote ${shown(value)}.`;
    case 'too_big':
    case 'too_small':
      if (typeof value === 'string') return ` It has ${[...value].length} characters.`;
      if (typeof value === 'number') return ` You wrote ${value}.`;
      return '';
    case 'custom':
      if (typeof value === 'string' && !issue.message.includes(value)) return ` You wrote ${shown(value)}.`;
      return coordinatesHint(value);
    default:
      return '';
  }
}

/** For coordinates outside Brunei: what was written, and whether lat and lng are the wrong way round. */
function coordinatesHint(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const { lat, lng } = value as Record<string, unknown>;
  if (typeof lat !== 'number' || typeof lng !== 'number') return '';
  const swapped = isInsideBrunei({ lat: lng, lng: lat })
    ? ` They look swapped: write { lat: ${lng}, lng: ${lat} }.`
    : '';
  return ` You wrote { lat: ${lat}, lng: ${lng} }.${swapped}`;
}

/** What one check reads: `data` from `source`, placed in the file by `pathPrefix` (an item of a list file). */
interface Checked {
  file: string;
  schema: z.ZodType;
  source: YamlSource;
  data: unknown;
  pathPrefix: Path;
}

/** Validates the data with the schema and words each problem for an editor. */
function schemaIssues({ file, schema, source, data, pathPrefix }: Checked): Issue[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    const value = valueAt(data, issue.path);
    const { line, found } = locate(source, path);
    const missing = value === undefined && !found;
    const message = missing
      ? `This field is missing. ${sentence(issue.message)}`
      : `${sentence(issue.message)}${whatWasWritten(issue, value)}`;
    return {
      severity: 'error' as const,
      file,
      line: missing && path.length <= pathPrefix.length + 1 && pathPrefix.length === 0 ? undefined : line,
      field: fieldLabel(path),
      message,
    };
  });
}

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, ZodInternals>;
      innerType?: ZodInternals;
      in?: ZodInternals;
      element?: ZodInternals;
    };
  };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: ZodInternals): ZodInternals {
  let current = schema;
  for (;;) {
    const { def } = current._zod;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Why a field the schema does not know is there, when we can guess. */
const KNOWN_STRAYS: Record<string, string> = {
  slug: 'Remove the slug line: the file name is the page address (rename the file to change it).',
  date: 'Remove it, or use updated: for the day the text last changed.',
  // Replaced by issue 11's provenance model: a bare date claimed a check nobody could show.
  lastVerified:
    'A date alone is no longer enough. If someone really checked, write verified: { date, by, method, evidence } (docs/editing.md); if not, remove the line and the page says "not yet verified".',
  composite:
    'Write kind: composite (editors wrote it from several experiences) or kind: personal (one person told it, with consent) instead.',
};

/**
 * Fields the schema does not know. zod drops them silently, so a typo
 * (`lastVerfied`) would otherwise vanish; here it is an error with a suggestion.
 */
function unknownFieldIssues({ file, schema, source, data, pathPrefix }: Checked): Issue[] {
  const issues: Issue[] = [];
  const visit = (node: ZodInternals, value: unknown, path: PropertyKey[]): void => {
    const { def } = unwrap(node)._zod;
    if (def.type === 'object' && def.shape && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const known = Object.keys(def.shape);
      for (const [key, child] of Object.entries(value)) {
        const childSchema = def.shape[key];
        if (childSchema) {
          visit(childSchema, child, [...path, key]);
        } else if (key !== '$schema') {
          const at = [...path, key];
          const guess = didYouMean(key, known);
          const advice =
            (path.length === 0 ? KNOWN_STRAYS[key] : undefined) ??
            (guess
              ? guess.trim()
              : `Remove it, or check its spelling. The fields allowed here are: ${known.join(', ')}.`);
          issues.push({
            severity: 'error',
            file,
            line: locate(source, at).line,
            field: fieldLabel(at),
            message: `The site does not know the field "${key}" and would ignore it. ${advice}`,
          });
        }
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((item, i) => visit(def.element!, item, [...path, i]));
    }
  };
  visit(schema as unknown as ZodInternals, data, [...pathPrefix]);
  return issues;
}

/**
 * Schema problems and unknown fields together. A misspelt field shows up as both
 * ("narrator" missing, "narator" unknown); those two become one message on the line.
 */
export function fieldIssues(
  file: string,
  schema: z.ZodType,
  source: YamlSource,
  data: unknown = source.data,
  pathPrefix: Path = [],
): Issue[] {
  const checked: Checked = { file, schema, source, data, pathPrefix };
  const missing = schemaIssues(checked);
  const unknown = unknownFieldIssues(checked);
  const merged: Issue[] = [];
  for (const issue of unknown) {
    const meant = /Did you mean "([^"]+)"\?$/.exec(issue.message)?.[1];
    const parent = issue.field?.includes('.') ? issue.field.slice(0, issue.field.lastIndexOf('.') + 1) : '';
    const twin = missing.findIndex(
      (m) => meant !== undefined && m.field === `${parent}${meant}` && m.message.startsWith('This field is missing.'),
    );
    if (twin === -1) {
      merged.push(issue);
      continue;
    }
    const typed = issue.field!.slice(parent.length);
    merged.push({ ...issue, message: `"${typed}" is a misspelling of "${meant}": rename it to ${meant}.` });
    missing.splice(twin, 1);
  }
  return [...missing, ...merged];
}
