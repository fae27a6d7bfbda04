import { describe, expect, it } from 'vitest';
import { fillSlots, formatMessage, numberFormat, pluralForm } from '../../src/i18n/format';
import { useTranslations } from '../../src/i18n/ui';

describe('fillSlots', () => {
  it('fills named slots and leaves a slot without a value as it is', () => {
    expect(fillSlots('{shown} of {total}', { shown: 3, total: 26 })).toBe('3 of 26');
    expect(fillSlots('{missing} here', {})).toBe('{missing} here');
    expect(fillSlots('no slots')).toBe('no slots');
  });
});

describe('plural forms', () => {
  const groups = { zero: 'no groups', one: '{count} group', other: '{count} groups' };

  it('follow each language’s plural rules: English has one and other, Malay only other', () => {
    expect(pluralForm(groups, 'en', 1)).toBe('{count} group');
    expect(pluralForm(groups, 'en', 2)).toBe('{count} groups');
    expect(pluralForm(groups, 'ms', 1)).toBe('{count} groups');
  });

  it('use an explicit zero form for none in either language', () => {
    expect(pluralForm(groups, 'en', 0)).toBe('no groups');
    expect(pluralForm(groups, 'ms', 0)).toBe('no groups');
    expect(pluralForm({ one: '{count} group', other: '{count} groups' }, 'en', 0)).toBe('{count} groups');
  });

  it('write the count as the language writes numbers', () => {
    expect(formatMessage(groups, 'en', {}, 1200)).toBe('1,200 groups');
    expect(formatMessage('{count} left', 'en', {}, 3)).toBe('3 left');
  });

  it('write a small whole count exactly as Intl.NumberFormat would, in both languages', () => {
    for (const locale of ['ms', 'en'] as const) {
      const intl = new Intl.NumberFormat(locale === 'ms' ? 'ms-BN' : 'en-GB');
      for (const count of [0, 1, 7, 26, 999, 1000, 1234, 2.5, -3]) {
        expect(formatMessage('{count}', locale, {}, count)).toBe(intl.format(count));
      }
    }
  });
});

describe('the translator', () => {
  it('fills slots in a catalogue string', () => {
    expect(useTranslations('en')('directory.printDistrict', { district: 'Tutong' })).toBe('Print the Tutong list');
  });

  it('picks the plural form for a count, in each language', () => {
    const en = useTranslations('en');
    const ms = useTranslations('ms');
    expect(en('directory.mapLabel', { district: 'Tutong' }, 1)).toBe('Tutong: 1 group');
    expect(en('directory.mapLabel', { district: 'Tutong' }, 3)).toBe('Tutong: 3 groups');
    expect(ms('directory.mapLabel', { district: 'Tutong' }, 1)).toBe('Tutong: 1 kumpulan');
    expect(en('directory.nowBanner', { time: '19:30' }, 0)).toBe('It is 19:30 in Brunei. No group is meeting now.');
    expect(en('directory.nowBanner', { time: '19:30' }, 1)).toBe('It is 19:30 in Brunei. 1 group is meeting now.');
    expect(ms('directory.nowBanner', { time: '19:30' }, 2)).toBe(
      'Sekarang pukul 19:30 waktu Brunei. 2 kumpulan sedang berjumpa.',
    );
  });

  it('says the directory’s counts in whole words: no "See 1 groups", no "(0 chosen)"', () => {
    const en = useTranslations('en');
    const ms = useTranslations('ms');
    expect([0, 1, 5].map((n) => en('directory.see', {}, n))).toEqual([
      'No groups match',
      'See 1 group',
      'See 5 groups',
    ]);
    expect([0, 1, 5].map((n) => ms('directory.see', {}, n))).toEqual([
      'Tiada kumpulan yang sepadan',
      'Lihat 1 kumpulan',
      'Lihat 5 kumpulan',
    ]);
    expect([0, 2].map((n) => en('directory.more', {}, n))).toEqual(['More filters', 'More filters (2 chosen)']);
    expect([0, 1].map((n) => ms('directory.more', {}, n))).toEqual(['Lagi tapisan', 'Lagi tapisan (1 dipilih)']);
  });
});

describe('number formats', () => {
  it('are made once per language and options, and format as Intl does', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en')).not.toBe(numberFormat('ms'));
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(3.24)).toBe('3.2');
  });
});
