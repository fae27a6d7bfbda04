import type { Helpline } from './schemas';

/** A `tel:` link for a Brunei number as dialled locally. @example telHref('145') // 'tel:145' */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** Ids of the lines shown in every page's footer: the three emergency numbers and Talian Harapan. */
export const FOOTER_HELPLINES = ['ambulance', 'police', 'fire-rescue', 'talian-harapan'] as const;

/**
 * Helplines by id, in the order asked; an id missing from the data fails the build
 * (naming `neededBy`), so a number never silently vanishes from a page.
 */
export function helplinesById<T extends { data: Pick<Helpline, 'id'> }>(
  all: readonly T[],
  ids: readonly string[],
  neededBy: string,
): T[] {
  return ids.map((id) => {
    const found = all.find((h) => h.data.id === id);
    if (!found) throw new Error(`content/helplines.yaml has no helpline with id "${id}" (${neededBy} needs it)`);
    return found;
  });
}

/** The helplines for the footer, in that order. */
export function footerHelplines<T extends { data: Pick<Helpline, 'id'> }>(all: readonly T[]): T[] {
  return helplinesById(all, FOOTER_HELPLINES, 'the footer');
}

/**
 * Helplines for the get-help page, in the order a person in trouble needs them: someone to
 * talk to in confidence, then danger to life, then government information. Reporting lines
 * are returned apart, for the law page, so they are never mistaken for counselling.
 */
export function helplineGroups<T extends { data: Pick<Helpline, 'id' | 'emergency'> }>(all: readonly T[]) {
  const confidential = helplinesById(all, [CONFIDENTIAL_HELPLINE], 'the get-help page');
  const information = helplinesById(all, INFORMATION_HELPLINES, 'the get-help page');
  const reporting = helplinesById(all, REPORTING_HELPLINES, 'the law page');
  // Ambulance first: danger to life is the commonest emergency this site's readers meet.
  const named = helplinesById(all, EMERGENCY_HELPLINES, 'the get-help page');
  const emergency = [...named, ...all.filter((h) => h.data.emergency && !named.includes(h))];
  const placed = new Set([...confidential, ...information, ...reporting, ...emergency]);
  const other = all.filter((h) => !placed.has(h));
  return { confidential, emergency, information, other, reporting };
}

/** The line to talk to in confidence, shown first on the get-help page. */
export const CONFIDENTIAL_HELPLINE = 'talian-harapan';
/** The emergency services, in the order the get-help page shows them. */
export const EMERGENCY_HELPLINES = ['ambulance', 'police', 'fire-rescue'] as const;
/** Government information lines: useful, but not counselling. */
export const INFORMATION_HELPLINES = ['darussalam-123'] as const;
/** Lines for reporting drug activity to the enforcement agency: only on the law page, labelled as enforcement. */
export const REPORTING_HELPLINES = ['ncb-office', 'ncb-after-hours'] as const;

/**
 * Text shown on a page in `locale`: a `{ ms, en }` pair gives that language; a single string
 * (a citation title, a name) is returned with `lang` set when it is not known to be in `locale`,
 * so the page can mark it (WCAG 3.1.2) instead of passing English off as Malay.
 */
export function shownIn(value: string | { ms: string; en: string }, locale: 'ms' | 'en'): { text: string; lang?: 'en' } {
  if (typeof value !== 'string') return { text: value[locale] };
  return locale === 'en' ? { text: value } : { text: value, lang: 'en' };
}

/** The article that explains the law to families and carries the reporting lines. */
export const LAW_PAGE = { section: 'families', slug: 'the-law-and-getting-help' } as const;
