/**
 * What the directory page computes at build time for its markup and its island:
 * the filter menus and the words the island needs, in the page's language. Build
 * only (it reads the string catalogues); the island imports its types alone.
 */
import { formatMessage, type Plural } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { dictionaries, type Translate, type UiKey } from '../../i18n/ui';
import { DISTRICTS } from '../brunei';
import { FILTER_CHOICES } from './directory';
import type { Holiday } from './holidays';
import { meetingWords, type MeetingWords } from './meeting-text';
import { startLabel, type ScheduleWords } from './schedule';
import type { Group, Meeting } from '../content/schemas';

type ChoiceKey = keyof typeof FILTER_CHOICES;

/** The catalogue key that names each value of each filter. */
const CHOICE_LABELS: { [K in ChoiceKey]: (value: (typeof FILTER_CHOICES)[K][number]) => UiKey } = {
  district: (d) => `district.${d}`,
  day: (d) => (d === 'today' ? 'directory.today' : `day.${d}`),
  time: (d) => (d === 'now' ? 'directory.now' : `time.${d}`),
  language: (l) => `language.${l}`,
  format: (f) => `format.${f}`,
  audience: (a) => `audience.${a}`,
  kind: (k) => `kind.${k}`,
};

/** A filter's menu: its query key (also the control's name), its label, its choices. */
export interface FilterSelect {
  name: ChoiceKey;
  label: UiKey;
  options: { value: string; label: string }[];
}

// Which filters sit in the compact bar and which under "more filters" (the island counts the latter).
export { COMPACT_FILTERS, MORE_FILTERS } from './directory';

/** The menu of one filter, its choices in the order of `FILTER_CHOICES`. */
export function filterSelect(name: ChoiceKey, t: Translate): FilterSelect {
  const label = CHOICE_LABELS[name] as (value: string) => UiKey;
  return {
    name,
    label: `directory.${name}`,
    options: FILTER_CHOICES[name].map((value: string) => ({ value, label: t(label(value)) })),
  };
}

/** What the directory island reads from its root's `data-directory-data` attribute. */
export interface DirectoryIslandData {
  locale: Locale;
  holidays: Holiday[];
  words: MeetingWords &
    Record<'next' | 'away' | 'showing' | 'none' | 'soonest' | 'locating' | 'locateFailed' | 'locateDone', string> & {
      districts: Record<string, string>;
      banner: Plural;
      showingAll: Plural;
      more: Plural;
      see: Plural;
    };
}

/** The island's data: what it needs beyond the cards themselves (each card carries its own record). */
export function directoryIslandData(locale: Locale, t: Translate, holidays: Holiday[]): DirectoryIslandData {
  return {
    locale,
    holidays,
    words: {
      ...meetingWords(locale, t),
      districts: Object.fromEntries(DISTRICTS.map((d) => [d, t(`district.${d}`)])),
      next: t('directory.next'),
      away: t('directory.away'),
      showing: t('directory.showing'),
      none: t('directory.none'),
      // Plural forms: the island picks one for the count it finds (src/i18n/format.ts).
      banner: dictionaries[locale]['directory.nowBanner'],
      showingAll: dictionaries[locale]['directory.showingAll'],
      locating: t('directory.locating'),
      locateFailed: t('directory.locateFailed'),
      locateDone: t('directory.locateDone'),
      more: dictionaries[locale]['directory.more'],
      see: dictionaries[locale]['directory.see'],
      soonest: t('directory.soonest'),
    },
  };
}

/** The look of every filter control (Tailwind classes). */
export const FILTER_CONTROL = 'min-h-11 w-full rounded-md border border-[var(--line)] bg-[var(--card)] px-2 py-2';

/** The words of the directory's "now" banner, as `longestBanner` needs them. */
interface BannerWords extends ScheduleWords {
  locale: Locale;
  /** "It is {time} in Brunei. {count} groups are meeting now." and its other forms. */
  banner: Plural;
  /** "Show these groups": the link while groups are meeting. */
  show: string;
  /** "Next to start:" */
  next: string;
  /** "Need to talk now? Talian Harapan (free, confidential):", said at any hour. */
  talk: string;
}

/**
 * The longest the directory's "now" banner can read at any hour: the sentence about now
 * (with the link to the groups meeting, when some are), the next meeting to start (the
 * longest a group's name, day and start can make) and the offer of 145. An invisible copy
 * of it keeps the banner's room on every screen and font, so the island's words move
 * nothing below (review R27), where a fixed height had to fit the longer language and the
 * narrowest phone.
 * @example longestBanner([{ name: 'Pelangi', meetings: [{ day: 'friday', start: '14:30', end: '16:00' }] }], words)
 * // 'It is 00:00 in Brunei. 2 groups are meeting now. Show these groups. Next to start: Pelangi — Wednesday, 00:00. Need to talk now? … 145.'
 */
function longestBanner(groups: readonly { name: string; meetings: readonly Meeting[] }[], words: BannerWords): string {
  const longest = (texts: readonly string[]) => texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const day = longest([words.today, words.tomorrow, ...words.days]);
  // Each group with its own longest start: the longest name and another group's longest start may never meet.
  const label = (m: Meeting) => startLabel({ ...m, start: '00:00', end: '00:00' }, words);
  const next = `${words.next} ${longest(groups.map((g) => `${g.name} — ${day}, ${longest(g.meetings.map(label))}`))}.`;
  const now = [...new Set([0, 1, 2, groups.length])].map((count) => {
    const sentence = formatMessage(words.banner, words.locale, { time: '00:00' }, count);
    return count ? `${sentence} ${words.show}.` : sentence;
  });
  return `${longest(now)} ${next} ${words.talk} 145.`;
}

/** The banner's longest words for a directory of these groups, in one language (see `longestBanner`). */
export function nowBannerRoom(groups: readonly { data: Group }[], locale: Locale, t: Translate): string {
  return longestBanner(
    groups.map(({ data }) => ({
      name: data.name[locale],
      meetings: [...data.schedule, ...(data.ramadan?.schedule ?? [])],
    })),
    {
      ...meetingWords(locale, t),
      banner: dictionaries[locale]['directory.nowBanner'],
      show: t('directory.nowShow'),
      next: t('directory.soonest'),
      talk: t('directory.talk145'),
    },
  );
}
