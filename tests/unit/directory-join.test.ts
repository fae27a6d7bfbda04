/**
 * Issue 12: the card records the directory island reads, the late-night "what is next",
 * the first-time fields of a group, services, and the launch rule for sample groups.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  countMeetingNow,
  decodeGroup,
  encodeGroup,
  isOnlineOnly,
  splitOnline,
  sortGroups,
  toDirectoryGroup,
  upcomingMeetings,
} from '../../src/lib/directory/directory';
import {
  absoluteDate,
  contactMethods,
  serviceChecked,
  formatDuration,
  meetingMinutes,
  printedMeeting,
  whatsappHref,
} from '../../src/lib/directory/group-page';
import { isExampleAddress, sampleGroupsProblem } from '../../src/lib/directory/launch';
import { planNewEntry } from '../../tools/lib/new-entry';
import { groupSchema, serviceSchema } from '../../src/lib/content/schemas';
import { nowBannerRoom } from '../../src/lib/directory/directory-page';
import { joinLines, meetingWords, scheduleLines } from '../../src/lib/directory/meeting-text';
import { nextMeetingLabel } from '../../src/lib/directory/schedule';
import { formatMessage } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locales';
import { dictionaries, useTranslations } from '../../src/i18n/ui';
import { brunei, loadGroups, loadHolidays } from './groups-data';

const all = loadGroups();
const groups = sortGroups(all, 'en').map((g) => toDirectoryGroup(g.id, g.data, 'en'));

describe('the record each card carries', () => {
  it('reads back every group as written, with the card text as what search looks in', () => {
    for (const g of groups) {
      const back = decodeGroup(g.id, encodeGroup(g), 'Kampong  Café');
      expect(back, g.id).toEqual({ ...g, text: 'kampong cafe' });
    }
  });

  it('refuses a record it did not write', () => {
    expect(decodeGroup('x', 'atlantis|support-group|online|ms|everyone|5 14:30 16:00|', '')).toBeUndefined();
    expect(decodeGroup('x', 'belait|support-group|online|ms|everyone|9 14:30 16:00|', '')).toBeUndefined();
    expect(decodeGroup('x', '', '')).toBeUndefined();
  });
});

describe('what comes next when nothing is meeting', () => {
  const sunday2330 = brunei('2026-11-29 23:30');

  it('lists the next meetings after now, soonest first, none of them under way', () => {
    const next = upcomingMeetings(groups, sunday2330, 3);
    expect(next).toHaveLength(3);
    const startsIn = next.map((n) => n.next.startsIn);
    expect(startsIn).toEqual([...startsIn].sort((a, b) => a - b));
    expect(startsIn.every((m) => m > 0)).toBe(true);
    // Nothing in the whole list starts sooner than the first one named.
    const soonest = Math.min(
      ...groups.flatMap((g) => upcomingMeetings([g], sunday2330, 1).map((n) => n.next.startsIn)),
    );
    expect(startsIn[0]).toBe(soonest);
  });

  it('puts an online meeting first when it is the soonest', () => {
    const online = groups.find(isOnlineOnly)!;
    const early = { ...online, schedule: [{ day: 'monday' as const, start: '00:15', end: '01:00' }] };
    expect(upcomingMeetings([...groups, early], sunday2330, 3)[0]!.group).toBe(early);
  });
});

describe('every list keeps the online groups apart (issue 12)', () => {
  it('splits a list into groups with a place and online ones, each in the order given', () => {
    const { inPerson, online } = splitOnline(all);
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((g) => isOnlineOnly(g.data))).toBe(true);
    expect(inPerson.some((g) => isOnlineOnly(g.data))).toBe(false);
    expect([...inPerson, ...online].map((g) => g.id).sort()).toEqual(all.map((g) => g.id).sort());
    expect(inPerson.map((g) => g.id)).toEqual(all.filter((g) => !isOnlineOnly(g.data)).map((g) => g.id));
  });
});

describe('one time format', () => {
  it('writes a meeting as "Day, HH:MM–HH:MM", as the cards, group pages and printed lists do', () => {
    const words = meetingWords('en', useTranslations('en'));
    const lines = scheduleLines(
      [
        { day: 'monday', start: '19:30', end: '21:00' },
        { day: 'friday', start: '14:30', end: '16:00' },
      ],
      brunei('2026-12-03 22:00'),
      words,
    );
    expect(joinLines(lines)).toBe('Monday, 19:30–21:00; Friday, 14:30–16:00');
  });

  it('prints a date, never "tomorrow", for the next meeting', () => {
    const thursdayNight = brunei('2026-12-03 22:00');
    const label = printedMeeting(
      { meeting: { start: '14:30', end: '16:00' }, startsIn: 16 * 60 + 30 },
      thursdayNight,
      'en',
    );
    expect(label).toBe('Friday 4 December 2026, 14:30–16:00');
    expect(absoluteDate(thursdayNight, 'ms')).toBe('Khamis 3 Disember 2026');
  });

  it('says how long a meeting lasts, past midnight too', () => {
    expect(meetingMinutes({ start: '23:30', end: '01:00' })).toBe(90);
    expect(formatDuration(90, 'en')).toBe('1 hour 30 minutes');
    expect(formatDuration(120, 'ms')).toBe('2 jam');
  });
});

describe('how to join', () => {
  it('lists the ways to get in touch a group has, phone first', () => {
    expect(contactMethods({ email: 'a@example.org', phone: null, whatsapp: '7123456' })).toEqual(['whatsapp', 'email']);
    expect(whatsappHref('712 3456')).toBe('https://wa.me/6737123456');
    expect(whatsappHref('+60 12 345 6789')).toBe('https://wa.me/60123456789');
  });

  const base = parse(readFileSync(join(import.meta.dirname, '../../content/groups/pelangi-tutong.yaml'), 'utf8'));

  it('accepts the first-time fields, and explains a wrong one in plain words', () => {
    const ok = groupSchema.safeParse({
      ...base,
      cost: { ms: 'Percuma', en: 'Free' },
      families: 'some-meetings',
      runBy: { ms: 'Sukarelawan', en: 'Volunteers' },
      firstTime: { speak: { ms: 'Tidak.', en: 'No.' } },
    });
    expect(ok.success).toBe(true);
    const bad = groupSchema.safeParse({ ...base, families: 'maybe', firstTime: { speak: 'no' } });
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain(
      'families: expected families: yes, some-meetings, no (may family members come?); or leave the line out',
    );
    expect(messages.some((m) => m.startsWith('firstTime.speak: expected whether a newcomer has to speak'))).toBe(true);
  });

  it('refuses a WhatsApp number on a sample group', () => {
    const bad = groupSchema.safeParse({ ...base, contact: { ...base.contact, whatsapp: '7123456' } });
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toContain('contact.whatsapp');
  });

  it('`npm run new -- group` offers every new field; uncommented, they pass the schema', () => {
    const text = planNewEntry({ kind: 'group', title: 'Kumpulan Ujian', locale: 'ms', today: '2026-11-20' }).files[0]!
      .text;
    for (const field of [
      'whatsapp:',
      'cost:',
      'families:',
      'runBy:',
      'firstTime:',
      'happens:',
      'bring:',
      'late:',
      'speak:',
    ])
      expect(text).toContain(field);
    const filled = text
      .replace(/^# (cost|families|runBy|firstTime):/gm, '$1:')
      .replace(/^#( {3}(happens|bring|late|speak):)/gm, '$1')
      .replaceAll('"…"', '"Teks"');
    const parsed = groupSchema.safeParse(parse(filled));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.firstTime?.late?.en).toBe('Teks');
  });
});

describe('services', () => {
  const services = (
    parse(readFileSync(join(import.meta.dirname, '../../content/services.yaml'), 'utf8')) as unknown[]
  ).map((s) => serviceSchema.parse(s));

  it('lists the four real services from FACTS.md, each a service with a public source', () => {
    expect(services.map((s) => s.id)).toEqual([
      'pusat-al-islah',
      'ncb-social-services',
      'basmida',
      'talian-harapan-145',
    ]);
    for (const s of services) {
      expect(s.kind).toBe('service');
      expect(s.sources.length).toBeGreaterThan(0);
    }
    expect(services.find((s) => s.id === 'talian-harapan-145')!.phone).toBe('145');
  });

  it('claims no verification and invents no phone number', () => {
    const text = readFileSync(join(import.meta.dirname, '../../content/services.yaml'), 'utf8');
    expect(text).not.toMatch(/^\s*(verified|lastVerified):/m);
    expect(services.filter((s) => s.phone).map((s) => s.phone)).toEqual(['145']);
    expect(serviceSchema.safeParse({ ...services[0], verified: { date: '2026-01-01' } }).success).toBe(false);
  });

  it('says a service was checked only from a real record: its date and way, and a warning after 12 months', () => {
    const en = useTranslations('en');
    const ms = useTranslations('ms');
    const now = brunei('2026-12-05 12:00');
    const [service] = services;
    expect(serviceChecked({ ...service!, confidence: 'M' }, 'en', en, now)).toEqual({
      note: 'Not yet verified by Rakan Pulih. Please confirm with the agency.',
    });
    expect(serviceChecked({ ...service!, confidence: 'H' }, 'ms', ms, now)).toEqual({
      note: 'Belum disahkan oleh Rakan Pulih.',
    });
    const record = serviceSchema.parse({
      ...service,
      verified: { date: '2026-11-20', by: 'site editor', method: 'phone', evidence: 'Called the front desk' },
    });
    expect(serviceChecked(record, 'en', en, now)).toEqual({
      checked: { label: 'Last verified', iso: '2026-11-20', date: '20 November 2026', how: 'by phone' },
      note: '',
    });
    expect(serviceChecked(record, 'ms', ms, brunei('2028-01-05 12:00')).note).toBe(
      'Tarikh itu sudah lebih 12 bulan yang lalu. Sila sahkan dengan agensi berkenaan.',
    );
  });

  it('names an agency source in both languages and gives an undated page no year', () => {
    const ncb = services.find((s) => s.id === 'ncb-social-services')!.sources[0]!;
    expect(ncb.title).toEqual({
      ms: 'Perkhidmatan Sosial (laman web tanpa tarikh)',
      en: 'Social Services (undated web page)',
    });
    expect(ncb.year).toBeUndefined();
    const base = { ...services[0]!, sources: [{ title: 'A report', publisher: 'A paper', year: 2020 }] };
    expect(serviceSchema.safeParse(base).success).toBe(true);
    expect(
      serviceSchema.safeParse({ ...base, sources: [{ title: { ms: 'Laporan' }, publisher: 'A paper' }] }).success,
    ).toBe(false);
  });
});

describe('sample groups at launch', () => {
  it('knows an example address from a real one', () => {
    expect(isExampleAddress('https://rakanpulih.example.org')).toBe(true);
    expect(isExampleAddress('http://localhost:4321/')).toBe(true);
    expect(isExampleAddress('https://rakanpulih.bn')).toBe(false);
    expect(isExampleAddress('https://example.com.bn')).toBe(false);
  });

  it('refuses sample groups on a real address unless SAMPLE_GROUPS=show', () => {
    const problem = sampleGroupsProblem('https://rakanpulih.bn', ['a', 'b'], undefined);
    expect(problem).toContain('Refusing to publish 2 sample groups (a, b) on https://rakanpulih.bn.');
    expect(problem).toContain('SAMPLE_GROUPS=show');
    expect(sampleGroupsProblem('https://rakanpulih.bn', ['a'], 'show')).toBeUndefined();
    expect(sampleGroupsProblem('https://rakanpulih.bn', [], undefined)).toBeUndefined();
    expect(sampleGroupsProblem('https://rakanpulih.example.org', ['a'], undefined)).toBeUndefined();
  });
});

describe('the build gate (tools/check-launch.mjs, run by `npm run build`)', () => {
  const repo = join(import.meta.dirname, '..', '..');
  const gate = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(repo, 'tools', 'check-launch.mjs')], {
      cwd: repo,
      env: { ...process.env, SITE_URL: '', SAMPLE_GROUPS: '', ...env },
      encoding: 'utf8',
    });

  it('stops a real-address build with sample groups, with a clear message', () => {
    const result = gate({ SITE_URL: 'https://rakanpulih.bn' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to publish 26 sample groups');
    expect(result.stderr).toContain('on https://rakanpulih.bn.');
    expect(result.stderr).toContain('SAMPLE_GROUPS=show');
  }, 30_000);

  it('lets it through when asked on purpose, and never stops an example-domain build', () => {
    expect(gate({ SITE_URL: 'https://rakanpulih.bn', SAMPLE_GROUPS: 'show' }).status).toBe(0);
    expect(gate({ SITE_URL: 'https://rakanpulih.example.org' }).status).toBe(0);
  }, 30_000);
});

describe('the room the "now" banner keeps (review R27)', () => {
  const holidays = loadHolidays();
  for (const locale of LOCALES) {
    it(`fits everything the ${locale} banner says, half-hour by half-hour over a week, Ramadan included`, () => {
      const t = useTranslations(locale);
      const words = meetingWords(locale, t);
      const listed = sortGroups(all, locale);
      const cards = listed.map((g) => toDirectoryGroup(g.id, g.data, locale));
      const names = new Map(listed.map((g) => [g.id, g.data.name[locale]]));
      const room = nowBannerRoom(listed, locale, t);
      let longest = '';
      const states = new Set<boolean>();
      // A week in November and a week in Ramadan 1448 (February 2027), when schedules change.
      for (const from of [brunei('2026-11-29 00:00'), brunei('2027-02-14 00:00')]) {
        for (let step = 0; step < 7 * 48; step++) {
          const now = new Date(from.getTime() + step * 1_800_000);
          const count = countMeetingNow(cards, now, holidays);
          const [first] = upcomingMeetings(cards, now, 1, holidays);
          // As the island writes it (src/islands/directory.ts, renderBanner).
          const said = [
            formatMessage(dictionaries[locale]['directory.nowBanner'], locale, { time: '00:00' }, count),
            count ? `${t('directory.nowShow')}.` : '',
            first
              ? `${t('directory.soonest')} ${names.get(first.group.id)} — ${nextMeetingLabel(first.next, words)}.`
              : '',
            `${t('directory.talk145')} 145.`,
          ]
            .filter(Boolean)
            .join(' ');
          states.add(count > 0);
          if (said.length > longest.length) longest = said;
        }
      }
      expect([...states].sort(), 'hours with and without a group meeting').toEqual([false, true]);
      expect(longest.length, longest).toBeLessThanOrEqual(room.length);
      // The room is for words the banner can really say, not a guess with lines to spare.
      expect(room.length - longest.length, room).toBeLessThan(40);
    });
  }
});
