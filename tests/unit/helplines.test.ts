import { describe, expect, it } from 'vitest';
import { helplineGroups, shownIn } from '../../src/lib/content/helplines';

const line = (id: string, emergency = false) => ({ data: { id, emergency } });
const all = [
  line('ncb-office'),
  line('ambulance', true),
  line('darussalam-123'),
  line('police', true),
  line('talian-harapan'),
  line('ncb-after-hours'),
  line('fire-rescue', true),
];
const ids = (xs: { data: { id: string } }[]) => xs.map((x) => x.data.id);

describe('the get-help page order', () => {
  it('puts the confidential line first, then emergencies, then information; reporting lines apart', () => {
    const g = helplineGroups(all);
    expect(ids(g.confidential)).toEqual(['talian-harapan']);
    expect(ids(g.emergency)).toEqual(['ambulance', 'police', 'fire-rescue']);
    expect(ids(g.information)).toEqual(['darussalam-123']);
    expect(ids(g.reporting)).toEqual(['ncb-office', 'ncb-after-hours']);
    expect(ids(g.other)).toEqual([]);
  });

  it('fails the build when a line the page needs is missing', () => {
    expect(() => helplineGroups(all.filter((h) => h.data.id !== 'talian-harapan'))).toThrow(/talian-harapan/);
  });
});

describe('shownIn', () => {
  it('gives the reader’s language from a pair, and marks a single string as English on a Malay page', () => {
    expect(shownIn({ ms: 'Biro Kawalan Narkotik', en: 'Narcotics Control Bureau' }, 'ms')).toEqual({
      text: 'Biro Kawalan Narkotik',
    });
    expect(shownIn('Make the call', 'ms')).toEqual({ text: 'Make the call', lang: 'en' });
    expect(shownIn('Make the call', 'en')).toEqual({ text: 'Make the call' });
  });
});
