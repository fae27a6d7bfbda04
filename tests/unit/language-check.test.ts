import { describe, expect, it } from 'vitest';
import {
  checkLanguage,
  findStigmaTerms,
  formatFinding,
  maskSkipped,
  sourceKindOf,
} from '../../tools/lib/language-check';

const terms = (text: string, kind: 'mdx' | 'yaml' | 'ts' = 'mdx') => checkLanguage(text, kind).map((f) => f.term);

describe('the language check (English)', () => {
  it('flags labels for a person and suggests person-first words', () => {
    const [finding] = checkLanguage('Her son is an addict.', 'mdx');
    expect(finding).toMatchObject({ line: 1, column: 15, found: 'addict', term: 'addict', locale: 'en' });
    expect(finding?.suggestion).toContain('a person who uses drugs');
  });

  it('names the specific phrase when a longer term matches ("ex-addict", not "addict")', () => {
    expect(terms('He is an ex-addict. She is a recovering addict.')).toEqual(['ex-addict', 'recovering addict']);
    expect(checkLanguage('He is an ex-addict.', 'mdx')[0]?.suggestion).toBe('a person in recovery');
  });

  it('flags junkie, druggie, abuser, substance abuse and drug abuse, in any case', () => {
    expect(terms('Junkies and druggies. An abuser. Substance abuse and DRUG ABUSE.')).toEqual([
      'junkie',
      'druggie',
      'abuser',
      'substance abuse',
      'drug abuse',
    ]);
  });

  it('flags "clean" and "dirty" only when they describe drug use or a test', () => {
    expect(terms('He has stayed clean for two years.')).toEqual(['clean (not using drugs)']);
    expect(terms('Her test came back dirty.')).toEqual(['dirty (a test result or relapse)']);
    expect(terms('Keep the kitchen clean. He came clean about the money. Dirty dishes.')).toEqual([]);
  });

  it('leaves the words of the condition and of health alone', () => {
    expect(terms('Addiction is a health condition. Mental health matters. Drug use can be treated.')).toEqual([]);
  });

  it('uses the chosen alex rules (suicide, mental-health slurs) and none of its gender or style rules', () => {
    expect(terms('He committed suicide. That sounds crazy.')).toEqual(['alex/committed-suicide', 'alex/nuts']);
    expect(checkLanguage('He committed suicide.', 'mdx')[0]?.suggestion).toBe('died by suicide');
    expect(terms('He and his mother just walked to the masjid. It was simple.')).toEqual([]);
  });

  it('reports an alex match at a place the word list already reported only once', () => {
    expect(checkLanguage('They called him an addict.', 'mdx')).toHaveLength(1);
  });
});

describe('the language check (Malay)', () => {
  it('flags penagih and suggests seseorang yang menggunakan dadah', () => {
    const [finding] = checkLanguage('Dia seorang penagih.', 'mdx');
    expect(finding).toMatchObject({ found: 'penagih', locale: 'ms', suggestion: 'seseorang yang menggunakan dadah' });
  });

  it('prefers the longer phrase: bekas penagih, penagih tegar', () => {
    expect(terms('Dia bekas penagih. Bukan penagih tegar.')).toEqual(['bekas penagih', 'penagih tegar']);
  });

  it('finds a phrase broken across two lines and reports where it starts', () => {
    const [finding] = checkLanguage('Jangan panggil dia kaki\ndadah.', 'mdx');
    expect(finding).toMatchObject({ line: 1, column: 20, found: 'kaki dadah' });
  });

  it('flags sampah masyarakat, budak dadah and penyalahgunaan dadah', () => {
    expect(terms('Bukan sampah masyarakat, bukan budak dadah. Penyalahgunaan dadah.')).toEqual([
      'sampah masyarakat',
      'budak dadah',
      'penyalahgunaan dadah',
    ]);
  });

  it('does not flag words that only contain a term (ketagihan, penagihan is its own entry)', () => {
    expect(terms('Ketagihan ialah satu penyakit.')).toEqual([]);
    expect(terms('Penagihan dadah.')).toEqual(['penagihan']);
  });

  it('checks Malay terms in English text and English terms in Malay text', () => {
    expect(terms('He used to be called a penagih.')).toEqual(['penagih']);
    expect(terms('Jangan panggil dia junkie.')).toEqual(['junkie']);
  });
});

