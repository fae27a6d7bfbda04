/**
 * When the search page searches while the reader types. Each search downloads
 * the index chunk of its words and the fragments of the pages it shows, so a
 * search for an unfinished word ("pe", "pem") costs downloads the finished word
 * does not need. The index keeps words that share their first four letters in one
 * chunk (tools/lib/pagefind-chunks.mjs; a word on most pages gets a chunk of its
 * own), so from four letters on a prefix loads what the finished word will, unless
 * the prefix is itself a common word ("keluar" in "keluarga"); shorter words are searched while typing only when
 * they are words in their own right (OD, ice, 145), and always on Enter.
 */
import { queryWords } from './search-query';

/** Letters a word needs before the page searches for it while it is still being typed. */
export const LIVE_MIN_LETTERS = 4;

/**
 * Whether to search now, while typing: the last word is long enough, a number, a
 * word search knows whole, or finished (a space follows it).
 * @example searchWhileTyping('pem', new Set()) // false
 */
export function searchWhileTyping(value: string, known: ReadonlySet<string>): boolean {
  const words = queryWords(value);
  const last = words.at(-1);
  if (last === undefined) return true; // emptied: clear the results
  if (/\s$/.test(value)) return true;
  return last.length >= LIVE_MIN_LETTERS || /\d/.test(last) || known.has(last);
}
