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

/** Groups helplines for the get-help page: emergency, support, and reporting lines (never confused). */
export function helplineGroups<T extends { data: Pick<Helpline, 'emergency' | 'reporting'> }>(all: readonly T[]) {
  const reporting = all.filter((h) => h.data.reporting);
  const emergency = all.filter((h) => h.data.emergency && !h.data.reporting);
  const support = all.filter((h) => !h.data.emergency && !h.data.reporting);
  return { emergency, support, reporting };
}
