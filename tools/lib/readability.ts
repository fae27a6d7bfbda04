/**
 * Plain-language measures for articles, stories and pages (docs/content-quality.md).
 *
 * English: Flesch–Kincaid grade and Flesch reading ease from `text-readability`; reading
 * age ≈ grade + 5. The limit is grade 7 (reading age 12), as docs/writing-guide.md asks.
 * Malay: the English formulas count English syllables and mean nothing for Malay, so we
 * measure the average sentence length in words; the limit is 20 (the aim is about 15).
 *
 * What is measured is the prose a reader reads, as text-readability expects it: no front
 * matter, headings, tables, code, link addresses or markup; each paragraph and list item is
 * one or more sentences.
 */
import readability from 'text-readability';
import { FRONT_MATTER } from './front-matter.ts';

/** Highest Flesch–Kincaid grade an English article, story or page may have (reading age 12). */
export const ENGLISH_MAX_GRADE = 7;
/** Highest average sentence length, in words, for a Malay article, story or page. */
export const MALAY_MAX_SENTENCE_LENGTH = 20;

/** Reading age in years for a US school grade (grade 1 is read at about age 6). */
export function readingAge(grade: number): number {
  return Math.round((grade + 5) * 10) / 10;
}

function stripInline(line: string): string {
  return (
    line
      // Images say nothing to the sentence count; links keep their words, lose their address.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<https?:[^>]*>/g, '')
      .replace(/https?:\/\/\S+/g, '')
      // Inline HTML/JSX tags go, their text stays.
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__|~~|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
      // Quotation marks: text-readability only sees a new sentence when a capital letter
      // follows the space, so `He said. "Yes.` must lose its quote mark to count as two.
      .replace(/[“”„"«»]/g, '')
      .replace(/[‘’]/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([.,;:!?])/g, '$1')
      .trim()
  );
}

/**
 * The prose of a Markdown/MDX file as plain text: one block (paragraph, list item, quote)
 * after another, each ending in a full stop, joined by single spaces.
 * @example plainProse('---\ntitle: x\n---\n## Hi\n\nI *am* here\n- one') // 'I am here. one.'
 */
export function plainProse(markdown: string): string {
  const body = markdown
    .replace(FRONT_MATTER, '')
    .replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = stripInline(current.join(' '));
    if (/[\p{L}\p{N}]/u.test(text)) {
      // A block that ends without a full stop (a list item, a line before a list) is still a sentence.
      blocks.push(/[.!?]$/.test(text) ? text : `${text.replace(/[:;,]$/, '')}.`);
    }
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (
      line === '' ||
      /^#{1,6}\s/.test(line) || // headings: labels, not sentences
      line.startsWith('|') || // tables
      /^(import|export)\s/.test(line) ||
      /^[-*_]{3,}$/.test(line) // thematic breaks
    ) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? '');
      continue;
    }
    current.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return blocks.join(' ');
}

export interface EnglishScore {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade (US school grade). */
  grade: number;
  /** Flesch reading ease: 0–100, higher is easier; 60–70 is plain English. */
  readingEase: number;
  readingAge: number;
}

export interface MalayScore {
  words: number;
  sentences: number;
  /** Average words per sentence. */
  averageSentenceLength: number;
}

/** Readability of English plain text (from `plainProse`). */
export function scoreEnglish(text: string): EnglishScore {
  const grade = readability.fleschKincaidGrade(text);
  return {
    words: readability.lexiconCount(text),
    sentences: readability.sentenceCount(text),
    grade,
    readingEase: readability.fleschReadingEase(text),
    readingAge: readingAge(grade),
  };
}

/** Sentence length of Malay plain text (from `plainProse`). */
export function scoreMalay(text: string): MalayScore {
  return {
    words: readability.lexiconCount(text),
    sentences: readability.sentenceCount(text),
    averageSentenceLength: readability.averageSentenceLength(text),
  };
}

/** Whether an English score is within the plain-language limit. */
export function englishIsPlain(score: EnglishScore): boolean {
  return score.grade <= ENGLISH_MAX_GRADE;
}

/** Whether a Malay score is within the sentence-length limit. */
export function malayIsPlain(score: MalayScore): boolean {
  return score.averageSentenceLength <= MALAY_MAX_SENTENCE_LENGTH;
}

/** An English or a Malay measurement, by the file's locale. */
export type ProseScore = { locale: 'en'; score: EnglishScore } | { locale: 'ms'; score: MalayScore };

/**
 * Measures a Markdown/MDX file in its own language.
 * @example measureProse('I am here. You are there.', 'en').locale // 'en'
 */
export function measureProse(markdown: string, locale: 'en' | 'ms'): ProseScore {
  const text = plainProse(markdown);
  return locale === 'en' ? { locale, score: scoreEnglish(text) } : { locale, score: scoreMalay(text) };
}

/** Whether a measurement is within its language's limit. */
export function isPlain(measure: ProseScore): boolean {
  return measure.locale === 'en' ? englishIsPlain(measure.score) : malayIsPlain(measure.score);
}

