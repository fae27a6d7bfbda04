/**
 * The content schemas: the only gate between files in `content/` and pages.
 * Kept free of Astro's virtual modules so that unit tests can run them on fixtures.
 * Every message says what is expected, in plain words, because editors read them.
 */
import { z } from 'astro/zod';
import { ALL_MUKIMS, DISTRICTS, districtOfMukim, isInsideBrunei, UTC_OFFSET_MINUTES } from '../brunei';
import { AUDIENCES, DAYS, FORMATS, GROUP_KINDS, MEETING_LANGUAGES } from '../directory/group-fields';
import { HOLIDAY_KINDS } from '../directory/holidays';
import { PRAYERS } from '../directory/prayer-times';

// The one list of locales (src/i18n/locales.ts), re-exported for the schemas' users.
import { LOCALES } from '../../i18n/locales';
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

/** A file name that is a good page address: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A field holding such a name, with one message for a wrong type and a wrong shape. */
const slugField = (message: string) => z.string({ error: message }).regex(SLUG_PATTERN, message);

const topic = slugField('expected a topic in lower-case words joined by hyphens, e.g. peer-support');

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
  // Optional: some agency and charity pages carry no date, and a guessed year would be untrue.
  year: z
    .number({ error: 'expected the year as a number, e.g. 2023' })
    .int('expected the year as a whole number, e.g. 2023')
    .min(1900, 'expected a year from 1900 on, e.g. 2023')
    .max(2100, 'expected a year such as 2023')
    .optional(),
  url: webAddress().optional(),
});

/** Who may be named as an article's reviewer: a role, never a person's name. */
export const REVIEWER_ROLES = ['health-professional', 'counsellor', 'peer-mentor', 'religious-teacher', 'editor'] as const;

/**
 * A review that happened: the day and the reviewer's role. Absent ⇒ the page says it has not
 * yet been reviewed; a bare date (no role) is refused, so no page claims an unrecorded review.
 */
export const reviewSchema = z.object(
  {
    date: notInFuture,
    by: z.enum(REVIEWER_ROLES, { error: `expected the reviewer's role: ${REVIEWER_ROLES.join(', ')}` }),
  },
  {
    error:
      'expected reviewed: { date: YYYY-MM-DD, by: <role> } with the role of who reviewed the page; leave the line out if nobody has reviewed it yet',
  },
);

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
  reviewed: reviewSchema.optional(),
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

/**
 * A story is either a *composite* (written by editors from several people's experiences:
 * nobody tells it, so it has no storyteller to consent or to approve the text) or a
 * *personal* story (one person's, published only with a consent record).
 */
export const STORY_KINDS = ['composite', 'personal'] as const;

export const STORY_KIND_RULES = {
  personalNeedsConsent:
    'a personal story needs a consent record before it is published: consent: { record, given, approved, withdraw } (docs/editing.md); or keep draft: true',
  compositeHasNoConsent:
    'a composite story has no storyteller, so it cannot carry consent or storyteller-approval lines: remove the consent block, or write kind: personal if one person told it',
  approvedBeforeGiven: 'the storyteller approved the text before consent was given; check both dates',
} as const;

/** How one person's consent to publish their story is recorded (Faces & Voices of Recovery guidance). */
export const consentSchema = z.object(
  {
    record: text('the consent record reference (where the signed form is kept, e.g. "CR-2026-014")'),
    given: notInFuture,
    approved: notInFuture,
    withdraw: z.union([bilingual('how to withdraw the story'), text('how to withdraw the story')], {
      error: 'expected how the storyteller can withdraw the story: withdraw: { ms: "…", en: "…" } or one sentence',
    }),
  },
  {
    error:
      'expected consent: { record: <reference>, given: YYYY-MM-DD, approved: YYYY-MM-DD, withdraw: { ms, en } }; see docs/editing.md',
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
    kind: z.enum(STORY_KINDS, {
      error: 'say what kind of story this is: kind: composite (editors wrote it from several experiences) or kind: personal (one person told it, with consent)',
    }),
    consent: consentSchema.optional(),
    // The guide the story itself points readers to, by its file name; the "next steps" box
    // then offers that one (review R21). Without it, a guide is picked from the role.
    guide: slugField('expected the file name of an article, without .mdx, e.g. guide: when-someone-comes-home').optional(),
    updated: date,
    translationOf,
    draft,
  })
  // A personal draft may wait for consent (the storyteller cannot approve a text not yet
  // written); a published one may not. A composite never claims consent: it has no storyteller.
  // Runs even when other fields are wrong, so every problem shows at once.
  .check(
    z.superRefine(
      (story, ctx) => {
        const { kind, consent, draft } = story as { kind?: unknown; consent?: unknown; draft?: unknown };
        if (kind === 'composite' && consent !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['consent'], message: STORY_KIND_RULES.compositeHasNoConsent, input: consent });
        }
        if (kind === 'personal' && consent === undefined && draft !== true) {
          ctx.addIssue({ code: 'custom', path: ['consent'], message: STORY_KIND_RULES.personalNeedsConsent, input: consent });
        }
        if (kind === 'personal' && typeof consent === 'object' && consent !== null) {
          const { given, approved } = consent as { given?: unknown; approved?: unknown };
          if (given instanceof Date && approved instanceof Date && approved.getTime() < given.getTime()) {
            ctx.addIssue({ code: 'custom', path: ['consent', 'approved'], message: STORY_KIND_RULES.approvedBeforeGiven, input: approved });
          }
        }
      },
      { when: () => true },
    ),
  );

