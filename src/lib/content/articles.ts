import type { Section } from './schemas';

interface Sortable {
  data: { order?: number | undefined; title: string; draft: boolean; section?: Section };
}

/** Published entries only: `draft: true` never reaches a page. */
export function published<T extends { data: { draft: boolean } }>(entries: readonly T[]): T[] {
  return entries.filter((e) => !e.data.draft);
}

/** Section order: explicit `order` first (lower first), then by title in the reader's language. */
export function sortForSection<T extends Sortable>(entries: readonly T[], locale: string): T[] {
  return [...entries].sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      a.data.title.localeCompare(b.data.title, locale),
  );
}

/** Sections with a list page of their own (`help` has the get-help page instead). */
export const LISTED_SECTIONS = ['learn', 'families', 'programmes'] as const satisfies readonly Section[];

interface Listed extends Sortable {
  id: string;
  data: Sortable['data'] & { section: Section };
}

/**
 * Each section's articles per locale, sorted once: `byLocaleAndSection.get('ms/learn')`.
 * Pages look their neighbours up here instead of sorting the whole collection per page.
 */
export function sectionLists<T extends Listed>(entries: readonly T[]): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const entry of entries) {
    const key = `${entry.id.split('/')[0]}/${entry.data.section}`;
    // Push, not spread: copying the list for each entry made this quadratic.
    const list = lists.get(key);
    if (list) list.push(entry);
    else lists.set(key, [entry]);
  }
  for (const [key, list] of lists) lists.set(key, sortForSection(list, key.split('/')[0] ?? 'ms'));
  return lists;
}
