import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  allGroups,
  englishStem,
  glossaryGroups,
  sameTerm,
  type GlossaryWords,
} from '../../src/lib/search/search-synonyms';

const GLOSSARY = parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryWords[];
const GROUPS = allGroups(glossaryGroups(GLOSSARY));
const groupOf = (word: string) => GROUPS.find((g) => [...g.ms, ...g.en].includes(word));

describe('the synonym table', () => {
  it.each([
    ['dadah', ['narkotik', 'drugs']],
    ['ketagihan', ['penagihan', 'addiction']],
    ['pemulihan', ['recovery']],
    ['kumpulan sokongan', ['support group']],
    ['keluarga', ['family']],
    ['terlebih dos', ['pengsan', 'inda bangun', 'overdose', 'unconscious', 'passed out', 'od']],
    ['pusat pemulihan', ['rehab', 'al-islah', 'rehabilitation centre']],
    ['syabu', ['ice', 'meth']],
  ])('puts %s with %j, so each finds the others', (word, others) => {
    const group = groupOf(word);
    expect(group).toBeDefined();
    for (const other of others) expect(groupOf(other)).toBe(group);
  });

  it('gives every group words in both languages', () => {
    for (const group of GROUPS) {
      expect(group.ms.length, group.en.join()).toBeGreaterThan(0);
      expect(group.en.length, group.ms.join()).toBeGreaterThan(0);
    }
  });

  it('lists no word in two groups of the same language', () => {
    for (const locale of ['ms', 'en'] as const) {
      const words = GROUPS.flatMap((g) => g[locale]);
      expect(
        words.filter((w, i) => words.indexOf(w) !== i),
        locale,
      ).toEqual([]);
    }
  });
});

describe('glossaryGroups', () => {
  it('joins the search words, the term (and its brackets) and the avoided words, page word first', () => {
    const [group] = glossaryGroups([
      {
        ms: 'Metamfetamin (syabu)',
        en: 'Methamphetamine',
        search: { ms: ['syabu', 'ais'], en: ['meth'] },
        avoid: { ms: ['x'], en: [] },
      },
    ]);
    expect(group).toEqual({ ms: ['syabu', 'ais', 'metamfetamin', 'x'], en: ['meth', 'methamphetamine'], bridge: true });
  });

  it('skips terms without search words', () => {
    expect(glossaryGroups([{ ms: 'Stigma', en: 'Stigma', avoid: { ms: ['a'], en: ['b'] } }])).toEqual([]);
  });

  it('reads the real glossary', () => {
    expect(glossaryGroups(GLOSSARY).length).toBeGreaterThanOrEqual(8);
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
