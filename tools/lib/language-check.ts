/**
 * The language check: finds stigmatising words (tools/lib/stigma-terms.ts, plus a few alex
 * rules) in content files and UI strings, and names the line, the word and what to say instead.
 *
 * Text a reader does not see as our own words is blanked out first, keeping every line and
 * column where it was: ~~struck-through~~ words (the "don't say" convention of
 * docs/writing-guide.md), sources (publishers such as the National Institute on Drug Abuse),
 * glossary `avoid:` lists, link addresses, comments and official names of laws and bodies.
 *
 * Imports of our own modules carry `.ts` so that Node can run the CLI (tools/) directly.
 */
import { text as alexText } from 'alex';
import type { Locale } from '../../src/i18n/locales';
import { FRONT_MATTER } from './front-matter.ts';
import {
  ALEX_ALLOWED_WORDS,
  ALEX_RULES,
  ALEX_SUGGESTIONS,
  OFFICIAL_NAMES,
  STIGMA_TERMS,
  type StigmaTerm,
} from './stigma-terms.ts';

/** How a file is written: MDX with front matter, YAML data, or a TypeScript string table. */
export type SourceKind = 'mdx' | 'yaml' | 'ts';

export interface Finding {
  line: number;
  column: number;
  /** The words as written in the file. */
  found: string;
  /** The stigma term it matched (from the word list, or `alex/<rule>`). */
  term: string;
  suggestion: string;
  /** The language of the term and of its suggestion. */
  locale: Locale;
}

/** Replaces every character of `[start, end)` except line breaks with a space. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
}

function blankMatches(chars: string[], source: string, pattern: RegExp): void {
  for (const m of source.matchAll(pattern)) blank(chars, m.index, m.index + m[0].length);
}

// YAML keys whose whole value (and the block under it) is not our prose.
const SKIPPED_KEY = /^(\s*)(-\s+)?(avoid|variants|search|sources?):/;

/**
 * Blanks YAML blocks under `avoid:`, `source:` and `sources:` (in data files and front
 * matter), and whole-line `#` comments, in `source` from offset `from` to `to`.
 */
function blankYamlBlocks(chars: string[], source: string, from = 0, to = source.length): void {
  const lines = source.slice(from, to).split('\n');
  let offset = from;
  let blockIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const inBlock = blockIndent >= 0 && (line.trim() === '' || indent > blockIndent);
    if (inBlock || /^\s*#/.test(line)) {
      blank(chars, offset, offset + line.length);
    } else {
      blockIndent = -1;
      const key = SKIPPED_KEY.exec(line);
      if (key) {
        // A sequence item's keys sit two columns in from its dash.
        blockIndent = (key[1] ?? '').length + (key[2] ? key[2].length : 0);
        blank(chars, offset + key[0].length, offset + line.length);
      }
    }
    offset += line.length + 1;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern that allows any spacing, including a line break, between its words. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

/**
 * The text the check reads: `source` with everything that is not our own prose blanked out,
 * same length, same lines.
 * @example maskSkipped('Say ~~addict~~ never', 'mdx') // 'Say            never'
 */
export function maskSkipped(source: string, kind: SourceKind): string {
  // UTF-16 units, like the offsets of regular expression matches.
  const chars = source.split('');

  if (kind === 'mdx') {
    const frontMatter = FRONT_MATTER.exec(source);
    if (frontMatter) blankYamlBlocks(chars, source, 0, frontMatter[0].length);
    blankMatches(chars, source, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
    blankMatches(chars, source, /<!--[\s\S]*?-->/g);
  }
  if (kind === 'yaml') blankYamlBlocks(chars, source);
  if (kind === 'ts') {
    blankMatches(chars, source, /\/\*[\s\S]*?\*\//g);
    blankMatches(chars, source, /^\s*\/\/.*$/gm);
  }
  // Struck-through text: "don't say" examples. Never across a blank line.
  blankMatches(chars, source, /~~(?:(?!\n\s*\n)[\s\S])+?~~/g);
  // Link addresses (the words of a link are still checked) and bare addresses.
  blankMatches(chars, source, /\]\([^)\s]*\)/g);
  blankMatches(chars, source, /https?:\/\/[^\s)"'>\]]+/g);
  for (const name of OFFICIAL_NAMES) blankMatches(chars, source, new RegExp(phrasePattern(name), 'giu'));
  return chars.join('');
}

function termPattern(term: StigmaTerm): RegExp {
  const body = term.pattern ?? phrasePattern(term.term);
  // Whole words only: no letter or digit on either side ("penagih" is not in "penagihan").
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
}

/** 1-based line and column of each offset, for reports an editor can jump to. */
function lineColumn(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/**
 * Every place in `text` where a term of the word list appears. Where two terms overlap, the
 * earlier one in the list wins ("bekas penagih" over "penagih").
 * @example findStigmaTerms('Dia bekas penagih.')[0]?.term // 'bekas penagih'
 */
export function findStigmaTerms(text: string, terms: readonly StigmaTerm[] = STIGMA_TERMS): Finding[] {
  const position = lineColumn(text);
  const taken: [number, number][] = [];
  const findings: (Finding & { offset: number })[] = [];
  for (const term of terms) {
    for (const m of text.matchAll(termPattern(term))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      findings.push({
        offset: start,
        ...position(start),
        found: m[0].replace(/\s+/g, ' '),
        term: term.term,
        suggestion: term.suggestion,
        locale: term.locale,
      });
    }
  }
  return findings.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...f }) => f);
}

