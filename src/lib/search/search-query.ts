/**
 * From what a reader types to what the index is asked. A query becomes a few
 * variants (as typed; translated into the index's language; with synonyms; with a
 * likely misspelling corrected); each is searched, and the results are merged,
 * the typed words ranking first. Pure and DOM-free: the search island runs it in
 * the browser and the relevance test runs it against the built index in Node.
 */
import type { Locale } from '../../i18n/locales';
import { ALL_MUKIMS } from '../brunei';
import { editDistance, foldAccents } from '../text';
import { SYNONYM_GROUPS, sameTerm, wordKeys, type SynonymGroup } from './search-synonyms';
import { isPersonWord, isStopWord, mentionsFamily, PEOPLE_WORDS, withoutSiteName } from './search-words';

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
  return foldAccents(query.toLowerCase())
    .split(/[^a-z0-9-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** Place names search knows (districts, towns, mukims): never left out of a query. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  [
    ...ALL_MUKIMS,
    'Brunei-Muara Belait Tutong Temburong Bandar Seri Begawan Kuala Belait Seria Bangar Muara Jerudong Lumut',
  ].flatMap((w) => queryWords(w)),
);
/** Words of place names that are ordinary words too ("Kota Batu", "Sungai Kebun"). */
const PLAIN_PLACE_WORDS: ReadonlySet<string> = new Set(
  'ayer batu bukit burong kota kuala pekan pengkalan sungai tanjong'.split(' '),
);

/**
 * Which of a query's words to leave out because they are on nearly every page of a
 * large site (src/lib/search/common-words.ts): they rank nothing and cost their
 * postings. Only for a query that names a place, and only words that carry no meaning
 * of their own there:
 * - only when the reader typed a place that decides ("Tutong", "Seria"; not a common
 *   one, not an ordinary word of a place name such as "kota" or "sungai"): the query is
 *   then about what is in that place, and the place ranks the pages;
 * - never a filler word ("not", "tidak"), a place, or a word the tables list as a term
 *   of its own ("gian", "peer", "syabu");
 * - never a word of an everyday phrase from the glossary (its bridges, crisis words
 *   among them: "terlebih dos", "rasa gian", "tidak sedarkan diri"), nor of any phrase
 *   with a filler word in it;
 * - a word of another phrase of the tables (the site's own names for things: "support
 *   group", "kumpulan sokongan") may go.
 * So "support group Tutong" is searched as "Tutong" and "kumpulan sokongan Tutong" as
 * "kumpulan Tutong"; "terlebih dos Tutong", "rasa gian Tutong" and every query without
 * a place stay as typed.
 * @param words the query's words as searched (misspellings corrected)
 * @param typed the same words as the reader typed them
 * @returns for each word, whether to leave it out
 */
export function commonWordsToLeave(
  words: readonly string[],
  typed: readonly string[],
  phrases: readonly { start: number; length: number; group: SynonymGroup }[],
  locale: Locale,
  common: ReadonlySet<string>,
  groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
): boolean[] {
  const none = words.map(() => false);
  if (!common.size) return none;
  const onEveryPage = (word: string) => {
    const keys = wordKeys(word, locale).filter(Boolean);
    return keys.length > 0 && keys.every((key) => common.has(key));
  };
  const decidingPlace = (word: string) =>
    PLACE_WORDS.has(word) && word.length >= 4 && !PLAIN_PLACE_WORDS.has(word) && !onEveryPage(word);
  if (!typed.some(decidingPlace)) return none;
  const isTerm = (word: string) =>
    groups.some((g) => [...g.ms, ...g.en].some((term) => sameTerm([word], queryWords(term), locale)));
  return words.map((word, i) => {
    if (isStopWord(word) || PLACE_WORDS.has(word) || !onEveryPage(word) || isTerm(word)) return false;
    const phrase = phrases.find((p) => p.length > 1 && i >= p.start && i < p.start + p.length);
    return (
      !phrase || (!phrase.group.bridge && !words.slice(phrase.start, phrase.start + phrase.length).some(isStopWord))
    );
  });
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
  if (max === 0 || known.words.has(word) || isStopWord(word) || /\d/.test(word)) return undefined;
  if (stemsOf(word).some((s) => known.stems.has(s))) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const candidate of known.words) {
    // Words for people are known, so left as typed, but never what another word is taken
    // for: "lawan" is not "kawan", nor "other" "mother".
    if (isPersonWord(candidate)) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance && d <= max) tie = true;
  }
  return bestDistance <= max && !tie ? best : undefined;
}

