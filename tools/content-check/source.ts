/**
 * Reading content files the way an editor sees them: YAML with line numbers, and
 * MDX split into front matter and body. Every parse problem becomes an Issue that
 * names the line and says how to fix it.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { sentence, type Issue } from './issues';

export interface YamlSource {
  /** The parsed value, with dates as `YYYY-MM-DD` strings. */
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
  /** The file line the YAML text starts on (2 for front matter, after the opening `---`). */
  firstLine: number;
}

export interface MdxSource {
  frontMatter: YamlSource;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

type Parsed<T> = { ok: true; source: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/** What each YAML reader error means for someone who has never heard of YAML. */
const YAML_ERRORS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value contains a colon followed by a space, or a line is indented more than the one above. If the text contains ": ", put the whole value in double quotes, e.g. title: "Relapse: what helps"',
  MULTILINE_IMPLICIT_KEY:
    'a line is not a "field: value" pair. Check that there is a space after the colon (title: Relapse) and that a quoted value on the line above is closed',
  TAB_AS_INDENT: 'a line is indented with a tab; indent with spaces (two per level)',
  MISSING_CHAR: 'a quote or bracket is opened but never closed; close it on the same line',
  DUPLICATE_KEY: 'this field appears twice; keep only one of them',
  BAD_INDENT: 'the indentation is uneven; items in the same list must start in the same column (use spaces)',
  UNEXPECTED_TOKEN:
    'there is unexpected text here. If a value in single quotes contains an apostrophe, use double quotes instead: "It\'s"',
  BAD_SCALAR_START: 'a value cannot start with @ or `; put the whole value in double quotes',
};

function yamlErrorIssue(file: string, error: YAMLError, lineCounter: LineCounter, firstLine: number): Issue {
  const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
  const reader = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  const plain = YAML_ERRORS[error.code] ?? 'the text here cannot be read as YAML; compare it with a file that works';
  return { severity: 'error', file, line, message: `${sentence(plain)} (The YAML reader said: "${reader}".)` };
}

/** A value followed by `#text` with no space: the editor wrote a `#` and YAML took the rest as a comment. */
function truncatedValues(file: string, source: YamlSource): Issue[] {
  const issues: Issue[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) visit(isMap(node) ? (item as { value: unknown }).value : item);
    } else if (isScalar(node) && node.type === 'PLAIN' && node.comment && /^\S/.test(node.comment) && node.range) {
      const line = source.lineCounter.linePos(node.range[0]).line + source.firstLine - 1;
      issues.push({
        severity: 'warning',
        file,
        line,
        message: `Everything after " #" is read as a note, so this value is only "${String(node.value)}". If the # belongs to the text, put the whole value in double quotes, e.g. "${String(node.value)} #${node.comment}".`,
      });
    }
  };
  visit(source.doc.contents);
  return issues;
}

/** Field names that mean something to the programs reading the data, never to an editor. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The parts of YAML content never needs, refused before the data is built (a dangling
 * `*alias` would throw there): aliases and anchors, merge keys, tags, non-text field
 * names, and `__proto__`-like keys. Each says what to write instead.
 */
function unsafeYaml(file: string, doc: Document, lineCounter: LineCounter, firstLine: number): Issue[] {
  const issues: Issue[] = [];
  const at = (node: { range?: [number, number, number] | null | undefined } | null | undefined, message: string) => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    issues.push({ severity: 'error', file, line: pos.line + firstLine - 1, column: pos.col, message });
  };
  visit(doc, {
    Alias(_, node) {
      at(
        node,
        `A value starting with * is read as a reference to another part of the file, so "*${node.source}" is not text. Wrap it in quotes: "*${node.source}".`,
      );
    },
    Node(_, node) {
      if (node.anchor) {
        at(
          node,
          `"&${node.anchor}" marks a value for reuse elsewhere in the file, which content files do not do. Write each value out in full; if the & belongs to the text, wrap the whole value in quotes.`,
        );
      }
      if (node.tag) {
        at(
          node,
          `"${node.tag.replace(/^tag:yaml.org,2002:/, '!!')}" asks the YAML reader to make a special kind of value, which content files do not use. Remove it; if the ! belongs to the text, wrap the whole value in quotes.`,
        );
      }
    },
    Pair(_, pair) {
      const key = pair.key;
      if (isAlias(key)) return;
      if (!isScalar(key)) {
        at(
          key as { range?: [number, number, number] },
          'A field name must be a word, not a list or a block. Check the line: it should read "field: value".',
        );
        return;
      }
      const name = String(key.value);
      if (name === '<<') {
        at(
          key,
          'The key << copies fields from elsewhere in the file, which content files do not do. Write the fields out in full.',
        );
      } else if (RESERVED_KEYS.has(name)) {
        at(
          key,
          `"${name}" cannot be a field name: it has a special meaning to the programs that read this file. Remove it, or check its spelling.`,
        );
      }
    },
  });
  return issues;
}

