import type { UiKey } from '../i18n/ui';

/** The site menu, in order: the sections, the directory, help and search. */
export const MENU_LINKS: readonly { key: UiKey; path: string }[] = [
  { key: 'nav.groups', path: 'groups' },
  { key: 'nav.help', path: 'help' },
  { key: 'nav.learn', path: 'learn' },
  { key: 'nav.families', path: 'families' },
  { key: 'nav.stories', path: 'stories' },
  { key: 'nav.search', path: 'search' },
];

/**
 * Whether a menu link is the section the reader is in: the page itself or a page under it.
 * The home page (`/ms/`) is never "current" for a section link.
 * @example isCurrentPath('/ms/learn/relapse/', '/ms/learn/') // true
 */
export function isCurrentPath(here: string, href: string): boolean {
  const withSlash = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return withSlash(here).startsWith(withSlash(href));
}
