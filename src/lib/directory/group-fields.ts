/**
 * The closed lists a group's fields take their values from. Kept apart from
 * `schemas.ts` (which re-exports them) so that browser islands can import them
 * without pulling the schema library into the page's JavaScript.
 */
export const GROUP_KINDS = ['support-group', 'family-group', 'mentoring', 'community-activity'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];

export const AUDIENCES = ['everyone', 'families', 'women', 'men', 'young-people'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const MEETING_LANGUAGES = ['ms', 'en', 'zh', 'other'] as const;
export type MeetingLanguage = (typeof MEETING_LANGUAGES)[number];

/** Sunday first: the index is the Meeting Guide / JavaScript day number. */
export const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Day = (typeof DAYS)[number];
