/**
 * `/groups.json`: the directory as a Meeting Guide feed (code4recovery/spec),
 * the open format that TSML UI, the Meeting Guide app and other meeting finders
 * read. One entry per meeting time; a group meeting at the same time on several
 * days gets one entry with a `day` array.
 *
 * Text fields are in Malay (the site's default language), with the English
 * description added to `notes`. Type codes: the spec's own where the meaning is
 * the same (EN, O, W, M, Y), custom `RP-…` codes otherwise — see FEED_TYPES and
 * docs/directory.md.
 */
import { dictionaries } from '../../i18n/ui';
import { localePath } from '../../i18n/paths';
import { BRUNEI_BOUNDS, TIME_ZONE } from '../brunei';
import type { Audience, GroupKind, MeetingLanguage } from './group-fields';
import type { Holiday } from './holidays';
import { meetingWords, ramadanListDate, scheduleLines } from './meeting-text';
import { bruneiDate, dayNumber, resolveMeeting, sortMeetings, startLabel } from './schedule';
import type { Group, Meeting } from '../content/schemas';

export interface MeetingGuideEntry {
  name: string;
  slug: string;
  day: number | number[];
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  notes: string;
  location?: string;
  location_notes?: string;
  formatted_address: string;
  latitude?: number;
  longitude?: number;
  approximate: 'yes' | 'no';
  region: string;
  sub_region: string;
  conference_url?: string;
  conference_url_notes?: string;
  group: string;
  /** When someone last verified the listing; left out while nobody has (issue 11). */
  updated?: string;
  url: string;
  feedback_url: string;
  feedback_emails: string[];
  entity: string;
  entity_location: string;
  entity_website_url: string;
}

/**
 * Our fields → Meeting Guide type codes. Spec codes are used only where their
 * meaning is ours: O (Open: anyone may come), W, M, Y, EN. Custom codes start
 * with `RP-` and are longer than three letters, so they can clash neither with
 * a reserved code nor with an ISO 639 language code (which the spec may add).
 */
export const FEED_TYPES: {
  audience: Record<Audience, string>;
  language: Record<MeetingLanguage, string>;
  kind: Record<GroupKind, string>;
} = {
  audience: { everyone: 'O', families: 'RP-FAMILIES', women: 'W', men: 'M', 'young-people': 'Y' },
  language: { ms: 'RP-MALAY', en: 'EN', zh: 'RP-CHINESE', other: 'RP-OTHER-LANGUAGE' },
  kind: {
    'support-group': 'RP-SUPPORT-GROUP',
    'family-group': 'RP-FAMILY-GROUP',
    mentoring: 'RP-MENTORING',
    'community-activity': 'RP-COMMUNITY-ACTIVITY',
  },
};

/**
 * The spec's reserved and proposed type codes (code4recovery/spec README), against
 * which custom codes are checked.
 */
// prettier-ignore
export const RESERVED_TYPES: readonly string[] = [
  '11', '12x12', 'A', 'ABSI', 'AF', 'AL', 'AL-AN', 'AM', 'AR', 'ASL', 'B', 'BA', 'BE', 'BG', 'BI', 'BRK', 'C', 'CAN',
  'CF', 'D', 'DA', 'DB', 'DD', 'DE', 'DR', 'EL', 'EN', 'FA', 'FF', 'FI', 'FR', 'G', 'GR', 'H', 'HE', 'HI', 'HR', 'HU',
  'IS', 'ITA', 'JA', 'KA', 'KOR', 'L', 'LGBTQ', 'LIT', 'LS', 'LT', 'M', 'MED', 'ML', 'MT', 'N', 'NB', 'NDG', 'NE', 'NL',
  'NO', 'O', 'OUT', 'P', 'POA', 'POC', 'POL', 'POR', 'PUN', 'RUS', 'S', 'SEN', 'SK', 'SL', 'SM', 'SP', 'ST', 'SV', 'T',
  'TC', 'TH', 'TL', 'TR', 'TUR', 'UK', 'W', 'X', 'XB', 'XT', 'Y',
  // Proposed:
  'BV-I', 'D-HOH', 'LO-I', 'QSL', 'RSL',
  // Used by TSML for online meetings:
  'ONL',
];

export interface FeedOptions {
  site: URL | string;
  /** Where corrections go (feedback_emails / feedback_url). */
  editorEmail: string;
  /** The day whose prayer times give a prayer-relative meeting its clock time (the build's). */
  now?: Date;
  /** Holidays and Ramadan's dates, for the Ramadan times in `notes`. */
  holidays?: readonly Holiday[];
}

