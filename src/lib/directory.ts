import type { Locale } from '../i18n/locales';
import { DISTRICTS } from './brunei';
import type { Group } from './schemas';

/** Directory order: district (west to east as listed), then name in the reader's language. */
export function sortGroups<T extends { data: Group }>(groups: readonly T[], locale: Locale): T[] {
  return [...groups].sort(
    (a, b) =>
      DISTRICTS.indexOf(a.data.district) - DISTRICTS.indexOf(b.data.district) ||
      a.data.name[locale].localeCompare(b.data.name[locale], locale),
  );
}
