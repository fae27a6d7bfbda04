/**
 * The content schemas: the only gate between files in `content/` and pages.
 * Kept free of Astro's virtual modules so that unit tests can run them on fixtures.
 * Every message says what is expected, in plain words, because editors read them.
 */
import { z } from 'astro/zod';
import { ALL_MUKIMS, DISTRICTS, districtOfMukim, isInsideBrunei } from './brunei';

export const LOCALES = ['ms', 'en'] as const;

const date = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-20' });
const notInFuture = date.refine((d) => d.getTime() <= Date.now(), {
  message: 'this date is in the future; write the day it was actually done (YYYY-MM-DD)',
});

const text = (what: string) => z.string({ error: `expected ${what} (text)` }).trim().min(1, `${what} must not be empty`);

/** A piece of text in both languages: `{ ms: …, en: … }`. Neither may be missing. */
export const bilingual = (what: string) =>
  z.object(
    { ms: text(`${what} in Malay (ms)`), en: text(`${what} in English (en)`) },
    { error: `expected ${what} in both languages: { ms: "…", en: "…" }` },
  );

const description = text('a description').max(160, 'the description is longer than 160 characters; shorten it');

export const SECTIONS = ['learn', 'families', 'programmes', 'help'] as const;
export type Section = (typeof SECTIONS)[number];

export const sourceSchema = z.object({
  title: text('the source title'),
  publisher: text('the publisher'),
  year: z.number({ error: 'expected the year as a number, e.g. 2023' }).int().min(1900).max(2100),
  url: z.url({ error: 'expected a full web address starting with https://' }).optional(),
});

export const articleSchema = z.object({
  title: text('a title').max(90, 'the title is longer than 90 characters; shorten it'),
  description,
  section: z.enum(SECTIONS, { error: `expected one of: ${SECTIONS.join(', ')}` }),
  order: z.number().int().optional(),
  topics: z.array(z.string()).default([]),
  updated: date,
  reviewed: notInFuture,
  sources: z.array(sourceSchema).min(1, 'list at least one source under `sources:`'),
  draft: z.boolean().default(false),
});

export const pageSchema = z.object({
  title: text('a title'),
  description,
  updated: date,
});

export const STORY_ROLES = [
  'person-in-recovery',
  'parent',
  'spouse',
  'sibling',
  'child',
  'peer-mentor',
  'facilitator',
] as const;

export const FAITH_THEMES = [
  'taubat', 'sabar', 'doa', 'syukur', 'ukhuwah', 'solat', 'ramadan', 'hari-raya', 'masjid', 'tawakal', 'silaturahim',
] as const;

const district = z.enum(DISTRICTS, { error: `expected one of the four districts: ${DISTRICTS.join(', ')}` });

export const consentSchema = z.object(
  {
    obtained: z.literal(true, { error: 'consent.obtained must be true: a story is published only with consent' }),
    date: notInFuture,
    anonymised: z.literal(true, { error: 'consent.anonymised must be true: remove names and identifying details first' }),
    reviewedByStoryteller: z.literal(true, {
      error: 'consent.reviewedByStoryteller must be true: the storyteller reads the final text before it is published',
    }),
  },
  { error: 'every story needs a consent block (obtained, date, anonymised, reviewedByStoryteller); see docs/editing.md' },
);

export const storySchema = z.object({
  title: text('a title').max(90, 'the title is longer than 90 characters; shorten it'),
  description,
  narrator: text('the narrator’s pseudonym'),
  role: z.enum(STORY_ROLES, { error: `expected one of: ${STORY_ROLES.join(', ')}` }),
  age: z.number().int().min(10).max(100).optional(),
  district: district.optional(),
  faithThemes: z.array(z.enum(FAITH_THEMES, { error: `faith themes must be from: ${FAITH_THEMES.join(', ')}` })).default([]),
  contentNotes: z.array(z.string()).default([]),
  composite: z.boolean({ error: 'say whether the story is a composite: composite: true or false' }),
  consent: consentSchema,
  updated: date,
  draft: z.boolean().default(false),
});

export const GROUP_KINDS = ['support-group', 'family-group', 'mentoring', 'community-activity'] as const;
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const AUDIENCES = ['everyone', 'families', 'women', 'men', 'young-people'] as const;
export const MEETING_LANGUAGES = ['ms', 'en', 'zh', 'other'] as const;
export const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Day = (typeof DAYS)[number];

