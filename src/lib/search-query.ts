/**
 * From what a reader types to what the index is asked. A query becomes a few
 * variants (as typed; translated into the index's language; with synonyms; with a
 * likely misspelling corrected); each is searched, and the results are merged,
 * the typed words ranking first. Pure and DOM-free: the search island runs it in
 * the browser and the relevance test runs it against the built index in Node.
 */
import type { Locale } from '../i18n/locales';
import { ALL_MUKIMS } from './brunei';
import { SYNONYM_GROUPS, sameTerm, wordKeys, type SynonymGroup } from './search-synonyms';

/** One search to run, and how much its results count. */
export interface QueryVariant {
  text: string;
  weight: number;
  /** Synonym variants run only when the others find too little (each may cost another download). */
  synonym?: boolean;
}

// Each variant may load another index chunk, so a query is at most this many searches.
export const MAX_VARIANTS = 4;

const WEIGHT = { typed: 1, translated: 0.95, corrected: 0.9, synonym: 0.85 } as const;

/**
 * The words of a query, lower-case, without punctuation; digits kept (145, 991).
 * @example queryWords('Kumpulan  sokongan, Tutong!') // ['kumpulan', 'sokongan', 'tutong']
 */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/**
 * Edit distance with adjacent transpositions ("pemluihan" is one edit from
 * "pemulihan"), stopping early once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prevPrev, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}

/** How many typing mistakes a word of this length may carry and still be recognised. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** Words search recognises, and the stems of their other forms. */
export interface KnownWords {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

const stemsOf = (word: string) => [...wordKeys(word, 'ms'), ...wordKeys(word, 'en')];

/**
 * The known word a typed word was probably meant to be, or undefined when it is
 * known already (or a form of a known word: "memulihkan" of "pemulihan"), too
 * short to guess, or close to nothing (or to two words equally).
 * @example correctWord('temburung', knownWords()) // 'temburong'
 */
export function correctWord(word: string, known: KnownWords): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0 || known.words.has(word) || /\d/.test(word)) return undefined;
  if (stemsOf(word).some((s) => known.stems.has(s))) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const candidate of known.words) {
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance && d <= max) tie = true;
  }
  return bestDistance <= max && !tie ? best : undefined;
}

/** The words search can recognise a misspelling of: synonyms, places, and any the page adds. */
export function knownWords(extra: readonly string[] = []): KnownWords {
  const all = [
    ...SYNONYM_GROUPS.flatMap((g) => [...g.ms, ...g.en]),
    ...ALL_MUKIMS,
    'Brunei-Muara Belait Tutong Temburong Bandar Seri Begawan Kuala Belait Seria Bangar Muara Jerudong Lumut',
    ...extra,
  ];
  const words = new Set(all.flatMap((w) => queryWords(w)).filter((w) => w.length >= 4));
  return { words, stems: new Set([...words].flatMap(stemsOf)) };
}

interface Span {
  start: number;
  length: number;
  group: SynonymGroup;
  /** Whether the typed words are already in the index's language. */
  inIndexLanguage: boolean;
}

