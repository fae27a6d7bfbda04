import type { Locale } from '../../i18n/locales';
import type { PageVersion } from '../../i18n/paths';
import type { UiKey } from '../../i18n/ms';
import type { Story } from './schemas';

type Translate = (key: UiKey, locale: Locale) => string;

/**
 * Cards for a list of stories: title, description and a "who, where" line in
 * the story's own language, newest first.
 */
export function storyCards(pages: readonly PageVersion<{ data: Story }>[], t: Translate) {
  return [...pages]
    .sort((a, b) => b.entry.data.updated.getTime() - a.entry.data.updated.getTime() || a.slug.localeCompare(b.slug))
    .map(({ slug, entry: { data }, contentLocale }) => ({
      slug,
      title: data.title,
      description: data.description,
      contentLocale,
      meta: [
        `${data.narrator} · ${t(`role.${data.role}`, contentLocale)}`,
        data.district ? t(`district.${data.district}`, contentLocale) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
}
