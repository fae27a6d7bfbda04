/**
 * The language check over the real content and UI strings: fails with file:line:column, the
 * word and what to say instead. Same check as `npm run check:language`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkLanguage, formatFinding, sourceKindOf } from '../../tools/lib/language-check';
import { CONTEXT_ONLY_WORDS } from '../../tools/lib/stigma-terms';
import { checkTerminology, terminologyRules, type GlossaryTerms } from '../../tools/lib/terminology';
import { languageCheckedFiles, ROOT } from '../../tools/lib/prose-files.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const caught = (word: string) => checkLanguage(word, 'mdx').length > 0;

describe('content and UI strings use person-first, non-stigmatising words', () => {
  const files = languageCheckedFiles();

  it('reads the articles, stories, pages, YAML data and both UI string tables', () => {
    expect(files.filter((f) => f.startsWith('content/articles/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('content/stories/')).length).toBeGreaterThan(0);
    expect(files).toContain('content/glossary.yaml');
    expect(files).toContain('content/helplines.yaml');
    expect(files.some((f) => f.startsWith('content/groups/'))).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['src/i18n/ms.ts', 'src/i18n/en.ts']));
  });

  it.each(files)('%s', (path) => {
    const kind = sourceKindOf(path);
    if (!kind) throw new Error(`no language-check kind for ${path}`);
    const report = checkLanguage(read(path), kind).map((f) => formatFinding(path, f));
    expect(report, `Stigmatising words in ${path} (see docs/writing-guide.md):\n${report.join('\n')}`).toEqual([]);
  });
});

describe('content and UI strings use one term for each glossary idea', () => {
  const rules = terminologyRules(parse(read('content/glossary.yaml')) as GlossaryTerms[]);

  it('has variants to look for', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  it.each(languageCheckedFiles())('%s', (path) => {
    const kind = sourceKindOf(path);
    if (!kind) throw new Error(`no language-check kind for ${path}`);
    const report = checkTerminology(read(path), kind, rules).map((f) => formatFinding(path, f));
    expect(report, `Glossary variants in ${path} (use the glossary term):\n${report.join('\n')}`).toEqual([]);
  });
});

describe('the word list agrees with what we tell editors and readers', () => {
  const contextOnly = (word: string) => CONTEXT_ONLY_WORDS.includes(word.toLowerCase());

  it('catches every word the glossary tells readers to avoid', () => {
    const glossary = parse(read('content/glossary.yaml')) as { id: string; avoid?: { ms?: string[]; en?: string[] } }[];
    const avoid = glossary.flatMap((t) => [...(t.avoid?.ms ?? []), ...(t.avoid?.en ?? [])]);
    expect(avoid.length).toBeGreaterThan(0);
    const missed = [...new Set(avoid)].filter((w) => !contextOnly(w) && !caught(w));
    expect(
      missed,
      'add these to tools/lib/stigma-terms.ts (or, if they are ordinary words elsewhere, to CONTEXT_ONLY_WORDS with a pattern)',
    ).toEqual([]);
  });

  it('catches every struck-through word in the writing guide’s table', () => {
    const guide = read('docs/writing-guide.md');
    const struck = guide
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => [...line.matchAll(/~~([^~]+)~~/g)].map((m) => m[1] ?? ''));
    expect(struck.length).toBeGreaterThan(0);
    expect(struck.filter((w) => !contextOnly(w) && !caught(w))).toEqual([]);
  });
});
