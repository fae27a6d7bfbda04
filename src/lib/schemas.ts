/**
 * The content schemas: the only gate between files in `content/` and pages.
 * Kept free of Astro's virtual modules so that unit tests can run them on fixtures.
 * Every message says what is expected, in plain words, because editors read them.
 */
import { z } from 'astro/zod';
import { ALL_MUKIMS, DISTRICTS, districtOfMukim, isInsideBrunei, UTC_OFFSET_MINUTES } from './brunei';
import { AUDIENCES, DAYS, FORMATS, GROUP_KINDS, MEETING_LANGUAGES } from './group-fields';

// The one list of locales (src/i18n/locales.ts), re-exported for the schemas' users.
import { LOCALES } from '../i18n/locales';
export { LOCALES };

const DATE_MESSAGE = 'expected a date written as YYYY-MM-DD, e.g. 2026-11-20';
// A YAML parser gives a Date for an unquoted date and a string for a quoted one; accept both.
// The string branch also makes the generated JSON Schema accept YYYY-MM-DD, so editors'
// YAML autocompletion does not flag every date as "not an RFC3339 date-time".
const date = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE), z.date()], { error: DATE_MESSAGE })
  .pipe(z.coerce.date({ error: DATE_MESSAGE }));
// A date is "in the future" only once it is after today in Brunei (UTC+8), so an editor
// writing today's date at 7 a.m. Brunei time is not told it has not happened yet.
const notInFuture = date.refine((d) => d.getTime() <= Date.now() + UTC_OFFSET_MINUTES * 60_000, {
  message: 'this date is in the future; write the day it was actually done (YYYY-MM-DD)',
});

const text = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, `${what} must not be empty`);

/** A piece of text in both languages: `{ ms: …, en: … }`. Neither may be missing. */
export const bilingual = (what: string) =>
  z.object(
    { ms: text(`${what} in Malay (ms)`), en: text(`${what} in English (en)`) },
    { error: `expected ${what} in both languages: { ms: "…", en: "…" }` },
  );

/**
 * A web address a reader may follow: http(s) only, so a `javascript:` or `data:` address
 * in content can never become a link that runs code (tests/unit/web-addresses.test.ts).
 */
const webAddress = () => z.url({ protocol: /^https?$/, error: 'expected a full web address starting with https://' });

const description = text('a description').max(160, 'the description is longer than 160 characters; shorten it');

const draft = z
  .boolean({ error: 'expected draft: true (kept off the site) or draft: false (published)' })
  .default(false);

