import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatDate, isoDate } from '../dates';
import type { Article } from './schemas';

export type ReviewLine =
  { reviewed: true; text: string; datetime: string } | { reviewed: false; text: string; datetime?: undefined };

/**
 * The line an article shows about its review: the day and the reviewer's role when a review is
 * recorded, and otherwise plainly that nobody has reviewed it yet (never a date on its own).
 * @example reviewLine({ date: new Date('2026-11-20'), by: 'counsellor' }, 'en', t).text
 * // 'Last reviewed on 20 November 2026 by a counsellor.'
 */
export function reviewLine(reviewed: Article['reviewed'], locale: Locale, t: Translate): ReviewLine {
  if (!reviewed) return { reviewed: false, text: t('review.none') };
  const text = t('review.last', { date: formatDate(reviewed.date, locale), role: t(`reviewer.${reviewed.by}`) });
  return { reviewed: true, text, datetime: isoDate(reviewed.date) };
}