/** The words search can recognise a misspelling of: synonyms, places, and any the page adds. */
export function knownWords(
  extra: readonly string[] = [],
  groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
): KnownWords {
  const all = [...groups.flatMap((g) => [...g.ms, ...g.en]), ...PLACE_WORDS, ...PEOPLE_WORDS, ...extra];
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
function findSpans(words: readonly string[], locale: Locale, groups: readonly SynonymGroup[]): Span[] {
  const candidates: Span[] = [];
  for (const group of groups) {
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
 * the meaningful words as typed; translated into the index's language (and
 * everyday words bridged to the words pages use); with a misspelt word
 * corrected; then with each synonym. At most MAX_VARIANTS, no two alike.
 *
 * Filler words ("macam mana nak", "how do I") and the site's name are left out
 * unless nothing else is left, or they belong to a phrase the synonym table
 * knows ("tidak bernafas", "passed out").
 * @example expandQuery('support group', 'ms').map((v) => v.text) // ['support group', 'kumpulan sokongan']
 */
export function expandQuery(
  query: string,
  locale: Locale,
  known: KnownWords = knownWords(),
  groups: readonly SynonymGroup[] = SYNONYM_GROUPS,
  common: ReadonlySet<string> = new Set(),
): QueryVariant[] {
  const all = withoutSiteName(queryWords(query));
  if (!all.length) return [];
  const variants: QueryVariant[] = [];
  const add = (text: string, weight: number, synonym = false) => {
    if (text && !variants.some((v) => v.text === text)) variants.push({ text, weight, ...(synonym && { synonym }) });
  };

  const corrected = all.map((w) => correctWord(w, known) ?? w);
  const fixed = corrected.join(' ') !== all.join(' ');
  // Phrases are found before filler words go: "tidak" is filler, "tidak bernafas" is not.
  const phrases = findSpans(corrected, locale, groups).filter((s) => s.length > 1);
  const inSpan = new Set(phrases.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.start + i)));
  // Words on nearly every page of a large site go too, in a query about a place (commonWordsToLeave).
  const leave = commonWordsToLeave(corrected, all, phrases, locale, common, groups);
  const keep = corrected.map((w, i) => !leave[i] && (inSpan.has(i) || !isStopWord(w)));
  // A relative or a friend says who the question is about (a relative: intentBoost), not the
  // topic: searched only if nothing else is left.
  const topical = keep.map((k, i) => k && (inSpan.has(i) || !isPersonWord(corrected[i] ?? '')));
  const meaningful = topical.some(Boolean) ? topical : keep.some(Boolean) ? keep : keep.map(() => true);
  const typed = all.filter((_, i) => meaningful[i]);
  const words = corrected.filter((_, i) => meaningful[i]);
  add(typed.join(' '), WEIGHT.typed);

  const spans = findSpans(words, locale, groups);
  // Words typed in the other language, and everyday words of a bridge group, become the group's first word in this one.
  const translated = new Map<Span, string>();
  for (const span of spans) {
    const first = span.group[locale][0];
    const typedTerm = words.slice(span.start, span.start + span.length).join(' ');
    const bridged = span.group.bridge && first !== undefined && queryWords(first).join(' ') !== typedTerm;
    if ((!span.inIndexLanguage || bridged) && first) translated.set(span, first);
  }
  add(replaceSpans(words, translated), translated.size ? WEIGHT.translated : fixed ? WEIGHT.corrected : WEIGHT.typed);

  for (const span of spans) {
    const typedTerm = words.slice(span.start, span.start + span.length);
    for (const alternative of span.group[locale]) {
      // Compared as written, not by stem: the index's stemmer may split forms ours joins (ketagihan, penagihan).
      if (queryWords(alternative).join(' ') === typedTerm.join(' ')) continue;
      if (translated.get(span) === alternative) continue;
      // A two-letter word ("OD") would match every word it begins: only ever searched when typed.
      if (alternative.length < 3) continue;
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
 * Scores pages by the words they hold, one search per word: a page gains, for each
 * word, its score for that word relative to the word's best page, weighted by how
 * rare the word is (a word on three pages says more than one on fifty). So
 * "friend overdose taking drugs" ranks the overdose page above pages that only
 * hold the common words. Returned on the scale of the words' best scores, half
 * of it, so a page matching every word together still ranks above.
 */
export function singleWordScores<D>(perWord: readonly (readonly EngineResult<D>[])[]): Map<string, EngineResult<D>> {
  const rarity = perWord.map((list) => (list.length ? 1 / Math.log2(2 + list.length) : 0));
  const rarest = Math.max(0, ...rarity);
  const top = Math.max(0, ...perWord.flatMap((list) => list.map((r) => r.score)));
  const out = new Map<string, EngineResult<D>>();
  perWord.forEach((list, i) => {
    const best = Math.max(0, ...list.map((r) => r.score));
    for (const r of list) {
      const gain = best && rarest ? (r.score / best) * ((rarity[i] ?? 0) / rarest) * top * 0.5 : 0;
      out.set(r.id, { ...r, data: r.data, score: (out.get(r.id)?.score ?? 0) + gain });
    }
  });
  return out;
}

/** Pages a question's intent favours (the family guidance, for a question about a family member), and by how much. */
export interface Boost {
  filters: Record<string, string>;
  factor: number;
}

/** How much a question about a family member lifts the family guidance: enough to pass incidental matches. */
export const FAMILY_BOOST = 3;

/**
 * The intent a query shows, as a boost for `searchVariants`: a question about a
 * family member ranks the family section first. `familySection` is that
 * section's filter value in the page's language.
 */
export function intentBoost(query: string, familySection: string): Boost | undefined {
  return mentionsFamily(queryWords(query)) ? { filters: { section: familySection }, factor: FAMILY_BOOST } : undefined;
}

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
  boost?: Boost,
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
  await run(
    variants.filter((v) => !v.synonym),
    Math.max,
  );
  if (best.size < enough)
    await run(
      variants.filter((v) => v.synonym),
      Math.max,
    );

  // The words of the query in the index's language (translated and corrected, when it was).
  const words =
    variants
      .filter((v) => !v.synonym)
      .at(-1)
      ?.text.split(' ') ?? [];
  if (best.size < enough && words.length > 1) {
    const singles = [...new Set(words)]
      .filter((w) => w.length >= 2)
      .sort((a, b) => b.length - a.length)
      .slice(0, MAX_VARIANTS);
    const found = await Promise.all(singles.map((text) => search(text, { filters })));
    for (const [id, r] of singleWordScores(found.map((f) => f?.results ?? []))) {
      const old = best.get(id);
      best.set(id, { ...r, data: r.data, score: (old?.score ?? 0) + r.score });
    }
  }
  if (boost && best.size) {
    // One small download (the filter's list of pages), no page fragments.
    const favoured = new Set(
      (await search(null, { filters: { ...filters, ...boost.filters } }))?.results.map((r) => r.id),
    );
    for (const [id, r] of best) if (favoured.has(id)) best.set(id, { ...r, score: r.score * boost.factor });
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
