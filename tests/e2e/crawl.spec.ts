/**
 * Every page of the built site, in both languages, in real Chromium, served with the
 * production headers: the promises of issue 5 checked one page at a time.
 *
 * The page list comes from the build (every sitemap URL, plus the pages the sitemap
 * leaves out: the entry page, fallbacks, the 404), so a new page is crawled without
 * touching this file; and every control on a page is used (support/interact.ts), so a
 * new search box or filter is exercised too.
 */
import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';
import {
  axeViolations,
  firstTabStops,
  headingProblems,
  horizontalOverflow,
  keyboardProblems,
  motionProblems,
} from './support/a11y';
import { watchPage } from './support/guard';
import { securityHeaderProblems } from './support/headers';
import { BRUNEI_POSITION, useEveryControl } from './support/interact';
import { builtPagePaths, sitemapPaths } from './support/sitemap';

const NOT_FOUND = '/ms/no-such-page/';
const inSitemap = sitemapPaths();
const pages = [...new Set([...inSitemap, ...builtPagePaths()])]
  .map((path) => (path === '/404.html' ? NOT_FOUND : path))
  .sort();

/**
 * The page's template: its path with the last segment generalised below a section
 * (`/ms/learn/relapse/` → `/ms/learn/*`). The first page of each template also gets the
 * slower checks (the whole keyboard walk, axe at desktop width): pages of a template
 * share their controls, and the crawl stays within a few minutes.
 */
function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 3 ? `/${parts.slice(0, -1).join('/')}/*` : path;
}
const firstOfTemplate = new Set([...new Set(pages.map(templateOf))].map((t) => pages.find((p) => templateOf(p) === t)));

/** Reflow sizes: 320 CSS px (WCAG 1.4.10), and a 1280 px window zoomed to 200%. */
const REFLOW = [
  { name: '320 px', width: 320, height: 640 },
  { name: '200% zoom', width: 640, height: 400 },
];

async function reflowProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const size of REFLOW) {
    await page.setViewportSize({ width: size.width, height: size.height });
    problems.push(...(await horizontalOverflow(page)).map((p) => `at ${size.name}: ${p}`));
  }
  return problems;
}

/** A reader who asked for less motion and allowed "near me" (the position is emulated; nothing is looked up). */
test.use({ reducedMotion: 'reduce', geolocation: BRUNEI_POSITION, permissions: ['geolocation'] });

test('the crawl covers every sitemap URL in both languages', () => {
  for (const locale of ['ms', 'en'])
    expect(inSitemap.filter((p) => p.startsWith(`/${locale}/`)).length).toBeGreaterThan(10);
  expect(inSitemap.filter((p) => !pages.includes(p))).toEqual([]);
});

for (const path of pages) {
  test(`${path} is private, safe and accessible`, async ({ page, baseURL }) => {
    const notFound = path === NOT_FOUND;
    const guard = await watchPage(page, baseURL, {
      allowStatus: (request, status) => notFound && status === 404 && request.resourceType() === 'document',
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(notFound ? 404 : 200);
    expect(securityHeaderProblems((await response?.allHeaders()) ?? {}), 'security headers').toEqual([]);

    // Keyboard first, from the freshly loaded page. The first stops are the skip link (on a
    // page with the site header; the entry page and the 404 have nothing to skip) and the
    // quick exit. On the first page of each template, Tab reaches every control and focus shows.
    const hasHeader = (await page.locator('[data-site-header]').count()) > 0;
    let order: string[];
    if (firstOfTemplate.has(path)) {
      const keyboard = await keyboardProblems(page);
      expect(keyboard.problems, 'keyboard').toEqual([]);
      order = keyboard.order;
    } else {
      order = await firstTabStops(page, 2);
    }
    expect(order.slice(0, hasHeader ? 2 : 1), 'the first Tab stops').toEqual([
      ...(hasHeader ? [expect.stringMatching(/^a\[href="#main"\]/)] : []),
      expect.stringContaining(`[href="${QUICK_EXIT_URL}"]`),
    ]);
    if (hasHeader) {
      const skip = page.locator('a[href="#main"]').first();
      await skip.focus();
      await expect(skip, 'the skip link shows when focused').toBeInViewport();
      await page.keyboard.press('Enter');
      expect(
        await page.evaluate(() => document.activeElement?.id),
        'the skip link moves focus to the main content',
      ).toBe('main');
    }

    expect(await headingProblems(page), 'headings').toEqual([]);
    if (firstOfTemplate.has(path)) expect(await axeViolations(page), 'axe at 1280 px').toEqual([]);
    expect(await reflowProblems(page), 'reflow').toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await axeViolations(page), 'axe at 320 px').toEqual([]);

    // Use every control (search, filters, near me…), then look at the page again.
    if ((await useEveryControl(page)) > 0) {
      expect(await axeViolations(page), 'axe after using the controls').toEqual([]);
      expect(await horizontalOverflow(page), 'reflow after using the controls').toEqual([]);
    }
    expect(await motionProblems(page), 'prefers-reduced-motion').toEqual([]);
    expect(await guard.problems(), 'privacy and security').toEqual([]);
  });
}
