import { describe, expect, it } from 'vitest';
import { malayStem, malayStems, normaliseWord } from '../../src/lib/search/malay-stemmer';

describe('malayStem', () => {
  it.each([
    ['memulihkan', 'pulih'],
    ['pemulihan', 'pulih'],
    ['pulihkan', 'pulih'],
    ['membantu', 'bantu'],
    ['bantuan', 'bantu'],
    ['dibantu', 'bantu'],
    ['menyokong', 'sokong'],
    ['penyokong', 'sokong'],
    ['sokongan', 'sokong'],
    ['menagih', 'tagih'],
    ['penagihan', 'tagih'],
    ['ketagihan', 'tagih'],
    ['kesihatan', 'sihat'],
    ['perjumpaan', 'jumpa'],
    ['berjumpa', 'jumpa'],
    ['menggunakan', 'guna'],
    ['penggunaan', 'guna'],
    ['membimbing', 'bimbing'],
    ['bimbingan', 'bimbing'],
    ['perkongsian', 'kongsi'],
    ['berkongsi', 'kongsi'],
    ['bekerja', 'kerja'],
    ['belajar', 'ajar'],
    ['diberikan', 'beri'],
    ['terlebih', 'lebih'],
    ['rawatan', 'rawat'],
  ])('finds the root of %s: %s', (word, root) => {
    expect(malayStem(word)).toBe(root);
  });

  it('strips particles and possessives before affixes', () => {
    expect(malayStem('pemulihannya')).toBe('pulih');
    expect(malayStem('dadahnya')).toBe('dadah');
    expect(malayStem('bantulah')).toBe('bantu');
  });

  it('keeps roots that only look affixed, and short roots whole', () => {
    expect(malayStem('keluarga')).toBe('keluarga');
    expect(malayStem('kerana')).toBe('kerana');
    expect(malayStem('hati')).toBe('hati');
    expect(malayStem('dadah')).toBe('dadah');
  });

  it('reads a reduplicated word as its root', () => {
    expect(malayStems('kanak-kanak')).toEqual(['kanak']);
    expect(malayStem('tanda-tandanya')).toBe('tanda');
  });

  it('offers every root an ambiguous prefix allows', () => {
    // meng- before a vowel: "ambil" (mengambil) or a swallowed k ("kira" in mengira).
    expect(malayStems('mengambil')).toEqual(expect.arrayContaining(['ambil', 'kambil']));
    // ber- before a root that begins with r merges the two r's.
    expect(malayStems('berehat')).toContain('rehat');
  });

  it('ignores case, accents and punctuation', () => {
    expect(normaliseWord('Pemulihan,')).toBe('pemulihan');
    expect(malayStem('MEMULIHKAN!')).toBe('pulih');
    expect(malayStems('')).toEqual([]);
  });
});