const clock = z
  .string({ error: 'expected a 24-hour time in quotes, e.g. "14:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time in quotes, e.g. "14:30"');

export const meetingSchema = z.object({
  day: z.enum(DAYS, { error: `expected a day: ${DAYS.join(', ')}` }),
  start: clock,
  end: clock,
});

export const coordinatesSchema = z
  .object({
    lat: z.number({ error: 'expected latitude as a number, e.g. 4.8903' }),
    lng: z.number({ error: 'expected longitude as a number, e.g. 114.9401' }),
  })
  .refine(isInsideBrunei, {
    message: 'these coordinates are outside Brunei (latitude 4.0–5.1, longitude 114.0–115.4); check the order: lat first',
  });

export const groupSchema = z
  .object({
    name: bilingual('the group name'),
    kind: z.enum(GROUP_KINDS, { error: `expected one of: ${GROUP_KINDS.join(', ')}` }),
    description: bilingual('a description'),
    district,
    mukim: z.string().refine((m) => ALL_MUKIMS.includes(m), {
      message: 'unknown mukim; use one of the 39 mukims spelled as in docs/editing.md (e.g. "Gadong A", "Seria")',
    }),
    address: bilingual('the address').optional(),
    coordinates: coordinatesSchema.optional(),
    schedule: z.array(meetingSchema).min(1, 'list at least one meeting under `schedule:`'),
    languages: z.array(z.enum(MEETING_LANGUAGES, { error: `meeting languages: ${MEETING_LANGUAGES.join(', ')}` })).min(1),
    format: z.enum(FORMATS, { error: `expected one of: ${FORMATS.join(', ')}` }),
    conferenceUrl: z.url({ error: 'expected a full web address starting with https://' }).optional(),
    audience: z.array(z.enum(AUDIENCES, { error: `audience: ${AUDIENCES.join(', ')}` })).min(1),
    accessibility: bilingual('accessibility notes').optional(),
    contact: z.object({
      email: z.email({ error: 'expected an email address' }).nullish(),
      phone: z
        .string()
        .regex(/^\+?[0-9 ]{3,15}$/, 'expected a phone number with digits only, e.g. "2448877"')
        .nullish(),
      url: z.url().nullish(),
    }),
    lastVerified: notInFuture,
    source: text('where this information comes from (source)'),
    sample: z.boolean({ error: 'say whether this is a sample listing: sample: true or false' }),
  })
  .superRefine((g, ctx) => {
    if (districtOfMukim(g.mukim) && districtOfMukim(g.mukim) !== g.district) {
      ctx.addIssue({
        code: 'custom',
        path: ['mukim'],
        message: `mukim "${g.mukim}" is in ${districtOfMukim(g.mukim)}, not ${g.district}`,
      });
    }
    for (const [i, m] of g.schedule.entries()) {
      if (m.start === m.end) {
        ctx.addIssue({ code: 'custom', path: ['schedule', i, 'end'], message: 'the meeting ends when it starts' });
      }
    }
    if (g.format !== 'online' && !g.coordinates) {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: 'an in-person or hybrid group needs coordinates: { lat, lng }' });
    }
    if (g.format !== 'in-person' && !g.conferenceUrl) {
      ctx.addIssue({ code: 'custom', path: ['conferenceUrl'], message: 'an online or hybrid group needs conferenceUrl' });
    }
    if (g.sample && g.contact.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'phone'],
        message: 'a sample group must not have a phone number (it could belong to someone); use an example.org email',
      });
    }
    if (g.sample && g.contact.email && !g.contact.email.endsWith('@example.org')) {
      ctx.addIssue({ code: 'custom', path: ['contact', 'email'], message: 'a sample group uses an @example.org email address' });
    }
  });

export const helplineSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id in lower-case letters, digits and hyphens'),
  name: bilingual('the name'),
  number: z.string().regex(/^[0-9]{3,8}$/, 'expected the number as dialled in Brunei, digits only'),
  purpose: bilingual('what the line is for'),
  hours: bilingual('the hours'),
  free: z.boolean().nullable().default(null),
  emergency: z.boolean().default(false),
  confidence: z.enum(['H', 'M', 'L'], { error: 'confidence: H, M or L' }),
  source: sourceSchema,
  lastVerified: notInFuture,
  note: bilingual('a note').optional(),
});

export const glossarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ms: text('the Malay term'),
  en: text('the English term'),
  definition: bilingual('the definition'),
  avoid: z.object({ ms: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
});

export const placeSchema = z.object({
  id: z.string(),
  name: text('the place name'),
  district,
  mukim: z.string(),
  kind: z.enum(['mukim', 'town', 'kampong']),
  lat: z.number(),
  lng: z.number(),
}).refine(isInsideBrunei, { message: 'this place is outside Brunei' });

export type Article = z.infer<typeof articleSchema>;
export type Story = z.infer<typeof storySchema>;
export type Group = z.infer<typeof groupSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Place = z.infer<typeof placeSchema>;