const topic = z
  .string({ error: 'expected a topic in lower-case words joined by hyphens, e.g. peer-support' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a topic in lower-case words joined by hyphens, e.g. peer-support');

/**
 * Marks a file as the translation of the file with the same name in the other locale's
 * folder; `npm run check:content` fails when that original is missing (docs/editing.md).
 */
const translationOf = z
  .enum(LOCALES, { error: `expected the language of the original: ${LOCALES.join(' or ')}` })
  .optional();

export const SECTIONS = ['learn', 'families', 'programmes', 'help'] as const;
export type Section = (typeof SECTIONS)[number];

export const sourceSchema = z.object({
  title: text('the source title'),
  publisher: text('the publisher'),
  year: z
    .number({ error: 'expected the year as a number, e.g. 2023' })
    .int('expected the year as a whole number, e.g. 2023')
    .min(1900, 'expected a year from 1900 on, e.g. 2023')
    .max(2100, 'expected a year such as 2023'),
  url: webAddress().optional(),
});

export const articleSchema = z.object({
  title: text('a title').max(90, 'the title is longer than 90 characters; shorten it'),
  description,
  section: z.enum(SECTIONS, { error: `expected one of: ${SECTIONS.join(', ')}` }),
  order: z
    .number({ error: 'expected a whole number, e.g. order: 3 (lower numbers come first)' })
    .int('expected a whole number, e.g. order: 3')
    .optional(),
  topics: z.array(topic, { error: 'expected a list of topics, e.g. topics: [relapse, families]' }).default([]),
  updated: date,
  reviewed: notInFuture,
  sources: z
    .array(sourceSchema, { error: 'expected a list of sources under `sources:`; see docs/editing.md' })
    .min(1, 'list at least one source under `sources:`'),
  translationOf,
  draft,
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
  'taubat',
  'sabar',
  'doa',
  'syukur',
  'ukhuwah',
  'solat',
  'ramadan',
  'hari-raya',
  'masjid',
  'tawakal',
  'silaturahim',
] as const;

const district = z.enum(DISTRICTS, { error: `expected one of the four districts: ${DISTRICTS.join(', ')}` });

/** What each consent answer must be before a story is published (a draft may still say false). */
export const CONSENT_REQUIRED = {
  obtained: 'consent.obtained must be true: a story is published only with consent',
  anonymised: 'consent.anonymised must be true: remove names and identifying details first',
  reviewedByStoryteller:
    'consent.reviewedByStoryteller must be true: the storyteller reads the final text before it is published',
} as const;

const yesNo = (field: string) => z.boolean({ error: `expected ${field}: true or ${field}: false` });

export const consentSchema = z.object(
  {
    obtained: yesNo('obtained'),
    date: notInFuture,
    anonymised: yesNo('anonymised'),
    reviewedByStoryteller: yesNo('reviewedByStoryteller'),
  },
  {
    error: 'every story needs a consent block (obtained, date, anonymised, reviewedByStoryteller); see docs/editing.md',
  },
);

export const storySchema = z
  .object({
    title: text('a title').max(90, 'the title is longer than 90 characters; shorten it'),
    description,
    narrator: text('the narrator’s pseudonym'),
    role: z.enum(STORY_ROLES, { error: `expected one of: ${STORY_ROLES.join(', ')}` }),
    age: z
      .number({ error: 'expected the age as a number, e.g. 34; or leave the line out' })
      .int('expected the age as a whole number, e.g. 34')
      .min(10, 'expected an age from 10 to 100')
      .max(100, 'expected an age from 10 to 100')
      .optional(),
    district: district.optional(),
    faithThemes: z
      .array(z.enum(FAITH_THEMES, { error: `faith themes must be from: ${FAITH_THEMES.join(', ')}` }))
      .default([]),
    contentNotes: z
      .array(z.string({ error: 'expected each content note as text, e.g. "relapse"' }), {
        error: 'expected a list, e.g. contentNotes: ["relapse", "family conflict"], or [] when there are none',
      })
      .default([]),
    composite: z.boolean({ error: 'say whether the story is a composite: composite: true or false' }),
    consent: consentSchema,
    updated: date,
    translationOf,
    draft,
  })
  // A draft may wait for consent (the storyteller cannot review a text not yet written);
  // a published story may not. Runs even when other fields are wrong, so every problem shows at once.
  .check(
    z.superRefine(
      (story, ctx) => {
        const consent: unknown = story.consent;
        if (story.draft === true || typeof consent !== 'object' || consent === null) return;
        for (const [field, message] of Object.entries(CONSENT_REQUIRED)) {
          if ((consent as Record<string, unknown>)[field] === false) {
            ctx.addIssue({ code: 'custom', path: ['consent', field], message, input: false });
          }
        }
      },
      { when: () => true },
    ),
  );

// The lists live in a zod-free module so browser islands can share them.
export { AUDIENCES, DAYS, FORMATS, GROUP_KINDS, MEETING_LANGUAGES };
export type { Day } from './group-fields';

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
    message:
      'these coordinates are outside Brunei (latitude 4.0–5.1, longitude 114.0–115.4); check the order: lat first',
  });

export const groupSchema = z
  .object({
    name: bilingual('the group name').describe('The group name in Malay (ms) and English (en).'),
    kind: z
      .enum(GROUP_KINDS, { error: `expected one of: ${GROUP_KINDS.join(', ')}` })
      .describe('What kind of group it is.'),
    description: bilingual('a description').describe('What happens at a meeting and who it is for, in ms and en.'),
    district: district.describe('The district where the group meets.'),
    // An enum (not a free string) so the generated JSON Schema offers the 39 names as completions.
    mukim: z
      .enum(ALL_MUKIMS as readonly [string, ...string[]], {
        error: 'unknown mukim; use one of the 39 mukims spelled as in docs/editing.md (e.g. "Gadong A", "Seria")',
      })
      .describe('The mukim where the group meets; it must be in the district above.'),
    address: bilingual('the address')
      .optional()
      .describe('The meeting place in ms and en. Leave out for an online-only group.'),
    coordinates: coordinatesSchema
      .optional()
      .describe(
        'Where the group meets: { lat: 4.89, lng: 114.94 } (latitude first). Leave out for an online-only group.',
      ),
    schedule: z
      .array(meetingSchema, {
        error: 'expected a list of meetings under `schedule:`, e.g. - { day: friday, start: "14:30", end: "16:00" }',
      })
      .min(1, 'list at least one meeting under `schedule:`')
      .describe('Each weekly meeting: - { day: friday, start: "14:30", end: "16:00" } (24-hour Brunei time).'),
    languages: z
      .array(z.enum(MEETING_LANGUAGES, { error: `meeting languages: ${MEETING_LANGUAGES.join(', ')}` }), {
        error: `expected a list of meeting languages, e.g. languages: [ms, en] (from: ${MEETING_LANGUAGES.join(', ')})`,
      })
      .min(1, `list at least one meeting language, e.g. languages: [ms] (from: ${MEETING_LANGUAGES.join(', ')})`)
      .describe('Languages spoken at meetings.'),
    format: z
      .enum(FORMATS, { error: `expected one of: ${FORMATS.join(', ')}` })
      .describe('in-person, online or hybrid. Online and hybrid groups need conferenceUrl.'),
    conferenceUrl: webAddress().optional().describe('The meeting link, for online and hybrid groups only.'),
    audience: z
      .array(z.enum(AUDIENCES, { error: `audience: ${AUDIENCES.join(', ')}` }), {
        error: `expected a list, e.g. audience: [everyone] (from: ${AUDIENCES.join(', ')})`,
      })
      .min(1, `list who the group is for, e.g. audience: [everyone] (from: ${AUDIENCES.join(', ')})`)
      .describe('Who the group is for.'),
    accessibility: bilingual('accessibility notes')
      .optional()
      .describe('Optional: step-free access, a lift, a room for women…'),
    contact: z
      .object(
        {
          email: z.email({ error: 'expected an email address, e.g. name@example.org' }).nullish(),
          phone: z
            .string({ error: 'expected a phone number in quotes, e.g. "2448877", or null' })
            .regex(/^\+?[0-9 ]{3,15}$/, 'expected a phone number with digits only, e.g. "2448877"')
            .nullish(),
          url: webAddress().nullish(),
        },
        {
          error:
            'expected a contact block: contact: { email: …, phone: … } (write null for what the group does not have)',
        },
      )
      .describe(
        'How to reach the group. A phone number only when it is real and checked; a sample group uses an @example.org email.',
      ),
    lastVerified: notInFuture.describe('The day an editor last checked these details with the group (YYYY-MM-DD).'),
    source: text('where this information comes from (source)').describe('Where the information comes from.'),
    sample: z
      .boolean({ error: 'say whether this is a sample listing: sample: true or false' })
      .describe('true: an example listing, labelled on the site. false: a real group an editor has checked.'),
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
      ctx.addIssue({
        code: 'custom',
        path: ['coordinates'],
        message: 'an in-person or hybrid group needs coordinates: { lat, lng }',
      });
    }
    if (g.format !== 'in-person' && !g.conferenceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['conferenceUrl'],
        message: 'an online or hybrid group needs conferenceUrl',
      });
    }
    if (g.sample && g.contact.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'phone'],
        message: 'a sample group must not have a phone number (it could belong to someone); use an example.org email',
      });
    }
    if (g.sample && g.contact.email && !g.contact.email.endsWith('@example.org')) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'email'],
        message: 'a sample group uses an @example.org email address',
      });
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
  /** A line that takes reports to an enforcement agency: listed apart from support lines. */
  reporting: z.boolean().default(false),
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

export const placeSchema = z
  .object({
    id: z.string(),
    name: text('the place name'),
    district,
    mukim: z.string(),
    kind: z.enum(['mukim', 'town', 'kampong']),
    lat: z.number(),
    lng: z.number(),
  })
  .refine(isInsideBrunei, { message: 'this place is outside Brunei' });

export type Article = z.infer<typeof articleSchema>;
export type Story = z.infer<typeof storySchema>;
export type Group = z.infer<typeof groupSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Place = z.infer<typeof placeSchema>;
