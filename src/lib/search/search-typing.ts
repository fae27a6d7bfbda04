/**
 * When the search page searches while the reader types. Each search downloads
 * the index chunk of its words and the fragments of the pages it shows, so a
 * search for an unfinished word ("kelu", "kelua", "reco") costs downloads the
 * finished word does not need, and shows the reader pages about some other word.
 *
 * So the page searches soon after a key (TYPING_PAUSE_MS) only once the word being
 * typed is one search knows: a word of the titles, places and synonym tables
 * (`knownWords`), a misspelling of one (`correctWord`), a number, or a whole short
 * word of the tables ("OD", "ice"). Any other word of four letters or more is
 * searched when the reader stops typing for UNKNOWN_WORD_PAUSE_MS; a shorter one,
 * and anything, on Enter. tests/build/search-typing.test.ts checks the bytes.
 */
import { correctWord, queryWords, type KnownWords } from './search-query';
import type { SynonymGroup } from './search-synonyms';

/** Letters a word needs before the page searches for it while it is still being typed. */
export const LIVE_MIN_LETTERS = 4;
/** The pause after a key before the page searches a word it knows. */
export const TYPING_PAUSE_MS = 200;
/** The pause after a key before the page searches a word it does not know (the reader has stopped typing). */
export const UNKNOWN_WORD_PAUSE_MS = 800;

/** Whether search knows a word as typed: its own word, a misspelling of one, or a number. */
export type IsKnown = (word: string) => boolean;

/**
 * The words search knows while the reader types: the known words, their
 * misspellings, and the synonym tables' short words ("od", "ice").
 * @example knownWhileTyping(knownWords(), groups)('pemulihan') // true
 */
export function knownWhileTyping(known: KnownWords, groups: readonly SynonymGroup[]): IsKnown {
  const short = new Set(
    groups
      .flatMap((g) => [...g.ms, ...g.en])
      .filter((w) => w.length < LIVE_MIN_LETTERS)
      .flatMap(queryWords),
  );
  return (word) =>
    /\d/.test(word) ||
    short.has(word) ||
    (word.length >= LIVE_MIN_LETTERS && (known.words.has(word) || correctWord(word, known) !== undefined));
}

/**
 * How long after a key to wait before searching, or undefined to wait for Enter:
 * soon for a known or finished word (a space follows it) and for an emptied box
 * (clearing the results), longer for an unknown word of four letters or more.
 * @example typingPause('kelu', () => false) // 800
 * @example typingPause('keluarga', () => true) // 200
 * @example typingPause('pem', () => false) // undefined
 */
export function typingPause(value: string, isKnown: IsKnown): number | undefined {
  const last = queryWords(value).at(-1);
  if (last === undefined || /\s$/.test(value) || isKnown(last)) return TYPING_PAUSE_MS;
  return last.length >= LIVE_MIN_LETTERS ? UNKNOWN_WORD_PAUSE_MS : undefined;
}