/** How a helpline's or group's details were checked. */
export const VERIFY_METHODS = ['phone', 'website', 'notice', 'in-person', 'email'] as const;

/**
 * Proof that someone checked a helpline or group: who (a role, never a name), when, how,
 * and the evidence. Optional: without it the page says "not yet verified", because a
 * date alone would claim a check nobody can show (docs/content-model.md).
 */
export const verifiedSchema = z.object(
  {
    date: notInFuture,
    by: text('who verified it (a role, e.g. "site editor")'),
    method: z.enum(VERIFY_METHODS, { error: `expected how it was verified: ${VERIFY_METHODS.join(', ')}` }),
    evidence: text('the evidence (the web address read, or a note of the call: number dialled, who answered)'),
  },
  {
    error:
      'expected verified: { date: YYYY-MM-DD, by: <role>, method: phone|website|notice|in-person|email, evidence: <url or note> }, or no verified line at all when nobody has checked',
  },
);

// The lists live in a zod-free module so browser islands can share them.
export { AUDIENCES, DAYS, FORMATS, GROUP_KINDS, MEETING_LANGUAGES };
export type { Day } from '../directory/group-fields';

const clock = z
  .string({ error: 'expected a 24-hour time in quotes, e.g. "14:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time in quotes, e.g. "14:30"');

const minutes = (what: string, max: number) =>
  z
    .number({ error: `expected ${what} in minutes, as a number, e.g. 90` })
    .int(`expected ${what} in whole minutes`)
    .min(0, `${what} cannot be negative`)
    .max(max, `${what} is more than ${max} minutes; check it`);

/**
 * A weekly meeting, either at a clock time (`start`, `end`) or after a prayer
 * (`after`, with `offset` minutes after the prayer's time and a `duration`).
 * One flat object rather than a union, so a mistyped field gets its own plain
 * message ("after: isya" → did you mean "isyak"?) instead of "no union matched".
 */
export const meetingSchema = z
  .object({
    day: z.enum(DAYS, { error: `expected a day: ${DAYS.join(', ')}` }),
    start: clock.optional(),
    end: clock.optional(),
    after: z.enum(PRAYERS, { error: `expected a prayer: ${PRAYERS.join(', ')}` }).optional(),
    offset: minutes('the offset after the prayer', 180).optional(),
    duration: minutes('the length of the meeting', 600).min(15, 'a meeting lasts at least 15 minutes').optional(),
  })
  .superRefine((m, ctx) => {
    const clockTime = m.start !== undefined || m.end !== undefined;
    if (m.after === undefined && !clockTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message:
          'give a clock time (start: "19:30", end: "21:00") or a prayer (after: isyak, offset: 15, duration: 90)',
      });
    } else if (m.after !== undefined && clockTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['after'],
        message: 'a meeting has either a clock time (start, end) or a prayer (after), not both',
      });
    } else if (m.after !== undefined && m.duration === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'a meeting after a prayer needs its length in minutes, e.g. duration: 90',
      });
    } else if (m.after === undefined) {
      if (m.start === undefined)
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'the meeting needs a start time' });
      if (m.end === undefined)
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'the meeting needs an end time' });
      if (m.offset !== undefined || m.duration !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [m.offset !== undefined ? 'offset' : 'duration'],
          message:
            'offset and duration go with a meeting after a prayer (after: isyak); a clock-time meeting has start and end',
        });
      }
    }
  });

