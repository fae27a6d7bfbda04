/**
 * What the search page offers when a query finds nothing or little: words close
 * to the ones typed, and the sections most likely to help, in order. Pure: the
 * island renders them, unit tests check them.
 */
import { editDistance } from '../text';
import { queryWords, type KnownWords } from './search-query';
import { isFamilyWord, isStopWord } from './search-words';

/** Fewer results than this and the page also shows the help (near words, sections, 145). */
export const FEW_RESULTS = 3;

/** The sections the help block links to, by key (`data-section` on the page). */
export const HELP_SECTIONS = ['help', 'families', 'learn', 'groups', 'stories', 'programmes', 'glossary'] as const;
export type HelpSection = (typeof HELP_SECTIONS)[number];

// Words that point at one section; a reader's words in either language.
const POINTERS: Partial<Record<HelpSection, RegExp>> = {
  help: /^(tolong|bantuan|bantu|kecemasan|bahaya|ambulans|991|145|talian|pengsan|overdos|dos|mati|bunuh|emergency|help|urgent|danger|ambulance|hotline|helpline|call|faint|overdose|dying|suicide|crisis)/,
  groups:
    /^(kumpulan|perjumpaan|jumpa|mesyuarat|group|groups|meeting|meet|near|dekat|tutong|belait|temburong|muara|seria|bangar)/,
  programmes: /^(program|pusat|al-islah|islah|basmida|rehab|centre|center|programme)/,
  stories: /^(kisah|cerita|pengalaman|story|stories|experience)/,
};

/**
 * The help sections in the order most likely to help this query: a relative named
 * puts the family section first, an emergency word the help page, and so on. Help
 * (145, 991) is never lower than second.
 * @example likelySections('adik saya guna dadah')[0] // 'families'
 */
export function likelySections(query: string): HelpSection[] {
  const words = queryWords(query);
  const score = new Map<HelpSection, number>(HELP_SECTIONS.map((s, i) => [s, -i / 10]));
  const add = (s: HelpSection, n: number) => score.set(s, (score.get(s) ?? 0) + n);
  if (words.some(isFamilyWord) || words.some((w) => /^(keluarga|family|families|parent|ibu|bapa)/.test(w)))
    add('families', 2);
  for (const [section, re] of Object.entries(POINTERS) as [HelpSection, RegExp][]) {
    if (words.some((w) => re.test(w))) add(section, section === 'help' ? 3 : 1.5);
  }
  const order = [...HELP_SECTIONS].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
  // Help stays within reach whatever was typed.
  if (order.indexOf('help') > 1) order.splice(1, 0, ...order.splice(order.indexOf('help'), 1));
  return order;
}

/**
 * Known words near the ones typed (one or two letters apart, or sharing the first
 * five letters), to offer as "Try:" links. Filler words and words already typed
 * are left out; at most `limit`.
 * @example nearWords('pemulihn', known) // ['pemulihan']
 */
export function nearWords(query: string, known: KnownWords, limit = 4): string[] {
  const typed = queryWords(query).filter((w) => w.length >= 4 && !isStopWord(w));
  const out: string[] = [];
  for (const word of typed) {
    const max = word.length >= 7 ? 2 : 1;
    const near = [...known.words]
      .filter((k) => k !== word && !typed.includes(k))
      .map((k) => ({ k, d: k.slice(0, 5) === word.slice(0, 5) && word.length >= 5 ? 0.5 : editDistance(word, k, max) }))
      .filter((c) => c.d <= max)
      .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
    for (const { k } of near) if (!out.includes(k)) out.push(k);
  }
  return out.slice(0, limit);
}
