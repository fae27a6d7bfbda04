/**
 * The choices in the search page's filter menus. Build-time only (it reads the
 * content schemas); the island gets the choices as rendered <option>s.
 */
import type { UiKey } from '../../i18n/ui';
import { DISTRICTS } from '../brunei';
import { DAYS, MEETING_LANGUAGES } from '../directory/group-fields';
import { SECTIONS } from '../content/schemas';
import type { SearchFilter } from './search-results';

/** One choice in a filter menu: the value pages carry, and what the menu shows. */
export interface FilterChoice {
  value: string;
  label: string;
}

/**
 * Every value each filter can take, in the reader's language. The values are the
 * ones the pages write into `data-pagefind-filter` (the same translated strings),
 * so choosing one matches them; tests/build/search-index.test.ts checks they agree.
 */
export function filterChoices(t: (key: UiKey) => string): Record<SearchFilter, FilterChoice[]> {
  const same = (value: string): FilterChoice => ({ value, label: value });
  return {
    section: [
      ...SECTIONS.map((s) => same(t(`section.${s}`))),
      same(t('section.stories')),
      { value: t('nav.groups'), label: t('search.sectionGroups') },
      same(t('glossary.title')),
    ],
    district: DISTRICTS.map((d) => same(t(`district.${d}`))),
    day: DAYS.map((d) => same(t(`day.${d}`))),
    language: MEETING_LANGUAGES.map((l) => same(t(`language.${l}`))),
  };
}
