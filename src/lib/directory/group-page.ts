import type { Locale } from '../../i18n/locales';
import { TIME_ZONE } from '../brunei';
import { dateFormat, formatDate, isoDate, monthsBetween } from '../dates';
import { languageTag } from '../../i18n/format';
import type { Group, Meeting, Service } from '../content/schemas';
import type { Translate } from '../../i18n/ui';
import { sortMeetings } from './schedule';

/** Information older than this many months carries a warning on the group page. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when the listing was last verified more than 12 months before `now`.
 * @example isStale(new Date('2025-07-20'), new Date('2026-11-26')) // true
 */
export function isStale(lastVerified: Date, now: Date = new Date()): boolean {
  const months = monthsBetween(lastVerified, now);
  return (
    months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && now.getUTCDate() !== lastVerified.getUTCDate())
  );
}

/**
 * What a service card says about checking it: the date and the way only from a real
 * `verified:` record (and a warning once that is over 12 months old); otherwise "not yet
 * verified", with "please confirm" unless its facts are of high confidence. Never a date
 * that did not happen.
 * @example serviceChecked({ confidence: 'M' }, 'en', t) // { note: 'Not yet verified by Rakan Pulih. Please confirm with the agency.' }
 */
export function serviceChecked(
  service: Pick<Service, 'verified' | 'confidence'>,
  locale: Locale,
  t: Translate,
  now: Date = new Date(),
): { checked?: { label: string; iso: string; date: string; how: string }; note: string } {
  const record = service.verified;
  if (!record)
    return {
      note: [t('services.notVerified'), service.confidence === 'H' ? '' : t('services.confirm')].join(' ').trim(),
    };
  return {
    checked: {
      label: t('groups.lastVerified'),
      iso: isoDate(record.date),
      date: formatDate(record.date, locale),
      how: t(`verify.method.${record.method}`),
    },
    note: isStale(record.date, now) ? t('services.stale') : '',
  };
}

/**
 * A group's source line in the page's language: `{ ms, en }` gives each page its own; one
 * string (a citation kept as written) is shown as it is on both.
 * @example sourceIn({ ms: 'Contoh sahaja', en: 'Sample only' }, 'ms') // 'Contoh sahaja'
 */
export function sourceIn(source: Group['source'], locale: Locale): string {
  return typeof source === 'string' ? source : source[locale];
}

/** A plain link that opens the reader's maps app; followed only when clicked. */
export function mapsHref({ lat, lng }: { lat: number; lng: number }): string {
  return `https://www.google.com/maps/search/?api=1&query=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
}

/** "Suggest a correction": a mailto with the group and page filled in. */
export function correctionMailto(email: string, group: Pick<Group, 'name'>, pageUrl: string, locale: Locale): string {
  const subject = locale === 'ms' ? `Pembetulan: ${group.name.ms}` : `Correction: ${group.name.en}`;
  const body =
    locale === 'ms'
      ? `Halaman: ${pageUrl}\n\nApa yang perlu dibetulkan?\n\n`
      : `Page: ${pageUrl}\n\nWhat needs correcting?\n\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The same place on OpenStreetMap, for readers who prefer not to open Google. */
export function osmHref({ lat, lng }: { lat: number; lng: number }): string {
  const [la, ln] = [lat.toFixed(5), lng.toFixed(5)];
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${ln}#map=16/${la}/${ln}`;
}

/** Ways to get in touch, in the order a first-time reader would try them. */
export const CONTACT_METHODS = ['phone', 'whatsapp', 'email', 'url'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Which ways to get in touch a group has. @example contactMethods({ email: 'a@example.org', phone: null }) // ['email'] */
export function contactMethods(contact: Partial<Record<ContactMethod, string | null | undefined>>): ContactMethod[] {
  return CONTACT_METHODS.filter((m) => Boolean(contact[m]));
}

/** A wa.me link for a Brunei number (country code 673). @example whatsappHref('712 3456') // 'https://wa.me/6737123456' */
export function whatsappHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `https://wa.me/${number.trim().startsWith('+') ? digits : `673${digits}`}`;
}

/**
 * How long a meeting lasts, in minutes (past midnight counts on).
 * @example meetingMinutes({ start: '23:30', end: '01:00' }) // 90
 */
export function meetingMinutes(meeting: {
  start?: string | undefined;
  end?: string | undefined;
  duration?: number | undefined;
}): number {
  // A meeting after a prayer states its length; a clock-time one is end minus start (past midnight wraps).
  if (meeting.duration !== undefined) return meeting.duration;
  const toMin = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3, 5));
  return (((toMin(meeting.end ?? '00:00') - toMin(meeting.start ?? '00:00')) % 1440) + 1440) % 1440;
}

/**
 * The different lengths of a group's meetings, in week order, each once.
 * @example meetingLengths([{ day: 'monday', start: '19:00', end: '20:30' }, { day: 'friday', start: '14:00', end: '15:30' }]) // [90]
 */
export function meetingLengths(schedule: readonly Meeting[]): number[] {
  return [...new Set(sortMeetings(schedule).map(meetingMinutes))];
}