/** Five decimal places (about 1 m), as the spec advises. */
function fiveDecimals(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** "2026-08-16 00:00:00": the spec's UTC timestamp format. */
function utcTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Splits an address written for people ("Village hall (full address given when
 * you get in touch), Kampong Lumut, Mukim Liang") into the spec's building name,
 * a note, and the part a geocoder can read.
 */
export function splitAddress(address: string): { location: string; note: string; rest: string[] } {
  const note = /\(([^)]*)\)/.exec(address)?.[1]?.trim() ?? '';
  const [location = '', ...rest] = address
    .replace(/\s*\([^)]*\)/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return { location, note, rest };
}

/** The feed entries for a set of groups (any order in; slug order out). */
export function meetingGuideFeed(
  groups: readonly { id: string; data: Group }[],
  { site, editorEmail, now = new Date(), holidays = [] }: FeedOptions,
): MeetingGuideEntry[] {
  const ms = dictionaries.ms;
  const en = dictionaries.en;
  const msWords = meetingWords('ms', (key) => ms[key]);
  const enWords = meetingWords('en', (key) => en[key]);
  const today = bruneiDate(now);
  const siteUrl = new URL('/', site).href;
  const entries = groups.flatMap(({ id, data: g }) => {
    const region = ms[`district.${g.district}`];
    const address = g.address ? splitAddress(g.address.ms) : undefined;
    const place = address?.rest.length ? address.rest : [`Mukim ${g.mukim}`];
    const types = [
      FEED_TYPES.kind[g.kind],
      ...g.audience.map((a) => FEED_TYPES.audience[a]),
      ...g.languages.map((l) => FEED_TYPES.language[l]),
    ];
    const notes = [
      g.description.ms,
      `English: ${g.description.en}`,
      g.accessibility ? `${ms['groups.accessibility']}: ${g.accessibility.ms}` : '',
      ms['groups.callFirst'],
      g.sample ? `${ms['groups.sample']} / ${dictionaries.en['groups.sample']}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');

    const ramadanNote = g.ramadan
      ? `${ms['schedule.ramadan']}: ${
          g.ramadan.schedule
            ? scheduleLines(g.ramadan.schedule, ramadanListDate(now, holidays), msWords, g.coordinates)
                .map((l) => `${l.dayName}, ${l.time}`)
                .join('; ')
            : ms['schedule.ramadanPaused']
        }`
      : '';

    // Meetings at the same time on several days share one entry; so do meetings after the same prayer.
    const byTime = new Map<string, { meeting: Meeting; days: number[] }>();
    for (const m of sortMeetings(g.schedule)) {
      const key = m.after ? `${m.after}+${m.offset ?? 0}+${m.duration}` : `${m.start}-${m.end}`;
      const entry = byTime.get(key) ?? { meeting: m, days: [] };
      entry.days.push(dayNumber(m.day));
      byTime.set(key, entry);
    }
    return [...byTime.values()].map(({ meeting, days }): MeetingGuideEntry => {
      // A prayer-relative meeting gets today's computed clock time; `notes` says it follows the prayer.
      const timed = resolveMeeting(meeting, today, g.coordinates);
      const time = timed.start;
      const endTime = timed.end;
      const slug =
        byTime.size === 1
          ? id
          : `${id}-${meeting.after ? `${meeting.after}${meeting.offset ?? 0}` : time.replace(':', '')}`;
      const prayerNote = meeting.after
        ? `Masa perjumpaan mengikut waktu sembahyang: ${startLabel(timed, msWords)}, pada ${time} hari ini (${today.day}/${today.month}/${today.year}); masa itu berubah beberapa minit sepanjang tahun. / The meeting time follows a prayer: ${startLabel(timed, enWords)} today; it moves by a few minutes through the year.`
        : '';
      return {
        name: g.name.ms.slice(0, 255),
        slug,
        day: days.length === 1 ? (days[0] ?? 0) : days,
        time,
        end_time: endTime,
        timezone: TIME_ZONE,
        types: [...new Set(types)],
        notes: [prayerNote, ramadanNote, notes].filter(Boolean).join('\n\n'),
        ...(address?.location ? { location: address.location } : {}),
        ...(address?.note ? { location_notes: address.note } : {}),
        formatted_address: [...place, region, 'Brunei Darussalam'].join(', '),
        ...(g.coordinates
          ? { latitude: fiveDecimals(g.coordinates.lat), longitude: fiveDecimals(g.coordinates.lng) }
          : {}),
        // Online-only groups have no meeting place: the mukim is where they come from.
        approximate: g.coordinates ? 'no' : 'yes',
        region,
        sub_region: g.mukim,
        ...(g.conferenceUrl ? { conference_url: g.conferenceUrl, conference_url_notes: ms['groups.callFirst'] } : {}),
        group: g.name.ms,
        ...(g.verified ? { updated: utcTimestamp(g.verified.date) } : {}),
        url: new URL(localePath('ms', 'groups', id), site).href,
        feedback_url: `mailto:${editorEmail}?subject=${encodeURIComponent(`groups.json: ${slug}`)}`,
        feedback_emails: [editorEmail],
        entity: ms['site.name'],
        entity_location: 'Brunei Darussalam',
        entity_website_url: siteUrl,
      };
    });
  });
  return entries.sort((a, b) => a.slug.localeCompare(b.slug));
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const UPDATED = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const SLUG = /^[a-z0-9-]+$/;
const OWN_CODES = new Set(Object.values(FEED_TYPES).flatMap((table) => Object.values(table)));

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function hasAtMostFiveDecimals(value: number): boolean {
  return Math.abs(value * 1e5 - Math.round(value * 1e5)) < 1e-6;
}

function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every way a feed breaks the Meeting Guide rules (an empty list when it keeps
 * them): the spec's field rules, plus that custom type codes avoid reserved ones.
 * The build refuses to write a feed with problems.
 */
export function feedProblems(feed: unknown): string[] {
  if (!Array.isArray(feed)) return ['the feed must be a JSON array of meetings'];
  const problems: string[] = [];
  const slugs = new Set<string>();
  feed.forEach((entry: Record<string, unknown>, i) => {
    const where = `meeting ${i} (${String(entry['slug'])})`;
    const fail = (message: string) => problems.push(`${where}: ${message}`);
    const { name, slug, day, time, end_time, timezone, types, latitude, longitude, approximate, updated } = entry;
    if (typeof name !== 'string' || name.length === 0 || name.length > 255) fail('name must be 1–255 characters');
    if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > 64)
      fail('slug must be URL-safe, ≤ 64 characters');
    else if (slugs.has(slug)) fail('slug must be unique');
    else slugs.add(slug);
    const days = Array.isArray(day) ? day : [day];
    if (days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
      fail('day must be 0 (Sunday)–6 (Saturday), or an array of them');
    }
    if (typeof time !== 'string' || !CLOCK.test(time)) fail('time must be "HH:MM" (24-hour)');
    if (end_time !== undefined && (typeof end_time !== 'string' || !CLOCK.test(end_time)))
      fail('end_time must be "HH:MM"');
    if (timezone !== undefined && !isTimeZone(timezone)) fail('timezone must be an IANA time zone');
    if (!Array.isArray(types) || !types.every((t) => typeof t === 'string')) fail('types must be an array of codes');
    else {
      for (const code of types as string[]) {
        if (!RESERVED_TYPES.includes(code) && !OWN_CODES.has(code)) fail(`unknown type code ${code}`);
        if (OWN_CODES.has(code) && !RESERVED_TYPES.includes(code) && /^[A-Za-z]{2,3}$/.test(code)) {
          fail(`custom type ${code} looks like an ISO 639 language code`);
        }
      }
    }
    if ((latitude === undefined) !== (longitude === undefined)) fail('latitude and longitude come together');
    if (typeof latitude === 'number' && typeof longitude === 'number') {
      if (!hasAtMostFiveDecimals(latitude) || !hasAtMostFiveDecimals(longitude))
        fail('coordinates need at most 5 decimals');
      const b = BRUNEI_BOUNDS;
      if (latitude < b.south || latitude > b.north || longitude < b.west || longitude > b.east) {
        fail('coordinates are outside Brunei');
      }
    } else if (latitude !== undefined) fail('latitude and longitude must be numbers');
    if (approximate !== undefined && approximate !== 'yes' && approximate !== 'no')
      fail('approximate must be "yes" or "no"');
    if (approximate === 'no' && latitude === undefined) fail('an exact location needs latitude and longitude');
    if (typeof entry['formatted_address'] !== 'string' || entry['formatted_address'] === '') {
      fail('formatted_address is needed (geographic information)');
    }
    if (approximate === 'yes' && !entry['conference_url'] && !entry['conference_phone']) {
      fail('a meeting without a place must be online (conference_url or conference_phone)');
    }
    if (updated !== undefined && (typeof updated !== 'string' || !UPDATED.test(updated))) {
      fail('updated must be "YYYY-MM-DD HH:MM:SS" (UTC)');
    }
    for (const key of ['url', 'conference_url', 'entity_website_url'] as const) {
      if (entry[key] !== undefined && !isHttpsUrl(entry[key])) fail(`${key} must be a full https:// address`);
    }
    for (const key of ['name', 'notes', 'location', 'location_notes', 'group'] as const) {
      if (typeof entry[key] === 'string' && /<[a-z/!]/i.test(entry[key])) fail(`${key} must be plain text (no HTML)`);
    }
  });
  return problems;
}