/** What a group does in Ramadan: meets on another schedule, or pauses until Hari Raya. */
export const ramadanSchema = z
  .object(
    {
      schedule: z
        .array(meetingSchema, {
          error: 'expected a list of Ramadan meetings, e.g. - { day: friday, after: isyak, offset: 60, duration: 60 }',
        })
        .min(1, 'list at least one Ramadan meeting, or write paused: true')
        .optional(),
      paused: z.literal(true, { error: 'write paused: true when the group does not meet in Ramadan' }).optional(),
    },
    { error: 'expected ramadan: { schedule: [ … ] } or ramadan: { paused: true }' },
  )
  .refine((r) => (r.schedule === undefined) !== (r.paused === undefined), {
    message: 'give the Ramadan schedule (schedule:) or paused: true, one of the two',
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

/** Whether family members may come to a meeting. */
export const FAMILY_WELCOME = ['yes', 'some-meetings', 'no'] as const;

/**
 * Where a group's details come from, as its page shows it. `{ ms, en }`, so the Malay page
 * does not carry an English line; one string is still taken (a citation kept as it was
 * written) and shown as it is on both pages.
 */
const groupSource = z.union([bilingual('the source'), text('the source')], {
  error: (issue) => {
    const given = issue.input;
    if (given && typeof given === 'object' && !Array.isArray(given)) {
      const missing = (['ms', 'en'] as const).filter((l) => !(l in given));
      if (missing.length > 0) {
        return `the source needs both languages: source: { ms: "…", en: "…" }; missing: ${missing.join(' and ')}`;
      }
    }
    return 'expected where this information comes from: source: { ms: "…", en: "…" } (Malay and English)';
  },
});

/**
 * What someone going for the first time wants to know (the group page's "how to join"
 * and "your first time"). All optional: what a group has not told us, the page says
 * to ask when getting in touch, never guesses.
 */
const groupJoinFields = {
  cost: bilingual('the cost')
    .optional()
    .describe('What it costs to come, in ms and en, e.g. { ms: "Percuma", en: "Free" }. Leave out if not known.'),
  families: z
    .enum(FAMILY_WELCOME, {
      error: `expected families: ${FAMILY_WELCOME.join(', ')} (may family members come?); or leave the line out`,
    })
    .optional()
    .describe('May family members come? yes | some-meetings | no. Leave out if not known.'),
  runBy: bilingual('who runs the group (runBy)')
    .optional()
    .describe('Who runs the group, e.g. { ms: "Sukarelawan dalam pemulihan", en: "Volunteers in recovery" }.'),
  firstTime: z
    .object(
      {
        happens: bilingual('what happens at a first meeting (firstTime.happens)').optional(),
        bring: bilingual('what to bring (firstTime.bring)').optional(),
        late: bilingual('whether someone may arrive late (firstTime.late)').optional(),
        speak: bilingual('whether a newcomer has to speak (firstTime.speak)').optional(),
      },
      {
        error:
          'expected firstTime: { happens: { ms, en }, bring: { ms, en }, late: { ms, en }, speak: { ms, en } } (each optional)',
      },
    )
    .strict()
    .optional()
    .describe('For someone coming for the first time: what happens, what to bring, arriving late, having to speak.'),
};

export const groupSchema = z
  .object({
    name: bilingual('the group name').describe('The group name in Malay (ms) and English (en).'),
    kind: z
      .enum(GROUP_KINDS, { error: `expected one of: ${GROUP_KINDS.join(', ')}` })
      .describe('What kind of group it is.'),
    description: bilingual('a description').describe('What happens at a meeting and who it is for, in ms and en.'),
    district: district.describe(
      'The district where the group meets; for an online group, the district it is run from (its page says "Based in …").',
    ),
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
      .describe(
        'Each weekly meeting: - { day: friday, start: "14:30", end: "16:00" } (24-hour Brunei time), or after a prayer: - { day: tuesday, after: isyak, offset: 15, duration: 90 }.',
      ),
    ramadan: ramadanSchema
      .optional()
      .describe(
        'What the group does in Ramadan: ramadan: { schedule: [ - { day: friday, after: isyak, offset: 60, duration: 60 } ] } or ramadan: { paused: true }. Leave out when nothing changes.',
      ),
    meetsOnHolidays: z
      .array(z.enum(HOLIDAY_KINDS, { error: `holiday kinds: ${HOLIDAY_KINDS.join(', ')}` }), {
        error: 'expected a list of holiday kinds, e.g. meetsOnHolidays: [national-day]',
      })
      .default([])
      .describe(
        'Public holidays on which the group still meets (it does not meet on the others), e.g. [national-day, christmas].',
      ),
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
          whatsapp: z
            .string({ error: 'expected a WhatsApp number in quotes, e.g. "7123456", or null' })
            .regex(/^\+?[0-9 ]{3,15}$/, 'expected a WhatsApp number with digits only, e.g. "7123456"')
            .nullish(),
        },
        {
          error:
            'expected a contact block: contact: { email: …, phone: …, whatsapp: … } (write null for what the group does not have)',
        },
      )
      .describe(
        'How to reach the group. A phone or WhatsApp number only when it is real and checked; a sample group uses an @example.org email.',
      ),
    ...groupJoinFields,
    verified: verifiedSchema
      .optional()
      .describe(
        'Only when someone really checked the details: { date, by (a role), method, evidence }. Leave out otherwise: the page then says "not yet verified".',
      ),
    source: groupSource.describe(
      'Where the information comes from, in both languages: { ms: "…", en: "…" } (or one line kept in the language it was written in).',
    ),
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
      if (m.start !== undefined && m.start === m.end) {
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
    if (g.sample && g.contact.whatsapp) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact', 'whatsapp'],
        message: 'a sample group must not have a WhatsApp number (it could belong to someone); use an example.org email',
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

/** Text a helpline card shows on both language pages: one string (a name, a citation title) or { ms, en }. */
const shownText = (what: string) => z.union([bilingual(what), text(what)]);

/** A service's source: a Brunei agency's own page is named in both languages ({ ms, en }); a
 * news article keeps its own title and publisher as one string. */
const serviceSourceSchema = sourceSchema.extend({
  title: shownText('the source title'),
  publisher: shownText('the publisher'),
});

/**
 * A service a family can contact (an agency, an NGO, a phone line): not a peer group,
 * so no weekly schedule. Only what its public source says: place, phone and website
 * are optional because a source often gives none of them.
 */
export const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id in lower-case letters, digits and hyphens'),
    kind: z.literal('service', { error: 'expected kind: service' }),
    name: bilingual('the name'),
    description: bilingual('what the service does'),
    district: district.optional(),
    place: bilingual('where it is (as the source gives it)').optional(),
    phone: z
      .string({ error: 'expected the number in quotes, as dialled in Brunei' })
      .regex(/^[0-9]{3,8}$/, 'expected the number as dialled in Brunei, digits only')
      .optional(),
    hours: bilingual('the hours').optional(),
    url: webAddress().optional(),
    confidence: z.enum(['H', 'M', 'L'], { error: 'confidence: H, M or L (from shared/FACTS.md)' }),
    sources: z.array(serviceSourceSchema).min(1, 'list at least one public source under `sources:`'),
    verified: verifiedSchema
      .optional()
      .describe('Only when someone really checked the details: { date, by (a role), method, evidence }.'),
  })
  .strict();

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
  // Shown on both language pages, so title and publisher may be given in both languages;
  // a single string is a citation (a headline) kept in the language it was published in.
  source: sourceSchema.extend({ title: shownText('the source title'), publisher: shownText('the publisher') }),
  verified: verifiedSchema.optional(),
  /** What a reader needs before calling; shown on the card. */
  note: bilingual('a note').optional(),
  /** What is uncertain and should be confirmed with the agency; shown with the sources, never beside the number. */
  confirm: bilingual('what to confirm with the agency').optional(),
});

