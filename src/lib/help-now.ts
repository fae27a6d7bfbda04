import type { TextKey } from '../i18n/ui';
import { helplinesById, telHref } from './content/helplines';
import type { Helpline } from './content/schemas';

/** The lines in every page's header, one tap from anywhere: an ambulance, and someone to talk to. */
export const HELP_NOW = [
  { id: 'ambulance', label: 'helpNow.ambulance' },
  { id: 'talian-harapan', label: 'helpNow.talianHarapan' },
] as const satisfies readonly { id: string; label: TextKey }[];

export interface HelpNowLine {
  number: string;
  /** A `tel:` link, so a phone dials it on one tap. */
  href: string;
  /** The short name beside the number, as a UI string key (so it is in the page's language). */
  label: TextKey;
}

/**
 * The header's help lines, numbers taken from the helplines data (one source of truth).
 * A line missing from the data fails the build rather than vanish from every page.
 * @example helpNowLines(helplines)[0] // { number: '991', href: 'tel:991', label: 'helpNow.ambulance' }
 */
export function helpNowLines(all: readonly { data: Pick<Helpline, 'id' | 'number'> }[]): HelpNowLine[] {
  const found = helplinesById(
    all,
    HELP_NOW.map((line) => line.id),
    "every page's header",
  );
  return HELP_NOW.map(({ label }, i) => {
    const number = found[i]?.data.number ?? '';
    return { number, href: telHref(number), label };
  });
}