/** "1 hour 30 minutes" / "1 jam 30 minit". */
export function formatDuration(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const words = locale === 'ms' ? { h: 'jam', hs: 'jam', m: 'minit' } : { h: 'hour', hs: 'hours', m: 'minutes' };
  return [h ? `${h} ${h === 1 ? words.h : words.hs}` : '', m ? `${m} ${words.m}` : ''].filter(Boolean).join(' ');
}

/**
 * The calendar date of an instant in Brunei, written out: printed pages give dates,
 * never "tomorrow" (paper is read on another day).
 * @example absoluteDate(new Date('2026-12-04T16:00:00Z'), 'en') // 'Saturday 5 December 2026'
 */
export function absoluteDate(instant: Date, locale: Locale): string {
  return dateFormat(languageTag(locale), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(instant)
    .replace(',', '');
}

/**
 * The next meeting as paper shows it: a date, never "tomorrow".
 * @example printedMeeting({ meeting: { day: 'friday', start: '14:30', end: '16:00' }, startsIn: 60 }, now, 'en') // 'Friday 5 December 2026, 14:30–16:00'
 */
export function printedMeeting(
  next: { meeting: { start: string; end: string }; startsIn: number },
  now: Date,
  locale: Locale,
): string {
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + next.startsIn * 60_000);
  return `${absoluteDate(start, locale)}, ${next.meeting.start}–${next.meeting.end}`;
}

/**
 * Classes that keep room for a next-meeting text of `characters` characters at 18 px:
 * about 27 characters a line in a 320 px screen's column, 60 from 640 px. Written out
 * whole so Tailwind finds them. At most four lines on a phone, two from 640 px.
 * @example reservedLines(30) // { phone: 'min-h-[2lh]', wide: 'sm:min-h-[1lh]' }
 */
export function reservedLines(characters: number): { phone: string; wide: string } {
  const PHONE = ['min-h-[1lh]', 'min-h-[1lh]', 'min-h-[2lh]', 'min-h-[3lh]', 'min-h-[4lh]'] as const;
  const WIDE = ['sm:min-h-[1lh]', 'sm:min-h-[1lh]', 'sm:min-h-[2lh]'] as const;
  return {
    phone: PHONE[Math.min(4, Math.ceil(characters / 27))]!,
    wide: WIDE[Math.min(2, Math.ceil(characters / 60))]!,
  };
}

/** The details a group may leave out of its listing, which its page then says it has not told us. */
export const UNTOLD_FIELDS = ['cost', 'families', 'runBy'] as const;

/**
 * Which of those details this group has not given, in the page's order. Whether family
 * members may come is no question for a family group or one for families (review of N3).
 */
export function untoldFields(
  group: Partial<Pick<Group, (typeof UNTOLD_FIELDS)[number] | 'kind' | 'audience'>>,
): (typeof UNTOLD_FIELDS)[number][] {
  const forFamilies = group.kind === 'family-group' || Boolean(group.audience?.includes('families'));
  return UNTOLD_FIELDS.filter((field) => !group[field] && !(field === 'families' && forFamilies));
}

/**
 * What the group is, in a line under its name: its kind, who it is for (unless a family
 * group, which says it is for families already) and how it meets. Parts, for the page to join.
 * @example groupLead({ kind: 'support-group', audience: ['women'], format: 'in-person' }, 'en', t)
 * // ['Support group', 'for women', 'in person']
 */
export function groupLead(group: Pick<Group, 'kind' | 'audience' | 'format'>, locale: Locale, t: Translate): string[] {
  // A family group is for families already: "Family group · for women", not "…for women and families".
  const who = group.kind === 'family-group' ? group.audience.filter((a) => a !== 'families') : group.audience;
  const list = new Intl.ListFormat(languageTag(locale), { type: 'conjunction' });
  const audience = who.includes('everyone')
    ? t('lead.everyone')
    : who.length > 0 && t('lead.for', { who: list.format(who.map((a) => t(`lead.audience.${a}`))) });
  // One sentence's parts: only the first begins with a capital.
  const format = t(`format.${group.format}`).toLocaleLowerCase(languageTag(locale));
  return audience ? [t(`kind.${group.kind}`), audience, format] : [t(`kind.${group.kind}`), format];
}

/** The first-time answers a group may leave out, which "Your first time" then names once. */
export const UNTOLD_FIRST_TIME = ['bring', 'late', 'speak'] as const;

/** Anything a group may leave out of its listing, which its page names as not told to us. */
export type UntoldField = (typeof UNTOLD_FIELDS)[number] | (typeof UNTOLD_FIRST_TIME)[number];

/** Which first-time answers this group has not given, in the page's order (review N7). */
export function untoldFirstTime(first: Group['firstTime']): (typeof UNTOLD_FIRST_TIME)[number][] {
  return UNTOLD_FIRST_TIME.filter((field) => !first?.[field]);
}

/**
 * Phrases as one sentence: joined by semicolons, the first letter capital, a full stop.
 * @example listSentence(['the cost', 'who runs it'], 'en') // 'The cost; who runs it.'
 */
export function listSentence(items: readonly string[], locale: Locale): string {
  const text = items.join('; ');
  return text ? `${text.charAt(0).toLocaleUpperCase(languageTag(locale))}${text.slice(1)}.` : '';
}
