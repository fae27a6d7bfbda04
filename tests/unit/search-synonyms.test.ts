import { describe, expect, it } from 'vitest';
import { englishStem, sameTerm, SYNONYM_GROUPS } from '../../src/lib/search-synonyms';

const groupOf = (word: string) => SYNONYM_GROUPS.find((g) => [...g.ms, ...g.en].includes(word));

describe('the synonym table', () => {
  it.each([
    ['dadah', ['narkotik', 'syabu', 'methamphetamine', 'drugs']],
    ['ketagihan', ['penagihan', 'addiction']],
    ['pemulihan', ['recovery']],
    ['kumpulan sokongan', ['support group']],
    ['keluarga', ['family']],
  ])('puts %s with %j, so each finds the others', (word, others) => {
    const group = groupOf(word);
    expect(group).toBeDefined();
    for (const other of others) expect(groupOf(other)).toBe(group);
  });

  it('gives every group words in both languages', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.ms.length, group.en.join()).toBeGreaterThan(0);
      expect(group.en.length, group.ms.join()).toBeGreaterThan(0);
    }
  });

  it('lists no word in two groups of the same language', () => {
    for (const locale of ['ms', 'en'] as const) {
      const words = SYNONYM_GROUPS.flatMap((g) => g[locale]);
      expect(words.filter((w, i) => words.indexOf(w) !== i), locale).toEqual([]);
    }
  });
});

describe('sameTerm', () => {
  it('matches Malay forms of one root', () => {
    expect(sameTerm(['memulihkan'], ['pemulihan'], 'ms')).toBe(true);
    expect(sameTerm(['menyokong', 'keluarga'], ['sokongan', 'keluarga'], 'ms')).toBe(true);
  });

  it('matches English forms of one word', () => {
    expect(sameTerm(['families'], ['family'], 'en')).toBe(true);
    expect(sameTerm(['drugs'], ['drug'], 'en')).toBe(true);
  });

  it('does not match different words or phrases of different lengths', () => {
    expect(sameTerm(['dadah'], ['keluarga'], 'ms')).toBe(false);
    expect(sameTerm(['support'], ['support', 'group'], 'en')).toBe(false);
  });
});

describe('englishStem', () => {
  it('takes off plural and verb endings', () => {
    expect(englishStem('families')).toBe('family');
    expect(englishStem('recovering')).toBe('recover');
    expect(englishStem('addicted')).toBe('addict');
    expect(englishStem('groups')).toBe('group');
  });

  it('leaves short words and double s alone', () => {
    expect(englishStem('bus')).toBe('bus');
    expect(englishStem('stress')).toBe('stress');
  });
});
