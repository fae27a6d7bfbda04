/**
 * A light, dictionary-free Malay stemmer: it strips the particles, possessives,
 * prefixes and suffixes that Malay words are built from (meN-, peN-, ber-, di-,
 * ter-, ke-, se-, -kan, -an, -i, -lah, -nya…) and restores the first letter that
 * meN-/peN- swallow (memulihkan → pulih, menagih → tagih, menyokong → sokong).
 *
 * The search index is stemmed by Pagefind's Indonesian stemmer (see
 * docs/search.md); this one only decides, on the reader's device, which synonym
 * group or known word a typed word belongs to. It must agree with itself, not
 * with a dictionary, so where a prefix is ambiguous (mengajar: ajar or kajar?)
 * `malayStems` returns every candidate and callers match on any of them.
 */
import { foldAccents } from '../text';

const VOWELS = /[aeiou]/g;

/** Syllables, approximated by vowels: "pulih" has 2. */
function syllables(word: string): number {
  return word.match(VOWELS)?.length ?? 0;
}

const isVowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);

// A root keeps at least two syllables ("hati" must not become "hat").
const MIN_SYLLABLES = 2;

// Words that look affixed but are roots or function words; stemming them would
// only produce noise ("kerana" is not ke- + "rana").
const KEEP = new Set([
  'kerana',
  'kepada',
  'seperti',
  'sebab',
  'sekolah',
  'selamat',
  'semua',
  'sendiri',
  'sentiasa',
  'selalu',
  'berapa',
  'beliau',
  'belum',
  'bersih',
  'bertih',
  'terus',
  'tetapi',
  'dengan',
  'daripada',
  'dapat',
  'pernah',
  'perlu',
  'percaya',
  'perempuan',
  'penting',
  'pendek',
  'pengsan',
  'peranti',
  'pesara',
  'mentor',
  'menteri',
  'mereka',
  'merah',
  'masjid',
  'kami',
  'kita',
  'kini',
  'kenal',
  'keluar',
  'keras',
  'diri',
  'dia',
  'dialog',
  'terima',
  'teman',
  'tenang',
  'bekas',
  'benar',
  'besar',
  'berat',
  'belia',
  'keluarga',
  'selepas',
  'sebelum',
  'sehingga',
  'setiap',
  'semasa',
  'sesi',
  'serta',
  'dalam',
]);

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];

function stripEnding(word: string, endings: readonly string[]): string {
  for (const e of endings) {
    if (word.endsWith(e) && syllables(word.slice(0, -e.length)) >= MIN_SYLLABLES) return word.slice(0, -e.length);
  }
  return word;
}

/**
 * The roots a prefixed word may come from, most likely first; the word itself
 * when no prefix applies. meN-/peN- before a vowel may have swallowed p, t, s or
 * k, so those roots are offered alongside the bare one.
 */
function stripPrefix(word: string): string[] {
  const out: string[] = [];
  const push = (...roots: string[]) => {
    for (const r of roots) if (syllables(r) >= MIN_SYLLABLES && !out.includes(r)) out.push(r);
  };
  const [c0, c1, c2] = [word[2], word[3], word[4]];

  if (word.startsWith('me') || word.startsWith('pe')) {
    const r = word.slice(2);
    if (c0 === 'n' && c1 === 'y' && isVowel(c2)) push(`s${word.slice(4)}`);
    else if (c0 === 'n' && c1 === 'g' && isVowel(c2)) push(word.slice(4), `k${word.slice(4)}`);
    else if (c0 === 'n' && c1 === 'g') push(word.slice(4));
    else if (c0 === 'm' && isVowel(c1)) push(`p${word.slice(3)}`, word.slice(3), r);
    else if (c0 === 'm' && 'bfp'.includes(c1 ?? '-')) push(word.slice(3));
    else if (c0 === 'n' && isVowel(c1)) push(`t${word.slice(3)}`, word.slice(3), r);
    else if (c0 === 'n' && 'cdjstz'.includes(c1 ?? '-')) push(word.slice(3));
    else if ('lrwy'.includes(c0 ?? '-') && isVowel(c1)) push(r);
    // per- (perjumpaan, perkongsian) and pel- in pelajar.
    if (word.startsWith('per') && !isVowel(c1)) push(word.slice(3));
    if (word.startsWith('pelajar')) push(word.slice(3));
  }
  // ber- before a root that starts with r merges the two (berehat ← rehat).
  if (word.startsWith('ber')) push(word.slice(3), ...(isVowel(c1) ? [word.slice(2)] : []));
  if (word.startsWith('bek')) push(word.slice(2));
  if (word.startsWith('belajar')) push(word.slice(3));
  if (word.startsWith('ter')) push(word.slice(3));
  for (const p of ['di', 'ke', 'se']) if (word.startsWith(p)) push(word.slice(2));
  return out.length ? out : [word];
}

/** Lower-case letters and hyphens only: "Pemulihan," → "pemulihan". */
export function normaliseWord(word: string): string {
  return foldAccents(word.toLowerCase()).replace(/[^a-z-]/g, '');
}

/**
 * Every root a Malay word may have, most likely first.
 * @example malayStems('memulihkan') // ['pulih', 'ulih']
 * @example malayStems('kanak-kanak') // ['kanak']
 */
export function malayStems(word: string): string[] {
  const w = normaliseWord(word);
  if (!w) return [];
  // Reduplication: "tanda-tanda" and "kanak-kanak" share the root of one half.
  const halves = w.split('-').filter(Boolean);
  if (halves.length === 2 && halves[0] !== undefined && halves[1] !== undefined) {
    const [a, b] = [malayStems(halves[0]), malayStems(halves[1])];
    const shared = a.filter((s) => b.includes(s));
    return shared.length ? shared : [...new Set([...a, ...b])];
  }
  const plain = w.replace(/-/g, '');
  if (KEEP.has(plain) || syllables(plain) <= MIN_SYLLABLES) return [plain];

  const bare = stripEnding(stripEnding(plain, PARTICLES), POSSESSIVES);
  if (KEEP.has(bare)) return [bare];
  const stems = new Set<string>();
  for (const root of stripPrefix(bare)) {
    // A suffix goes only once a prefix has gone, or on a word long enough to carry one.
    const unsuffixed = stripEnding(root, SUFFIXES);
    stems.add(unsuffixed);
    // A second prefix (memper-, diper-, keber-…): strip once more.
    if (root !== bare) for (const inner of stripPrefix(unsuffixed)) if (inner !== unsuffixed) stems.add(inner);
  }
  return [...stems];
}

/**
 * The single most likely root of a Malay word.
 * @example malayStem('pemulihan') // 'pulih'
 */
export function malayStem(word: string): string {
  return malayStems(word)[0] ?? '';
}
