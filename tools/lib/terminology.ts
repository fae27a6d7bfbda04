/**
 * The terminology check: one word for one idea, taken from the glossary. A glossary entry's
 * `variants` lists other words for the same idea (not stigmatising, just drift, e.g.
 * "kambuh semula" beside "relaps"); content that uses a variant is told the preferred term.
 * Part of `npm run check:language`; the matching is the language check's own.
 *
 * Imports of our own modules carry `.ts` so that Node can run the CLI (tools/) directly.
 */
import { LOCALES } from '../../src/i18n/locales.ts';
import { findStigmaTerms, maskSkipped, type Finding, type SourceKind } from './language-check.ts';
import type { StigmaTerm } from './stigma-terms.ts';

export interface GlossaryTerms {
  id: string;
  ms: string;
  en: string;
  variants?: { ms?: readonly string[]; en?: readonly string[] };
}

/** The preferred form of a glossary term: without its explanation in brackets. */
export function preferredTerm(term: string): string {
  const bare = term.replace(/\s*\(.*\)\s*$/, '').trim();
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** One rule per variant: the variant, and the glossary term to use instead. */
export function terminologyRules(glossary: readonly GlossaryTerms[]): StigmaTerm[] {
  return glossary.flatMap((entry) =>
    LOCALES.flatMap((locale) =>
      (entry.variants?.[locale] ?? []).map((variant) => ({
        term: variant,
        locale,
        suggestion: `${preferredTerm(entry[locale])} (one term for one idea: glossary "${entry.id}")`,
      })),
    ),
  );
}

/** Every variant used in one file's text (quotes of sources, struck-through words and the glossary's own lists skipped). */
export function checkTerminology(source: string, kind: SourceKind, rules: readonly StigmaTerm[]): Finding[] {
  if (rules.length === 0) return [];
  return findStigmaTerms(maskSkipped(source, kind), rules);
}
