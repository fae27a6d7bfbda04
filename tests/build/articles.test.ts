/**
 * Every built article page shows its sources and its last-review date; every story page
 * shows the composite notice and the content notes before the story itself.
 * Reads dist/ (run `npm run build` first) and the content files the pages come from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { frontMatter, pageUrl, proseFiles, ROOT } from '../../tools/lib/prose-files.ts';
import { en } from '../../src/i18n/en';
import { ms } from '../../src/i18n/ms';
import { DIST } from '../support/dist';

const strings = { ms, en } as const;

const published = (collection: 'articles' | 'stories') =>
  proseFiles()
    .filter((f) => f.collection === collection)
    .map((file) => ({ file, data: frontMatter(readFileSync(join(ROOT, file.path), 'utf8')) }))
    .filter(({ data }) => data['draft'] !== true)
    .map(({ file, data }) => ({ file, data, url: pageUrl(file, data['section']) }));

function builtPage(url: string): HTMLElement {
  const path = join(DIST, url, 'index.html');
  if (!existsSync(path)) throw new Error(`${url} was not built (no ${path}); run "npm run build" first`);
  return parse(readFileSync(path, 'utf8'));
}

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
/** Where an element starts in the page's HTML, to compare reading order. */
const start = (el: HTMLElement | null) => el?.range[0] ?? Number.POSITIVE_INFINITY;

describe('article pages', () => {
  const articles = published('articles');

  it('exist in both languages', () => {
    expect(articles.filter((a) => a.file.locale === 'ms').length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.file.locale === 'en').length).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.url, a] as const))('%s lists its sources', (url, { file, data }) => {
    const article = builtPage(url).querySelector('article');
    const section = article?.querySelector('section[aria-labelledby="sources-heading"]');
    expect(section, `${url}: no sources section inside <article>`).toBeTruthy();
    expect(section?.querySelector('h2')?.text.trim()).toBe(strings[file.locale]['article.sources']);
    const items = section?.querySelectorAll('li') ?? [];
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items).toHaveLength(Array.isArray(data['sources']) ? data['sources'].length : 0);
  });

  it.each(articles.map((a) => [a.url, a] as const))(
    '%s says whether it was reviewed, and shows a review only with its record',
    (url, { file, data }) => {
      const line = builtPage(url).querySelector('article [data-review] [data-reviewed]');
      const record = data['reviewed'] as { date: unknown; by: string } | undefined;
      const t = strings[file.locale];
      if (!record) {
        expect(line?.getAttribute('data-reviewed'), url).toBe('no');
        expect(line?.text, url).toBe(t['review.none']);
      } else {
        // The day and the reviewer's role, both from the record.
        expect(line?.getAttribute('data-reviewed'), url).toBe('yes');
        expect(line?.text, url).toContain(t[`reviewer.${record.by}` as keyof typeof t]);
        expect(line?.text, url).toContain(isoDay(record.date).slice(0, 4));
      }
    },
  );
});

describe('story pages', () => {
  const stories = published('stories');

  it('exist in both languages', () => {
    expect(stories.filter((s) => s.file.locale === 'ms').length).toBeGreaterThan(0);
    expect(stories.filter((s) => s.file.locale === 'en').length).toBeGreaterThan(0);
  });

  it.each(stories.map((s) => [s.url, s] as const))(
    '%s says it is a composite, before the story, and claims no storyteller',
    (url, { file, data }) => {
      expect(data['kind'], `${file.path}: every story today is an illustrative composite (kind: composite)`).toBe(
        'composite',
      );
      const article = builtPage(url).querySelector('article');
      // A composite has no storyteller: no consent or storyteller-review line may appear.
      expect(article?.querySelector('[data-consent]') ?? null).toBeNull();
      expect(article?.text).not.toMatch(
        /reviewed by the storyteller|disemak oleh pencerita|storyteller approved|Pencerita meluluskan/i,
      );
      const notice = article?.querySelector('[data-composite-notice]') ?? null;
      const body = article?.querySelector('.prose') ?? null;
      expect(notice?.text.trim()).toBe(strings[file.locale]['story.composite']);
      expect(body).toBeTruthy();
      expect(start(notice)).toBeLessThan(start(body));
    },
  );

  it.each(stories.map((s) => [s.url, s] as const))('%s shows its content notes before the story', (url, { data }) => {
    const notes = Array.isArray(data['contentNotes']) ? data['contentNotes'].map(String) : [];
    const article = builtPage(url).querySelector('article');
    const shown = article?.querySelector('[data-content-notes]') ?? null;
    if (notes.length === 0) {
      expect(shown).toBeNull();
      return;
    }
    for (const note of notes) expect(shown?.text).toContain(note);
    expect(start(shown)).toBeLessThan(start(article?.querySelector('.prose') ?? null));
  });

  it.each(stories.map((s) => [s.url, s] as const))('%s separates each detail label from its value', (url) => {
    // "Told by:Azizah" was shown on every story: the label and its value ran together.
    const details = builtPage(url).querySelector('[data-story-details]');
    expect(details).toBeTruthy();
    for (const row of details?.querySelectorAll('div') ?? []) {
      expect(row.text.replace(/\s+/g, ' ').trim(), url).toMatch(/^[^:]+: \S/);
    }
  });

  it.each(stories.map((s) => [s.url, s] as const))(
    '%s offers, in its next steps, the guide the story names',
    (url, { file, data }) => {
      // "A place for my brother" recommended one guide and its next steps offered another (review R21).
      const guide = data['guide'];
      const link = builtPage(url).querySelector('[data-next-steps] [data-step="guide"] a');
      expect(link, `${url} has a guide in its next steps`).toBeTruthy();
      if (typeof guide !== 'string') return;
      expect(link?.getAttribute('href')).toMatch(new RegExp(`^/${file.locale}/[a-z]+/${guide}/$`));
    },
  );
});
