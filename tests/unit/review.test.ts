import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { reviewLine } from '../../src/lib/content/review';

describe('an article’s review line', () => {
  it('names the day and the reviewer’s role when a review is recorded', () => {
    const line = reviewLine({ date: new Date('2026-11-20'), by: 'counsellor' }, 'en', useTranslations('en'));
    expect(line).toEqual({
      reviewed: true,
      text: 'Last reviewed on 20 November 2026 by a counsellor.',
      datetime: '2026-11-20',
    });
  });

  it('speaks Malay on a Malay page', () => {
    const line = reviewLine({ date: new Date('2026-11-20'), by: 'health-professional' }, 'ms', useTranslations('ms'));
    expect(line.text).toBe('Disemak terakhir pada 20 November 2026 oleh seorang profesional kesihatan.');
  });

  it('says plainly that nobody has reviewed the page when there is no record, with no date', () => {
    const line = reviewLine(undefined, 'en', useTranslations('en'));
    expect(line).toEqual({ reviewed: false, text: 'This page has not yet been reviewed by a reviewer.' });
    expect(line.text).not.toMatch(/\d/);
  });
});