/** Parses YAML text that starts on `firstLine` of `file`. */
export function parseYaml(file: string, text: string, firstLine = 1): Parsed<YamlSource> {
  const lineCounter = new LineCounter();
  // No merge keys and only the core types: content is text, numbers, true/false, lists and fields.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false, schema: 'core' });
  const first = doc.errors[0];
  if (first) return { ok: false, issues: [yamlErrorIssue(file, first, lineCounter, firstLine)] };
  const unsafe = unsafeYaml(file, doc, lineCounter, firstLine);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const source: YamlSource = { data: doc.toJS(), doc, lineCounter, firstLine };
  return { ok: true, source, issues: truncatedValues(file, source) };
}

const FENCE = /^---\s*$/;

/** A file that cannot be read at all: one error, at `line`. */
function unreadable(file: string, line: number, message: string): Parsed<never> {
  return { ok: false, issues: [{ severity: 'error', file, line, message }] };
}

/** Splits an `.mdx`/`.md` file into its front matter (YAML between `---` lines) and body. */
export function parseMdx(file: string, text: string): Parsed<MdxSource> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return unreadable(
      file,
      1,
      'No front matter at the top of the file. The very first line must be three dashes (---), then the fields (title: …), then another line of three dashes. Start from a template with `npm run new`, or copy the top of a file that works.',
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return unreadable(
      file,
      1,
      'The front matter is never closed. Add a line with only three dashes (---) after the last field (usually draft: …), before the text begins.',
    );
  }
  const parsed = parseYaml(file, lines.slice(1, close).join('\n'), 2);
  if (!parsed.ok) return parsed;
  const { data } = parsed.source;
  if (data === null || data === undefined) {
    return unreadable(
      file,
      1,
      'The front matter is empty. Fill in the fields between the two --- lines; see docs/editing.md.',
    );
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return unreadable(
      file,
      2,
      'The front matter must be a list of "field: value" lines (title: …, description: …). Check that each line has a colon and a space after the field name.',
    );
  }
  return {
    ok: true,
    source: { frontMatter: parsed.source, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 },
    issues: parsed.issues,
  };
}

/**
 * The file line of a field, and whether the field itself is there (false: the line
 * of the nearest part of the path that is, e.g. the `consent:` line for a missing
 * `consent.date`, or the first line of the YAML for a missing top-level field).
 */
export function locate(source: YamlSource, path: readonly PropertyKey[]): { line: number; found: boolean } {
  let node: unknown = source.doc.contents;
  let offset = isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
  for (const key of path) {
    let next: { node: unknown; offset: number | undefined } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (pair) next = { node: pair.value, offset: isScalar(pair.key) ? pair.key.range?.[0] : undefined };
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item) next = { node: item, offset: (item as { range?: [number, number, number] }).range?.[0] };
    }
    if (!next) return { line: lineAt(source, offset), found: false };
    node = next.node;
    offset = next.offset ?? offset;
  }
  return { line: lineAt(source, offset), found: true };
}

function lineAt(source: YamlSource, offset: number | undefined): number {
  return offset === undefined ? source.firstLine : source.lineCounter.linePos(offset).line + source.firstLine - 1;
}
