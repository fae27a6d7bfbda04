/**
 * Pairing translations at scale: the checker looks each counterpart up by path, so a
 * site of hundreds of pages gets exactly the same answers as a small one — every pair
 * found, the one page without a translation named, a `.md` counterpart counted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../tools/content-check/index';
import { PAGE_FILES } from '../support/content-fixtures';

const story = (locale: string) =>
  readFileSync(new URL(`../../content/stories/${locale}/azizah-hari-raya-morning.mdx`, import.meta.url), 'utf8');
const MS = story('ms');
const EN = story('en');

/** `n` translated pairs of one real story, under different slugs. */
function pairs(n: number): ContentFile[] {
  return Array.from({ length: n }, (_, i) => [
    { path: `stories/ms/story-${i}.mdx`, text: MS },
    { path: `stories/en/story-${i}.mdx`, text: EN },
  ]).flat();
}

const translationMessages = (files: readonly ContentFile[]) =>
  checkContent({ files, pageFiles: PAGE_FILES, publicFiles: [] })
    .issues.filter((i) => /version \(|translationOf/.test(i.message))
    .map((i) => `${i.file}: ${i.message.split(')')[0]})`);

describe('translation pairs at scale', () => {
  it('finds every pair among hundreds of pages and names only the page without one', () => {
    const files = [...pairs(200), { path: 'stories/ms/alone.mdx', text: MS }];
    expect(translationMessages(files)).toEqual([
      'stories/ms/alone.mdx: There is no English version (stories/en/alone.mdx)',
    ]);
    // A whole content check of 401 pages: about 2 s on a quiet machine, up to 19 s on a loaded
    // one. This test is about the answers; the checker's speed is measured by `npm run bench`.
  }, 60_000);

  it('counts a .md counterpart as a translation', () => {
    const files = [...pairs(2), { path: 'stories/ms/alone.mdx', text: MS }, { path: 'stories/en/alone.md', text: EN }];
    expect(translationMessages(files)).toEqual([]);
  });
});