describe('what the check skips', () => {
  it('skips struck-through words (the "don\'t say" convention) but checks the rest of the line', () => {
    expect(terms('Say "a person who uses drugs", not ~~addict~~ or ~~penagih tegar~~.')).toEqual([]);
    expect(terms('Not ~~addict~~, but he is a junkie.')).toEqual(['junkie']);
  });

  it('does not let a strike-through run across a blank line', () => {
    expect(terms('~~one\n\naddict~~')).toEqual(['addict']);
  });

  it('skips the sources in front matter but checks the title and description', () => {
    const mdx = [
      '---',
      'title: Help for addicts',
      'description: Plain words.',
      'sources:',
      '  - title: Words Matter - Terms to Use and Avoid When Talking About Addiction',
      '    publisher: National Institute on Drug Abuse (NIDA)',
      '    url: https://example.org/drug-abuse',
      'draft: false',
      '---',
      '',
      'Body about substance abuse.',
    ].join('\n');
    const findings = checkLanguage(mdx, 'mdx');
    expect(findings.map((f) => [f.line, f.term])).toEqual([
      [2, 'addict'],
      [11, 'substance abuse'],
    ]);
  });

  it('skips glossary avoid lists, block or inline, but checks definitions', () => {
    const yaml = [
      '- id: person',
      '  definition:',
      '    en: Not an addict.',
      '  avoid:',
      '    ms: [penagih, kaki dadah]',
      '    en: [addict, junkie]',
      '- id: other',
      '  avoid: { ms: [penagih], en: [addict] }',
      '  definition: { ms: Dia penagih., en: Fine. }',
    ].join('\n');
    expect(checkLanguage(yaml, 'yaml').map((f) => [f.line, f.term])).toEqual([
      [3, 'addict'],
      [9, 'penagih'],
    ]);
  });

  it('skips YAML comments and a helpline source block', () => {
    const yaml = [
      '# avoid "addict"',
      '- id: x',
      '  source:',
      '    publisher: Substance abuse board',
      '  note: ok',
    ].join('\n');
    expect(terms(yaml, 'yaml')).toEqual([]);
  });

  it('skips official names of laws and bodies in the text', () => {
    expect(terms('NIDA is the National Institute on Drug Abuse. Akta Penyalahgunaan Dadah, Penggal 27.')).toEqual([]);
  });

  it('skips link addresses but checks the words of the link', () => {
    expect(terms('[Read this](https://example.org/drug-abuse-and-addicts)')).toEqual([]);
    expect(terms('[Junkie myths](/en/learn/)')).toEqual(['junkie']);
  });

  it('skips comments in UI string tables but checks the strings', () => {
    const ts = ["/** Never write 'addict'. */", "  // nor 'junkie'", "  'a.b': 'Help for a druggie',"].join('\n');
    expect(terms(ts, 'ts')).toEqual(['druggie']);
  });

  it('keeps every line and column where it was', () => {
    const source = '---\nsources:\n  - title: x\n---\n~~addict~~ ok';
    const masked = maskSkipped(source, 'mdx');
    expect(masked).toHaveLength(source.length);
    expect(masked.split('\n')).toHaveLength(source.split('\n').length);
    expect(masked.endsWith('           ok')).toBe(true);
  });
});

describe('reporting', () => {
  it('formats a finding as file:line:column with the word and what to say instead', () => {
    const [finding] = findStigmaTerms('x\nDia bekas penagih.');
    expect(finding && formatFinding('content/a.mdx', finding)).toBe(
      'content/a.mdx:2:5  "bekas penagih" → say: seseorang yang dalam pemulihan; seseorang yang pernah menggunakan dadah. To quote it, strike it through: ~~bekas penagih~~',
    );
  });

  it('knows the kind of a file from its name', () => {
    expect(['a.mdx', 'b.md', 'c.yaml', 'd.yml', 'src/i18n/en.ts', 'e.json'].map(sourceKindOf)).toEqual([
      'mdx',
      'mdx',
      'yaml',
      'yaml',
      'ts',
      undefined,
    ]);
  });
});