/** Why a measurement is over its limit, in words an editor can act on. */
export function limitMessage(measure: ProseScore): string {
  if (measure.locale === 'en') {
    const { grade, readingAge: age } = measure.score;
    return `Flesch–Kincaid grade ${grade} (reading age ${age}) is above grade ${ENGLISH_MAX_GRADE} (reading age ${readingAge(ENGLISH_MAX_GRADE)}): use shorter sentences and shorter, everyday words`;
  }
  return `average sentence length ${measure.score.averageSentenceLength} words is above ${MALAY_MAX_SENTENCE_LENGTH}: split long sentences`;
}

export interface ReportRow {
  /** What the reader sees: the page's URL path, e.g. `/en/learn/relapse/`. */
  page: string;
  title: string;
  /** article | story | page */
  kind: string;
  measure: ProseScore;
}

const yesNo = (ok: boolean) => (ok ? 'yes' : '**no**');
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The rows of one language as console.table rows (English or Malay columns). */
export function tableRows(rows: readonly ReportRow[]): Record<string, string | number>[] {
  return rows.map(({ page, measure }) =>
    measure.locale === 'en'
      ? {
          page,
          words: measure.score.words,
          'FK grade': measure.score.grade,
          'reading ease': measure.score.readingEase,
          'reading age': measure.score.readingAge,
          ok: isPlain(measure) ? 'yes' : 'NO',
        }
      : {
          page,
          words: measure.score.words,
          sentences: measure.score.sentences,
          'words/sentence': measure.score.averageSentenceLength,
          ok: isPlain(measure) ? 'yes' : 'NO',
        },
  );
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/**
 * The per-page list for docs/content-quality.md: one table per language, then totals.
 * Deterministic (no dates), so rerunning it changes the file only when the content changed.
 */
export function markdownReport(rows: readonly ReportRow[]): string {
  const en = rows.filter(
    (r): r is ReportRow & { measure: { locale: 'en'; score: EnglishScore } } => r.measure.locale === 'en',
  );
  const ms = rows.filter(
    (r): r is ReportRow & { measure: { locale: 'ms'; score: MalayScore } } => r.measure.locale === 'ms',
  );
  const lines = [
    '# Content quality: words and readability per page',
    '',
    '<!-- Generated by `npm run content:readability` (tools/content-readability.ts). Do not edit by hand: rerun it. -->',
    '',
    'How the numbers are made: see [docs/content-checks.md](content-checks.md). Words are the words of the page body',
    '(headings, tables and the sources list are not counted).',
    '',
    `## English — limit: Flesch–Kincaid grade ≤ ${ENGLISH_MAX_GRADE} (reading age ≤ ${readingAge(ENGLISH_MAX_GRADE)})`,
    '',
    '| Page | Title | Kind | Words | FK grade | Reading ease | Reading age | Within limit |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...en.map(
      ({ page, title, kind, measure: m }) =>
        `| ${page} | ${cell(title)} | ${kind} | ${m.score.words} | ${m.score.grade} | ${m.score.readingEase} | ${m.score.readingAge} | ${yesNo(isPlain(m))} |`,
    ),
    '',
    `${en.length} pages, ${en.reduce((n, r) => n + r.measure.score.words, 0)} words; mean grade ${mean(en.map((r) => r.measure.score.grade))}, highest ${Math.max(...en.map((r) => r.measure.score.grade), 0)}.`,
    '',
    `## Bahasa Melayu — limit: ≤ ${MALAY_MAX_SENTENCE_LENGTH} words per sentence on average`,
    '',
    '| Page | Title | Kind | Words | Sentences | Words per sentence | Within limit |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
    ...ms.map(
      ({ page, title, kind, measure: m }) =>
        `| ${page} | ${cell(title)} | ${kind} | ${m.score.words} | ${m.score.sentences} | ${m.score.averageSentenceLength} | ${yesNo(isPlain(m))} |`,
    ),
    '',
    `${ms.length} pages, ${ms.reduce((n, r) => n + r.measure.score.words, 0)} words; mean ${mean(ms.map((r) => r.measure.score.averageSentenceLength))} words per sentence, highest ${Math.max(...ms.map((r) => r.measure.score.averageSentenceLength), 0)}.`,
    '',
  ];
  return lines.join('\n');
}

/**
 * Marks where docs/content-quality.md stops being generated: everything from this line on
 * (the record of independent second readings, written by people) survives a regeneration.
 */
export const EDITORIAL_MARKER = '<!-- Written by editors from here on: `npm run content:readability` keeps it. -->';

/** The new generated report, followed by the editors' part of the previous file, if it had one. */
export function keepEditorialPart(previous: string, generated: string): string {
  const at = previous.indexOf(EDITORIAL_MARKER);
  if (at === -1) return generated;
  return `${generated.trimEnd()}\n\n${previous.slice(at)}`;
}
