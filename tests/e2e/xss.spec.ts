/**
 * Text from content — names, addresses, stories, search excerpts — can never become
 * markup. A copy of the site is built with hostile strings in every kind of text field
 * (fixtures/xss.ts), and every page that shows them is opened in Chromium with the
 * Content-Security-Policy switched off, so it is the escaping that is tested, not the
 * CSP behind it: no injected script runs, no injected element exists, and the
 * strings are there as plain text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FULL, injectPayloads, PROBE, SHORT, TAGLESS } from './fixtures/xss';
import { buildFixtureSite, type FixtureSite } from './support/fixture-site';

test.describe.configure({ mode: 'serial' });
test.use({ bypassCSP: true });

let site: FixtureSite;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await buildFixtureSite('xss', injectPayloads);
});
test.afterAll(async () => site?.dispose());

/** Pages of the fixture build whose HTML mentions the probe: wherever a payload landed. */
function pagesShowingThePayloads(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  return walk(site.outDir)
    .filter(
      (f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`) && readFileSync(f, 'utf8').includes(PROBE),
    )
    .map((f) => `/${relative(site.outDir, f).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

/** Did anything injected run, or become an element? */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const ran = (window as unknown as { __xss?: string }).__xss;
    if (ran) found.push(`a payload ran: ${ran}`);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        // The payload inside an attribute's value is escaping at work; a handler, or a script URL, is not.
        const handler = /^on/i.test(attr.name);
        const scriptUrl = /^(href|src|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value);
        if (handler || scriptUrl) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (
        el.tagName === 'SCRIPT' &&
        el.textContent?.includes('__xss') &&
        el.getAttribute('type') !== 'application/json'
      ) {
        found.push(`a <script> with the payload: ${el.textContent.slice(0, 60)}`);
      }
    }
    if (document.querySelector('img[src="x"], svg[onload]')) found.push('an injected <img> or <svg> exists');
    return found;
  });
}

test('hostile text in content renders as text on every page that shows it', async ({ page }) => {
  const paths = pagesShowingThePayloads();
  // The payloads reach stories, articles, groups, the directory, helplines and the glossary, in both languages.
  for (const expected of [
    '/en/stories/danial-starting-again/',
    '/ms/learn/what-is-peer-support/',
    '/en/groups/teratai-bandar/',
    '/ms/groups/',
    '/en/help/',
    '/ms/glossary/',
  ]) {
    expect(paths).toContain(expected);
  }
  for (const path of paths) {
    await page.goto(site.baseURL + path);
    expect(await injected(page), path).toEqual([]);
  }
});

test('a story’s title, narrator and text show the hostile strings as words', async ({ page }) => {
  await page.goto(`${site.baseURL}/en/stories/danial-starting-again/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SHORT);
  await expect(page.getByRole('main')).toContainText(FULL);
  expect(await page.title()).toContain(SHORT);
});

test('a group’s name and address show the hostile strings as words', async ({ page }) => {
  await page.goto(`${site.baseURL}/ms/groups/teratai-bandar/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TAGLESS.slice(0, 90).trim());
  await expect(page.getByRole('main')).toContainText(TAGLESS);
});

test('search results and their excerpts show the hostile strings as words', async ({ page }) => {
  for (const locale of ['en', 'ms']) {
    await page.goto(`${site.baseURL}/${locale}/search/?q=${PROBE}`);
    const results = page.locator('[data-search-results] li');
    await expect(results.first()).toBeVisible();
    await expect(
      results.filter({ hasText: 'window.__xss' }).first(),
      'an excerpt carries the payload as text',
    ).toBeVisible();
    expect(await injected(page), locale).toEqual([]);
  }
});
