import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  groupSchema,
  helplineSchema,
  STORY_KIND_RULES,
  storySchema,
} from '../../src/lib/content/schemas';

/** The messages zod gives for an input, as `path: message` lines. */
function problems(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) {
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
  kind: 'composite',
  updated: '2026-11-20',
};

const consent = {
  record: 'CR-2026-014',
  given: '2026-10-01',
  approved: '2026-10-20',
  withdraw: {
    ms: 'Tulis kepada editor; kisah diturunkan dalam seminggu.',
    en: 'Write to the editors; the story comes down within a week.',
  },
};
const personalStory = { ...goodStory, kind: 'personal', consent };

const verified = {
  date: '2026-11-01',
  by: 'site editor',
  method: 'phone',
  evidence: 'Called 145; the person answering confirmed the line is open 24 hours',
};

const goodHelpline = {
  id: 'talian-harapan',
  name: { ms: 'Talian Harapan 145', en: 'Talian Harapan 145' },
  number: '145',
  purpose: { ms: 'Sokongan emosi.', en: 'Emotional support.' },
  hours: { ms: '24 jam', en: '24 hours' },
  confidence: 'M',
  source: { title: 'Make the call', publisher: 'The Scoop', year: 2019 },
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

  it('accepts a personal story with a full consent record', () => {
    expect(problems(storySchema, personalStory)).toEqual([]);
    expect(
      problems(storySchema, { ...personalStory, consent: { ...consent, withdraw: 'Write to the editors.' } }),
    ).toEqual([]);
  });

  it('fails a story that does not say its kind, or uses the old composite flag', () => {
    const { kind: _, ...noKind } = goodStory;
    expect(problems(storySchema, { ...noKind, composite: true })).toEqual([
      'kind: say what kind of story this is: kind: composite (editors wrote it from several experiences) or kind: personal (one person told it, with consent)',
    ]);
  });

  it('fails a composite that claims consent or a storyteller review', () => {
    expect(problems(storySchema, { ...goodStory, consent })).toEqual([
      `consent: ${STORY_KIND_RULES.compositeHasNoConsent}`,
    ]);
  });

  it('fails a published personal story without a consent record, but lets a draft wait', () => {
    const { consent: _, ...noConsent } = personalStory;
    expect(problems(storySchema, noConsent)).toEqual([`consent: ${STORY_KIND_RULES.personalNeedsConsent}`]);
    expect(problems(storySchema, { ...noConsent, draft: true })).toEqual([]);
  });

  it('fails a consent record missing the reference or the way to withdraw', () => {
    const { record: _, withdraw: __, ...partial } = consent;
    expect(problems(storySchema, { ...personalStory, consent: partial }).map((p) => p.split(':')[0])).toEqual([
      'consent.record',
      'consent.withdraw',
    ]);
  });

  it('fails approval before consent, and dates in the future', () => {
    expect(problems(storySchema, { ...personalStory, consent: { ...consent, approved: '2026-09-01' } })).toEqual([
      `consent.approved: ${STORY_KIND_RULES.approvedBeforeGiven}`,
    ]);
    expect(problems(storySchema, { ...personalStory, consent: { ...consent, given: '2999-01-01' } })).toContain(
      'consent.given: this date is in the future; write the day it was actually done (YYYY-MM-DD)',
    );
  });
});

