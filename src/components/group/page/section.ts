import type { Locale } from '../../../i18n/locales';
import type { Group } from '../../../lib/content/schemas';

/** The props of a section of a group's page: the page's language and the group. */
export interface GroupSectionProps {
  locale: Locale;
  group: Group;
}
