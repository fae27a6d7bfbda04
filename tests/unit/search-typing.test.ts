import { describe, expect, it } from 'vitest';
import { searchWhileTyping } from '../../src/lib/search/search-typing';

describe('searchWhileTyping', () => {
  const known = new Set(['od', 'ice']);

  it('waits for four letters of a word still being typed', () => {
    expect(searchWhileTyping('p', known)).toBe(false);
    expect(searchWhileTyping('pem', known)).toBe(false);
    expect(searchWhileTyping('pemu', known)).toBe(true);
    expect(searchWhileTyping('kumpulan sok', known)).toBe(false);
  });

  it('searches a short word that is a word in its own right, a number, or a finished word', () => {
    expect(searchWhileTyping('OD', known)).toBe(true);
    expect(searchWhileTyping('ice', known)).toBe(true);
    expect(searchWhileTyping('145', known)).toBe(true);
    expect(searchWhileTyping('ibu ', known)).toBe(true);
  });

  it('clears when the box is emptied', () => {
    expect(searchWhileTyping('', known)).toBe(true);
  });
});
