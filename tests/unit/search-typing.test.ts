import { describe, expect, it } from 'vitest';
import { knownWords } from '../../src/lib/search/search-query';
import { SYNONYM_GROUPS } from '../../src/lib/search/search-synonyms';
import {
  knownWhileTyping,
  TYPING_PAUSE_MS,
  typingPause,
  UNKNOWN_WORD_PAUSE_MS,
} from '../../src/lib/search/search-typing';

describe('typingPause', () => {
  // The glossary adds its everyday words to the tables on the page; two short ones here.
  const groups = [...SYNONYM_GROUPS, { ms: ['OD', 'dos berlebihan'], en: ['OD', 'overdose', 'ice'] }];
  const isKnown = knownWhileTyping(knownWords(['keluarga', 'pemulihan'], groups), groups);

  it('searches soon once the word being typed is one search knows, or a misspelling of one', () => {
    expect(typingPause('keluarga', isKnown)).toBe(TYPING_PAUSE_MS);
    expect(typingPause('pemulihan', isKnown)).toBe(TYPING_PAUSE_MS);
    expect(typingPause('keluarg', isKnown)).toBe(TYPING_PAUSE_MS); // one letter from "keluarga"
    expect(typingPause('kumpulan sokongan', isKnown)).toBe(TYPING_PAUSE_MS);
  });

  it('waits for the reader to stop typing before searching an unfinished or unknown word', () => {
    expect(typingPause('kelu', isKnown)).toBe(UNKNOWN_WORD_PAUSE_MS);
    expect(typingPause('kelua', isKnown)).toBe(UNKNOWN_WORD_PAUSE_MS);
    expect(typingPause('tidurlah', isKnown)).toBe(UNKNOWN_WORD_PAUSE_MS);
    expect(UNKNOWN_WORD_PAUSE_MS).toBeGreaterThan(TYPING_PAUSE_MS);
  });

  it('waits for Enter while a word is shorter than four letters', () => {
    expect(typingPause('p', isKnown)).toBeUndefined();
    expect(typingPause('pem', isKnown)).toBeUndefined();
    expect(typingPause('kumpulan sok', isKnown)).toBeUndefined();
  });

  it('searches soon a short word that is a word in its own right, a number, or a finished word', () => {
    expect(typingPause('OD', isKnown)).toBe(TYPING_PAUSE_MS);
    expect(typingPause('ice', isKnown)).toBe(TYPING_PAUSE_MS);
    expect(typingPause('145', isKnown)).toBe(TYPING_PAUSE_MS);
    expect(typingPause('ibu ', isKnown)).toBe(TYPING_PAUSE_MS);
  });

  it('clears soon when the box is emptied', () => {
    expect(typingPause('', isKnown)).toBe(TYPING_PAUSE_MS);
  });
});
