import { describe, expect, it } from 'vitest';
import { HELP_SECTIONS, likelySections, nearWords } from '../../src/lib/search/search-help';
import { knownWords } from '../../src/lib/search/search-query';

describe('likelySections', () => {
  it('puts the family section first for a question about a relative', () => {
    expect(likelySections('adik saya guna dadah')[0]).toBe('families');
    expect(likelySections('my son is using')[0]).toBe('families');
  });

  it('puts help first for an emergency, and groups first for a meeting', () => {
    expect(likelySections('kawan pengsan')[0]).toBe('help');
    expect(likelySections('overdose')[0]).toBe('help');
    expect(likelySections('group near Tutong')[0]).toBe('groups');
  });

  it('keeps help within the first two whatever was typed, and lists every section once', () => {
    for (const q of ['kisah', 'anak', 'zzz', 'pusat al-islah']) {
      const order = likelySections(q);
      expect(order.indexOf('help'), q).toBeLessThanOrEqual(1);
      expect([...order].sort()).toEqual([...HELP_SECTIONS].sort());
    }
  });
});

describe('nearWords', () => {
  const known = knownWords(['pemulihan', 'pemuda', 'keluarga', 'kelurahan']);

  it('offers known words a slip or two away, or sharing their first five letters', () => {
    expect(nearWords('pemulihn', known)).toContain('pemulihan');
    expect(nearWords('keluarg', known)).toContain('keluarga');
  });

  it('leaves out filler, short words and what was typed, and stops at the limit', () => {
    expect(nearWords('apa itu', known)).toEqual([]);
    expect(nearWords('pemulihan', known)).not.toContain('pemulihan');
    expect(nearWords('pemulihn keluarg', known, 1)).toHaveLength(1);
  });
});
