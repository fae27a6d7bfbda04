import { describe, expect, it } from 'vitest';
import { correctionMailto, isStale, mapsHref, osmHref, sourceIn } from '../../src/lib/directory/group-page';

describe('the "last verified" warning', () => {
  const verified = new Date('2025-07-20');

  it('is not shown up to exactly 12 months', () => {
    expect(isStale(verified, new Date('2026-07-19T12:00:00Z'))).toBe(false);
    expect(isStale(verified, new Date('2026-07-20T12:00:00Z'))).toBe(false);
  });

  it('is shown once the listing is more than 12 months old', () => {
    expect(isStale(verified, new Date('2026-07-21T00:00:00Z'))).toBe(true);
    expect(isStale(verified, new Date('2026-11-26T00:00:00Z'))).toBe(true);
  });
});

describe('links from the group page', () => {
  it('opens a maps app at the group’s point, to 5 decimals', () => {
    expect(mapsHref({ lat: 4.801, lng: 114.652 })).toBe(
      'https://www.google.com/maps/search/?api=1&query=4.80100%2C114.65200',
    );
    expect(osmHref({ lat: 4.801, lng: 114.652 })).toBe(
      'https://www.openstreetmap.org/?mlat=4.80100&mlon=114.65200#map=16/4.80100/114.65200',
    );
  });

  it('prefills a correction email with the group and the page', () => {
    const href = correctionMailto(
      'editors@example.org',
      { name: { ms: 'Kumpulan A', en: 'Group A' } },
      'https://x.example/en/groups/a/',
      'en',
    );
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Correction: Group A');
    expect(url.searchParams.get('body')).toContain('https://x.example/en/groups/a/');
  });
});

describe('the source line', () => {
  it('reads in the page’s language when given in both', () => {
    const source = { ms: 'Contoh sahaja — bukan kumpulan sebenar.', en: 'Sample listing — not a real group.' };
    expect(sourceIn(source, 'ms')).toBe('Contoh sahaja — bukan kumpulan sebenar.');
    expect(sourceIn(source, 'en')).toBe('Sample listing — not a real group.');
  });

  it('shows one line as it is on both pages', () => {
    expect(sourceIn('Phone call, 26 November 2026', 'ms')).toBe('Phone call, 26 November 2026');
  });
});