/** Where a holiday's date comes from: the announcement, or (while expected) the calculation. */
const holidaySource = z.object(
  {
    name: text('the name of the source'),
    url: webAddress().optional(),
  },
  {
    error:
      'a holiday needs its source: source: { name: "…", url: "https://…" } — the official announcement, or for an expected date where the date comes from',
  },
);

/** A public holiday or special day in `content/holidays.yaml`. */
export const holidaySchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9-]+$/,
        'expected an id in lower-case letters, digits and hyphens, e.g. hari-raya-aidilfitri-2027',
      ),
    kind: z.enum(HOLIDAY_KINDS, { error: `expected a kind: ${HOLIDAY_KINDS.join(', ')}` }),
    name: bilingual('the name of the day'),
    start: date,
    end: date.optional(),
    expected: z.boolean({
      error:
        'say whether the date is still expected: expected: true (not yet announced) or expected: false (announced)',
    }),
    basis: text('how the expected date was worked out (basis)').optional(),
    source: holidaySource,
  })
  .superRefine((h, ctx) => {
    if (h.end && h.end.getTime() < h.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the last day is before the first day' });
    }
    if (h.expected && !h.basis) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message:
          'an expected date needs its basis, e.g. basis: "Umm al-Qura calendar; Brunei announces after the moon sighting"',
      });
    }
  });

export const glossarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ms: text('the Malay term'),
  en: text('the English term'),
  definition: bilingual('the definition'),
  avoid: z.object({ ms: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
  /** Other words for the same idea: not wrong, but pages use the term above (npm run check:language). */
  variants: z.object({ ms: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
  // Words readers type for this idea; search finds the pages that use the first of each list (docs/search.md).
  search: z.object({ ms: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
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
export type Ramadan = z.infer<typeof ramadanSchema>;
export type HolidayEntry = z.infer<typeof holidaySchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type Verified = z.infer<typeof verifiedSchema>;
export type StoryConsent = z.infer<typeof consentSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Service = z.infer<typeof serviceSchema>;