/** Where the query's words match a synonym group; longer phrases win, no overlaps. */
function findSpans(words: readonly string[], locale: Locale): Span[] {
  const candidates: Span[] = [];
  for (const group of SYNONYM_GROUPS) {
    for (const lang of [locale, locale === 'ms' ? 'en' : 'ms'] as const) {
      for (const term of group[lang]) {
        const termWords = queryWords(term);
        for (let start = 0; start + termWords.length <= words.length; start++) {
          if (sameTerm(words.slice(start, start + termWords.length), termWords, lang)) {
            candidates.push({ start, length: termWords.length, group, inIndexLanguage: lang === locale });
          }
        }
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || Number(b.inIndexLanguage) - Number(a.inIndexLanguage));
  const taken = new Set<number>();
  const spans: Span[] = [];
  for (const span of candidates) {
    const at = Array.from({ length: span.length }, (_, i) => span.start + i);
    if (at.some((i) => taken.has(i))) continue;
    at.forEach((i) => taken.add(i));
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function replaceSpans(words: readonly string[], replacements: ReadonlyMap<Span, string>): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = [...replacements.keys()].find((s) => s.start === i);
    if (span) {
      out.push(replacements.get(span) ?? '');
      i += span.length - 1;
    } else out.push(words[i] ?? '');
  }
  return out.join(' ');
}

/**
 * The searches to run for a query against the index of one language, best first:
 * the query as typed; translated into the index's language; with a misspelt word
 * corrected; then with each synonym. At most MAX_VARIANTS, no two alike.
 * @example expandQuery('support group', 'ms').map((v) => v.text) // ['support group', 'kumpulan sokongan']
 */
export function expandQuery(query: string, locale: Locale, known: KnownWords = knownWords()): QueryVariant[] {
  const typed = queryWords(query);
  if (!typed.length) return [];
  const variants: QueryVariant[] = [];
  const add = (text: string, weight: number, synonym = false) => {
    if (text && !variants.some((v) => v.text === text)) variants.push({ text, weight, ...(synonym && { synonym }) });
  };
  add(typed.join(' '), WEIGHT.typed);

  const corrected = typed.map((w) => correctWord(w, known) ?? w);
  const words = corrected.join(' ') !== typed.join(' ') ? corrected : typed;
  const spans = findSpans(words, locale);

  // Words typed in the other language become the group's first word in this one.
  const translated = new Map<Span, string>();
  for (const span of spans) {
    const first = span.group[locale][0];
    if (!span.inIndexLanguage && first) translated.set(span, first);
  }
  add(replaceSpans(words, translated), translated.size ? WEIGHT.translated : WEIGHT.corrected);

  for (const span of spans) {
    const typedTerm = words.slice(span.start, span.start + span.length);
    for (const alternative of span.group[locale]) {
      // Compared as written, not by stem: the index's stemmer may split forms ours joins (ketagihan, penagihan).
      if (queryWords(alternative).join(' ') === typedTerm.join(' ')) continue;
      if (translated.get(span) === alternative) continue;
      add(replaceSpans(words, new Map([...translated, [span, alternative]])), WEIGHT.synonym, true);
    }
  }
  return variants.slice(0, MAX_VARIANTS);
}

/** What a search engine returns for one page: Pagefind's result shape, reduced to what we use. */
export interface EngineResult<D> {
  id: string;
  score: number;
  data(): Promise<D>;
}

/** Pagefind's `search`, as search needs it (the real one, or a fake in unit tests). */
export type SearchFn<D> = (
  term: string | null,
  options?: { filters?: Record<string, string | string[]> },
) => Promise<{ results: EngineResult<D>[] } | null>;

/**
 * Runs the variants and merges their results: a page's score is its best score
 * across variants, times that variant's weight. Each step runs only while fewer
 * than `enough` pages have been found, because each may download more of the
 * index: first the query as typed (translated, corrected); then its synonyms;
 * then, for a query of several words, each word alone, pages that match more of
 * them ranking higher.
 */
export async function searchVariants<D>(
  search: SearchFn<D>,
  variants: readonly QueryVariant[],
  filters: Record<string, string | string[]> = {},
  enough = 5,
): Promise<EngineResult<D>[]> {
  const best = new Map<string, EngineResult<D>>();
  const run = async (list: readonly QueryVariant[], combine: (old: number, add: number) => number) => {
    const found = await Promise.all(list.map((v) => search(v.text, { filters })));
    found.forEach((response, i) => {
      const weight = list[i]?.weight ?? 1;
      for (const r of response?.results ?? []) {
        const old = best.get(r.id);
        const score = r.score * weight;
        best.set(r.id, { ...r, data: r.data, score: old ? combine(old.score, score) : score });
      }
    });
  };
  await run(variants.filter((v) => !v.synonym), Math.max);
  if (best.size < enough) await run(variants.filter((v) => v.synonym), Math.max);

  // The words of the query in the index's language (translated and corrected, when it was).
  const words = variants.filter((v) => !v.synonym).at(-1)?.text.split(' ') ?? [];
  if (best.size < enough && words.length > 1) {
    const singles = [...new Set(words)]
      .filter((w) => w.length >= 3)
      .sort((a, b) => b.length - a.length)
      .slice(0, MAX_VARIANTS)
      .map((text) => ({ text, weight: 0.5 }));
    await run(singles, (a, b) => a + b);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The words a search page teaches its island to recognise misspellings of: the
 * most frequent words of five letters or more in the texts given (titles and
 * names), at most `limit` of them so the page stays light at any size.
 * @example searchVocabulary(['Relaps: apa itu', 'Relaps dan keluarga']) // ['relaps', 'keluarga']
 */
export function searchVocabulary(texts: readonly string[], limit = 400): string[] {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(queryWords)) {
    if (word.length >= 5 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word]) => word);
}
