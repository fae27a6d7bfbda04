import { describe, expect, it } from 'vitest';
import { articleSchema, groupSchema, storySchema } from '../../src/lib/schemas';

/** The messages zod gives for an input, as `path: message` lines. */
function problems(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const goodStory = {
  title: 'Five prayers, one day at a time',
  description: 'Hakim on his first Ramadan at home.',
  narrator: 'Hakim',
  role: 'person-in-recovery',
  district: 'tutong',
  faithThemes: ['sabar', 'ramadan'],
  contentNotes: ['relapse'],
  composite: true,
  consent: { obtained: true, date: '2026-10-01', anonymised: true, reviewedByStoryteller: true },
  updated: '2026-11-20',
};

const goodGroup = {
  name: { ms: 'Kumpulan Contoh Seria', en: 'Seria Example Group' },
  kind: 'support-group',
  description: { ms: 'Perjumpaan mingguan.', en: 'A weekly meeting.' },
  district: 'belait',
  mukim: 'Seria',
  coordinates: { lat: 4.6075, lng: 114.3255 },
  schedule: [{ day: 'friday', start: '14:30', end: '16:00' }],
  languages: ['ms'],
  format: 'in-person',
  audience: ['everyone'],
  contact: { email: 'contoh@example.org', phone: null },
  lastVerified: '2026-11-01',
  source: 'Sample listing',
  sample: true,
};

const goodArticle = {
  title: 'What is peer support?',
  description: 'Help from someone who has been there.',
  section: 'learn',
  topics: ['peer-support'],
  updated: '2026-11-20',
  reviewed: { date: '2026-11-20', by: 'health-professional' },
  sources: [{ title: 'Words Matter', publisher: 'NIDA', year: 2021 }],
};

describe('story schema', () => {
  it('accepts a complete story', () => {
    expect(problems(storySchema, goodStory)).toEqual([]);
  });

  it('fails a story without a consent block, and says what to add', () => {
    const { consent: _, ...noConsent } = goodStory;
    expect(problems(storySchema, noConsent)).toEqual([
      'consent: every story needs a consent block (obtained, date, anonymised, reviewedByStoryteller); see docs/editing.md',
    ]);
  });

  it('fails a story the storyteller has not reviewed', () => {
    const story = { ...goodStory, consent: { ...goodStory.consent, reviewedByStoryteller: false } };
    expect(problems(storySchema, story)).toEqual([
      'consent.reviewedByStoryteller: consent.reviewedByStoryteller must be true: the storyteller reads the final text before it is published',
    ]);
  });

  it('fails a consent date in the future', () => {
    const story = { ...goodStory, consent: { ...goodStory.consent, date: '2999-01-01' } };
    expect(problems(storySchema, story)).toEqual([
      'consent.date: this date is in the future; write the day it was actually done (YYYY-MM-DD)',
    ]);
  });
});

describe('group schema', () => {
  it('accepts a complete group', () => {
    expect(problems(groupSchema, goodGroup)).toEqual([]);
  });

  it('fails a group outside Brunei', () => {
    expect(problems(groupSchema, { ...goodGroup, coordinates: { lat: 4.39, lng: 113.99 } })).toEqual([
      'coordinates: these coordinates are outside Brunei (latitude 4.0–5.1, longitude 114.0–115.4); check the order: lat first',
    ]);
  });

  it('fails swapped latitude and longitude', () => {
    expect(problems(groupSchema, { ...goodGroup, coordinates: { lat: 114.3255, lng: 4.6075 } })).toHaveLength(1);
  });

  it('fails an unknown district', () => {
    expect(problems(groupSchema, { ...goodGroup, district: 'miri' })).toEqual([
      'district: expected one of the four districts: brunei-muara, belait, tutong, temburong',
    ]);
  });

  it('fails an unknown mukim, and a mukim in another district', () => {
    expect(problems(groupSchema, { ...goodGroup, mukim: 'Serian' })[0]).toMatch(/^mukim: unknown mukim/);
    expect(problems(groupSchema, { ...goodGroup, mukim: 'Bangar' })).toEqual(['mukim: mukim "Bangar" is in temburong, not belait']);
  });

  it('fails a name without Malay', () => {
    expect(problems(groupSchema, { ...goodGroup, name: { en: 'Seria Example Group' } })).toEqual([
      'name.ms: expected the group name in Malay (ms) (text)',
    ]);
  });

  it('fails a sample group with a phone number that could belong to someone', () => {
    expect(problems(groupSchema, { ...goodGroup, contact: { email: 'contoh@example.org', phone: '2223333' } })).toEqual([
      'contact.phone: a sample group must not have a phone number (it could belong to someone); use an example.org email',
    ]);
  });

  it('fails a time that is not 24-hour HH:MM', () => {
    const group = { ...goodGroup, schedule: [{ day: 'friday', start: '2.30pm', end: '16:00' }] };
    expect(problems(groupSchema, group)).toEqual(['schedule.0.start: expected a 24-hour time in quotes, e.g. "14:30"']);
  });

  it('fails an online group without a meeting link', () => {
    const { coordinates: _, ...online } = goodGroup;
    expect(problems(groupSchema, { ...online, format: 'online' })).toEqual(['conferenceUrl: an online or hybrid group needs conferenceUrl']);
  });
});

describe('article schema', () => {
  it('accepts a complete article', () => {
    expect(problems(articleSchema, goodArticle)).toEqual([]);
  });

  it('fails a description over 160 characters', () => {
    expect(problems(articleSchema, { ...goodArticle, description: 'x'.repeat(161) })).toEqual([
      'description: the description is longer than 160 characters; shorten it',
    ]);
  });

  it('fails an article without sources', () => {
    expect(problems(articleSchema, { ...goodArticle, sources: [] })).toEqual(['sources: list at least one source under `sources:`']);
  });

  it('fails an unknown section', () => {
    expect(problems(articleSchema, { ...goodArticle, section: 'news' })).toEqual([
      'section: expected one of: learn, families, programmes, help',
    ]);
  });

  it('accepts an article nobody has reviewed yet (the page then says so)', () => {
    const { reviewed: _, ...unreviewed } = goodArticle;
    expect(problems(articleSchema, unreviewed)).toEqual([]);
  });

  it('refuses a review date without the reviewer’s role', () => {
    expect(problems(articleSchema, { ...goodArticle, reviewed: '2026-11-20' })).toEqual([
      'reviewed: expected reviewed: { date: YYYY-MM-DD, by: <role> } with the role of who reviewed the page; leave the line out if nobody has reviewed it yet',
    ]);
  });

  it('refuses a reviewer named by anything but a role', () => {
    expect(problems(articleSchema, { ...goodArticle, reviewed: { date: '2026-11-20', by: 'Dr Aminah' } })).toEqual([
      'reviewed.by: expected the reviewer’s role: health-professional, counsellor, peer-mentor, religious-teacher, editor'.replace('’', "'"),
    ]);
  });
});
