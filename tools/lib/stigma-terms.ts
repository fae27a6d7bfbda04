/**
 * Words that shame people who use drugs, in both languages, with what to say instead.
 * The language check (`language-check.ts`) looks for every entry in every text, whatever
 * its language: a Malay label in an English page hurts just as much.
 *
 * Editors: add a word here when you meet a new one. `term` is what the report shows;
 * `pattern` (optional) is a regular expression for the forms or the context that make the
 * word stigmatising, e.g. "clean" only when it means "not using drugs". Without `pattern`,
 * the term itself is matched as a whole word, case-insensitively, with any spacing.
 * Keep the longer phrase before the shorter one ("bekas penagih" before "penagih"):
 * the first entry that matches a place wins, so its suggestion is the more specific one.
 */
import type { Locale } from '../../src/i18n/locales';

export interface StigmaTerm {
  /** The word or phrase as the report names it. */
  term: string;
  /** The language the term belongs to; `suggestion` is in the same language. */
  locale: Locale;
  /** What to say instead. */
  suggestion: string;
  /** Optional regular expression (source, matched case-insensitively with the `u` flag). */
  pattern?: string;
}

// Verbs that make "clean" mean "not using drugs" ("stayed clean", "been clean for a year").
// Not "come clean": that means telling the truth.
const CLEAN_VERBS = String.raw`(?:stay|stays|stayed|staying|been|being|get|gets|got|getting|gotten|go|goes|went|going|keep|keeps|kept|keeping|remain|remains|remained|remaining)`;
const TIME_SPAN = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some)\s+(?:days?|weeks?|months?|years?)`;
const TEST_WORDS = String.raw`(?:tests?|results?|urine|samples?|screens?)`;

const PERSON_EN = 'a person who uses drugs';
const PERSON_MS = 'seseorang yang menggunakan dadah';

export const STIGMA_TERMS: readonly StigmaTerm[] = [
  // ── English ──
  { term: 'recovering addict', locale: 'en', suggestion: 'a person in recovery' },
  { term: 'former addict', locale: 'en', suggestion: 'a person in recovery' },
  { term: 'ex-addict', locale: 'en', suggestion: 'a person in recovery', pattern: String.raw`ex[-\s]?addicts?` },
  { term: 'drug addict', locale: 'en', suggestion: PERSON_EN, pattern: String.raw`drug\s+addicts?` },
  {
    term: 'addict',
    locale: 'en',
    suggestion: `${PERSON_EN}; a person with a substance use disorder`,
    pattern: 'addicts?',
  },
  { term: 'junkie', locale: 'en', suggestion: PERSON_EN, pattern: 'junkies?' },
  { term: 'meth head', locale: 'en', suggestion: 'a person who uses syabu (methamphetamine)', pattern: 'meth ?heads?' },
  { term: 'druggie', locale: 'en', suggestion: PERSON_EN, pattern: 'druggies?' },
  {
    term: 'crackhead / pothead / dope fiend',
    locale: 'en',
    suggestion: PERSON_EN,
    pattern: String.raw`(?:crack|pot|meth|dope)[-\s]?heads?|dope\s+fiends?|stoners?|tweakers?`,
  },
  { term: 'drug abuser', locale: 'en', suggestion: PERSON_EN, pattern: String.raw`(?:drug|substance)\s+abusers?` },
  {
    term: 'abuser',
    locale: 'en',
    suggestion: `${PERSON_EN}; a person with a substance use disorder`,
    pattern: 'abusers?',
  },
  { term: 'substance abuse', locale: 'en', suggestion: 'substance use; a substance use disorder' },
  { term: 'drug abuse', locale: 'en', suggestion: 'drug use', pattern: String.raw`drugs?\s+abuse` },
  {
    term: 'abusing drugs',
    locale: 'en',
    suggestion: 'using drugs',
    pattern: String.raw`abus(?:e|es|ed|ing)\s+(?:drugs|substances|alcohol)`,
  },
  { term: 'drug user', locale: 'en', suggestion: PERSON_EN, pattern: String.raw`drug\s+users?` },
  {
    term: 'drug habit',
    locale: 'en',
    suggestion: 'drug use; a substance use disorder',
    pattern: String.raw`drug\s+habits?`,
  },
  {
    term: 'hopeless case',
    locale: 'en',
    suggestion: 'a person who needs more support',
    pattern: String.raw`hopeless\s+cases?`,
  },
  {
    term: 'clean (not using drugs)',
    locale: 'en',
    suggestion: 'not using drugs; in recovery',
    pattern: String.raw`${CLEAN_VERBS}\s+clean|clean\s+(?:for\s+${TIME_SPAN}|and\s+sober|time|date)|${TEST_WORDS}\s+(?:was\s+|were\s+|came\s+back\s+)?clean|clean\s+${TEST_WORDS}`,
  },
  {
    term: 'dirty (a test result or relapse)',
    locale: 'en',
    suggestion: 'tested positive; returned to drug use',
    pattern: String.raw`dirty\s+(?:again|${TEST_WORDS})|${TEST_WORDS}\s+(?:was\s+|were\s+|came\s+back\s+)?dirty|(?:got|gets|getting|went|go|was|is)\s+dirty\s+again`,
  },

  // ── Bahasa Melayu ──
  { term: 'penagih tegar', locale: 'ms', suggestion: 'seseorang yang perlukan lebih sokongan' },
  {
    term: 'bekas penagih',
    locale: 'ms',
    suggestion: 'seseorang yang dalam pemulihan; seseorang yang pernah menggunakan dadah',
  },
  { term: 'bekas banduan dadah', locale: 'ms', suggestion: 'seseorang yang dalam pemulihan' },
  { term: 'penagih', locale: 'ms', suggestion: PERSON_MS },
  { term: 'penagihan', locale: 'ms', suggestion: 'ketagihan; penggunaan dadah' },
  { term: 'kaki dadah', locale: 'ms', suggestion: PERSON_MS },
  { term: 'budak dadah', locale: 'ms', suggestion: PERSON_MS },
  { term: 'kaki syabu', locale: 'ms', suggestion: 'orang yang menggunakan syabu' },
  { term: 'budak syabu', locale: 'ms', suggestion: 'orang yang menggunakan syabu' },
  { term: 'mat gian', locale: 'ms', suggestion: PERSON_MS },
  { term: 'sampah masyarakat', locale: 'ms', suggestion: 'ahli masyarakat kitani' },
  {
    term: 'penyalahguna dadah',
    locale: 'ms',
    suggestion: `${PERSON_MS}; seseorang yang mengalami gangguan penggunaan bahan`,
  },
  { term: 'penyalahgunaan dadah', locale: 'ms', suggestion: 'penggunaan dadah' },
  { term: 'kes tiada harapan', locale: 'ms', suggestion: 'seseorang yang perlukan lebih sokongan' },
  {
    term: 'bersih (tidak menggunakan dadah)',
    locale: 'ms',
    suggestion: 'tidak lagi menggunakan dadah; dalam pemulihan',
    pattern: String.raw`bersih\s+(?:daripada|dari)\s+dadah|sudah\s+bersih`,
  },
  {
    term: 'kotor (keputusan ujian)',
    locale: 'ms',
    suggestion: 'keputusan ujian positif',
    pattern: String.raw`(?:ujian|air\s+kencing|sampel)\s+(?:\p{L}+\s+)?kotor`,
  },
];

/**
 * Words the glossary asks readers to avoid that are ordinary words in other senses ("a clean
 * kitchen", "gagal peperiksaan", "site users"). The check catches them only in the contexts
 * the patterns above describe ("stayed clean", "ujian kotor"), never alone.
 */
export const CONTEXT_ONLY_WORDS: readonly string[] = [
  'user',
  'clean',
  'dirty',
  'failure',
  'failed',
  'bersih',
  'kotor',
  'gagal',
  'tiada harapan',
];

/**
 * Names of laws and official bodies keep their own words (docs/writing-guide.md): the check
 * skips these phrases wherever they appear, e.g. a source's publisher named in the text.
 */
export const OFFICIAL_NAMES: readonly string[] = [
  'National Institute on Drug Abuse',
  'Substance Abuse and Mental Health Services Administration',
  'International Day against Drug Abuse and Illicit Trafficking',
  'Akta Penyalahgunaan Dadah',
  'Hari Antarabangsa Menentang Penyalahgunaan Dadah dan Pengedaran Haram',
];

/**
 * The alex (retext-equality) rules the check turns on, for English text. alex knows many
 * rules; most are about gender or plain style and flag ordinary words on this site ("he",
 * "mother", "just", "simple"). We keep only those about addiction, mental health and suicide.
 * Left out on purpose: `rehab` (a plain word for a rehabilitation centre here), `depressed`,
 * `binge`, `panic-attack`, `bipolar`, `ocd` (clinical words a health page needs).
 */
export const ALEX_RULES: readonly string[] = [
  'addict',
  'addicts',
  'alcoholic',
  'nuts',
  'insanely',
  'schizo',
  'psychotic',
  'maniac',
  'wacko',
  'sociopath',
  'sociopaths',
  'retard',
  'retards',
  'cretin',
  'committed-suicide',
  'commit-suicide',
  'failed-suicide',
  'suicide-pact',
  'suicide-note',
];

/**
 * Words alex's rules flag that are fine here. The `nuts` rule (crazy, insane, lunatic…) also
 * lists "mental", which would flag every "mental health".
 */
export const ALEX_ALLOWED_WORDS: readonly string[] = ['mental'];

/** Clearer suggestions than alex's own for the rules we keep. */
export const ALEX_SUGGESTIONS: Readonly<Record<string, string>> = {
  addict: `${PERSON_EN}; a person with a substance use disorder`,
  addicts: 'people who use drugs; people with a substance use disorder',
  alcoholic: 'a person with an alcohol use disorder',
  nuts: 'describe the behaviour or the condition, e.g. "a person with a mental health condition"',
};
