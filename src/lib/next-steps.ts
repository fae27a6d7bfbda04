import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import type { Translate } from '../i18n/ui';
import { telHref } from './content/helplines';
import type { Helpline } from './content/schemas';

export interface NextStep {
  id: 'group' | 'talk' | 'guide';
  /** The words before a link's own title (a guide), as a UI key; the whole label for the others. */
  label: string;
  href: string;
}

interface GuidePage {
  title: string;
  href: string;
}

/**
 * The steps every story ends with (issue 13): a support group near the reader, someone to
 * talk to now (Talian Harapan, number from the helplines data), and a related guide when
 * there is one. Data in, links out, so a story's text never has to carry them.
 * @example nextSteps('en', { helpline, guide: undefined, t }).map((s) => s.href)
 * // ['/en/groups/', 'tel:145']
 */
export function nextSteps(
  locale: Locale,
  {
    helpline,
    guide,
    t,
  }: {
    helpline: Pick<Helpline, 'number' | 'name'>;
    guide: GuidePage | undefined;
    t: Translate;
  },
): NextStep[] {
  const steps: NextStep[] = [
    { id: 'group', label: t('next.group'), href: localePath(locale, 'groups') },
    { id: 'talk', label: t('next.talk', { name: helpline.name[locale] }), href: telHref(helpline.number) },
  ];
  if (guide) steps.push({ id: 'guide', label: `${t('next.guide')} ${guide.title}`, href: guide.href });
  return steps;
}

/**
 * The guide a story points to: the one the story names (`guide:`, the article's file name) when
 * it exists in the reader's language, else the first article that fits the storyteller's role
 * (family guidance for a family member, else the peer-support basics).
 * @example relatedGuide('en', 'sibling', articles, 'when-someone-comes-home')?.href // '/en/families/when-someone-comes-home/'
 */
export function relatedGuide<T extends { slug: string; section: string; title: string; topics: readonly string[] }>(
  locale: Locale,
  role: string,
  articles: readonly T[],
  named?: string,
): GuidePage | undefined {
  const family = ['parent', 'spouse', 'sibling', 'child'].includes(role);
  const preferred = family ? 'families' : 'learn';
  const pick =
    articles.find((a) => a.slug === named) ??
    articles.find((a) => a.section === preferred && a.topics.includes(family ? 'families' : 'recovery')) ??
    articles.find((a) => a.section === preferred);
  return pick && { title: pick.title, href: localePath(locale, pick.section, pick.slug) };
}
