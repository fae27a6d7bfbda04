import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ms } from '../../src/i18n/ms';
import { helpNowLines } from '../../src/lib/help-now';

const helpline = (id: string, number: string) => ({ data: { id, number } });
const all = [helpline('police', '993'), helpline('talian-harapan', '145'), helpline('ambulance', '991')];

describe('help one tap away in every page header', () => {
  it('offers the ambulance first, then someone to talk to, each as a tel: link', () => {
    expect(helpNowLines(all).map((l) => [l.number, l.href])).toEqual([
      ['991', 'tel:991'],
      ['145', 'tel:145'],
    ]);
  });

  it('takes the numbers from the helplines data, so a changed number changes everywhere', () => {
    const changed = [helpline('ambulance', '9911'), helpline('talian-harapan', '145')];
    expect(helpNowLines(changed)[0]?.href).toBe('tel:9911');
  });

  it('names each line in both languages', () => {
    for (const line of helpNowLines(all)) {
      expect(ms[line.label].trim()).not.toBe('');
      expect(en[line.label].trim()).not.toBe('');
    }
  });

  it('fails the build, naming the file and id, when a line is missing from the data', () => {
    expect(() => helpNowLines([helpline('ambulance', '991')])).toThrow(/helplines\.yaml.*"talian-harapan"/);
  });
});