/** The alex rules of `ALEX_RULES` over `text` (already masked), as findings. */
function alexFindings(text: string): Finding[] {
  const file = alexText(text, { deny: [...ALEX_RULES] });
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const actual = String(message.actual ?? '');
    if (ALEX_ALLOWED_WORDS.includes(actual.toLowerCase())) continue;
    const rule = message.ruleId ?? 'unknown';
    const expected = Array.isArray(message.expected) ? message.expected.join(', ') : '';
    findings.push({
      line: message.line ?? 1,
      column: message.column ?? 1,
      found: actual,
      term: `alex/${rule}`,
      suggestion: ALEX_SUGGESTIONS[rule] ?? (expected || message.reason),
      locale: 'en',
    });
  }
  return findings;
}

/**
 * Checks one file's text: blanks what is skipped, then looks for the word list's terms and
 * alex's rules. Findings are in reading order; one place is reported once.
 * @example checkLanguage('He is an addict.', 'mdx')[0]?.suggestion // 'a person who uses drugs; …'
 */
export function checkLanguage(source: string, kind: SourceKind): Finding[] {
  const text = maskSkipped(source, kind);
  const own = findStigmaTerms(text);
  const extra = alexFindings(text).filter(
    (a) =>
      !own.some(
        (o) => o.line === a.line && a.column < o.column + o.found.length && o.column < a.column + a.found.length,
      ),
  );
  const seen = new Set<string>();
  return [...own, ...extra]
    .filter((f) => {
      const key = `${f.line}:${f.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * One line of the report.
 * @example formatFinding('content/a.mdx', finding) // 'content/a.mdx:3:9  "addict" → say: a person who uses drugs …'
 */
export function formatFinding(file: string, f: Finding): string {
  const which = f.term.toLowerCase() === f.found.toLowerCase() ? '' : ` (${f.term})`;
  return `${file}:${f.line}:${f.column}  "${f.found}"${which} → say: ${f.suggestion}. To quote it, strike it through: ~~${f.found}~~`;
}

/** The kind of a content or UI file, from its name. */
export function sourceKindOf(path: string): SourceKind | undefined {
  if (/\.mdx?$/.test(path)) return 'mdx';
  if (/\.ya?ml$/.test(path)) return 'yaml';
  if (/\.ts$/.test(path)) return 'ts';
  return undefined;
}