describe('verification records (helplines and groups)', () => {
  it('accepts no record at all: the page then says "not yet verified"', () => {
    expect(problems(helplineSchema, goodHelpline)).toEqual([]);
    expect(problems(groupSchema, goodGroup)).toEqual([]);
  });

  it('accepts a full record', () => {
    expect(problems(helplineSchema, { ...goodHelpline, verified })).toEqual([]);
    expect(
      problems(groupSchema, {
        ...goodGroup,
        verified: { ...verified, method: 'website', evidence: 'https://example.org/notice' },
      }),
    ).toEqual([]);
  });

  it('fails a bare date, which would claim a check nobody can show', () => {
    expect(problems(helplineSchema, { ...goodHelpline, verified: '2026-11-01' })).toHaveLength(1);
    const { by: _, evidence: __, ...dateOnly } = verified;
    expect(problems(groupSchema, { ...goodGroup, verified: dateOnly }).map((p) => p.split(':')[0])).toEqual([
      'verified.by',
      'verified.evidence',
    ]);
  });

  it('fails an unknown method and a future date', () => {
    expect(problems(helplineSchema, { ...goodHelpline, verified: { ...verified, method: 'heard-it' } })).toEqual([
      'verified.method: expected how it was verified: phone, website, notice, in-person, email',
    ]);
    expect(problems(groupSchema, { ...goodGroup, verified: { ...verified, date: '2999-01-01' } })).toEqual([
      'verified.date: this date is in the future; write the day it was actually done (YYYY-MM-DD)',
    ]);
  });
});

describe('group schema', () => {
  it('accepts a complete group', () => {
    expect(problems(groupSchema, goodGroup)).toEqual([]);
  });

  it('takes the source in both languages, or as one line', () => {
    expect(problems(groupSchema, { ...goodGroup, source: { ms: 'Contoh sahaja', en: 'Sample only' } })).toEqual([]);
    expect(problems(groupSchema, { ...goodGroup, source: 'Phone call with the facilitator' })).toEqual([]);
  });

  it('tells an editor which language of the source is missing', () => {
    expect(problems(groupSchema, { ...goodGroup, source: { ms: 'Contoh sahaja' } })).toEqual([
      'source: the source needs both languages: source: { ms: "…", en: "…" }; missing: en',
    ]);
    expect(problems(groupSchema, { ...goodGroup, source: { ms: 'Contoh sahaja', en: ' ' } })).toEqual([
      'source.en: the source in English (en) must not be empty',
    ]);
    expect(problems(groupSchema, { ...goodGroup, source: ['Contoh'] })).toEqual([
      'source: expected where this information comes from: source: { ms: "…", en: "…" } (Malay and English)',
    ]);
    expect(problems(groupSchema, { ...goodGroup, source: undefined })).toEqual([
      'source: expected where this information comes from: source: { ms: "…", en: "…" } (Malay and English)',
    ]);
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
    expect(problems(groupSchema, { ...goodGroup, mukim: 'Bangar' })).toEqual([
      'mukim: mukim "Bangar" is in temburong, not belait',
    ]);
  });

  it('fails a name without Malay', () => {
    expect(problems(groupSchema, { ...goodGroup, name: { en: 'Seria Example Group' } })).toEqual([
      'name.ms: expected the group name in Malay (ms) (text)',
    ]);
  });

  it('fails a sample group with a phone number that could belong to someone', () => {
    expect(problems(groupSchema, { ...goodGroup, contact: { email: 'contoh@example.org', phone: '2223333' } })).toEqual(
      [
        'contact.phone: a sample group must not have a phone number (it could belong to someone); use an example.org email',
      ],
    );
  });

  it('fails a time that is not 24-hour HH:MM', () => {
    const group = { ...goodGroup, schedule: [{ day: 'friday', start: '2.30pm', end: '16:00' }] };
    expect(problems(groupSchema, group)).toEqual(['schedule.0.start: expected a 24-hour time in quotes, e.g. "14:30"']);
  });

  it('fails an online group without a meeting link', () => {
    const { coordinates: _, ...online } = goodGroup;
    expect(problems(groupSchema, { ...online, format: 'online' })).toEqual([
      'conferenceUrl: an online or hybrid group needs conferenceUrl',
    ]);
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
    expect(problems(articleSchema, { ...goodArticle, sources: [] })).toEqual([
      'sources: list at least one source under `sources:`',
    ]);
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
      'reviewed.by: expected the reviewer’s role: health-professional, counsellor, peer-mentor, religious-teacher, editor'.replace(
        '’',
        "'",
      ),
    ]);
  });
});
