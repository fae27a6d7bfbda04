import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTerminology, preferredTerm, terminologyRules, type GlossaryTerms } from '../../tools/lib/terminology';

const glossary: GlossaryTerms[] = [
  {
    id: 'relapse',
    ms: 'Relaps (kembali menggunakan dadah)',
    en: 'Relapse',
    variants: { ms: ['kambuh semula', 'kambuh'] },
  },
  {
    id: 'support-without-enabling',
    ms: 'Menyokong tanpa memudahkan',
    en: 'Support without enabling',
    variants: { ms: ['memanjakan'] },
  },
  { id: 'stigma', ms: 'Stigma', en: 'Stigma' },
];
const rules = terminologyRules(glossary);

describe('the terminology check', () => {
  it('builds one rule per variant, pointing at the glossary term without its explanation', () => {
    expect(rules.map((r) => [r.term, r.locale])).toEqual([
      ['kambuh semula', 'ms'],
      ['kambuh', 'ms'],
      ['memanjakan', 'ms'],
    ]);
    expect(preferredTerm('Relaps (kembali menggunakan dadah)')).toBe('relaps');
    expect(rules[0]?.suggestion).toMatch(/^relaps \(one term for one idea: glossary "relapse"\)/);
  });

  it('finds a variant in prose, with its line and column, the longer variant first', () => {
    const findings = checkTerminology(
      '---\ntitle: Ujian\n---\n\nDia kambuh semula.\nJangan memanjakan dia.',
      'mdx',
      rules,
    );
    expect(findings.map((f) => [f.line, f.column, f.found])).toEqual([
      [5, 5, 'kambuh semula'],
      [6, 8, 'memanjakan'],
    ]);
  });

  it('leaves struck-through words and the glossary’s own lists alone', () => {
    expect(checkTerminology('Bukan ~~kambuh semula~~ tetapi relaps.', 'mdx', rules)).toEqual([]);
    expect(checkTerminology('- id: relapse\n  variants:\n    ms: [kambuh semula, kambuh]\n', 'yaml', rules)).toEqual(
      [],
    );
  });

  it('runs over the real glossary, whose variants are all flagged somewhere if used', () => {
    const real = parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'content', 'glossary.yaml'), 'utf8'),
    ) as GlossaryTerms[];
    expect(terminologyRules(real).map((r) => r.term)).toEqual(expect.arrayContaining(['kambuh semula', 'memanjakan']));
  });
});
